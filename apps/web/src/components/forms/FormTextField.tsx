"use client";

import { TextField } from "@/components/ui/TextField";
import { bindInput } from "./bind";

/** A text field holding a string of the form, with its error under it (linked by aria). */
export const FormTextField = bindInput(TextField, "");
