"use client";

import { PasswordField } from "@/components/ui/PasswordField";
import { bindInput } from "./bind";

/** A password field holding a string of the form, with its error under it (linked by aria). */
export const FormPasswordField = bindInput(PasswordField, "");
