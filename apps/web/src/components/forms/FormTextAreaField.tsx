"use client";

import { TextAreaField } from "@/components/ui/TextAreaField";
import { bindInput } from "./bind";

/** A multi-line text field holding a string of the form, with its error under it (linked by aria). */
export const FormTextAreaField = bindInput(TextAreaField, "");
