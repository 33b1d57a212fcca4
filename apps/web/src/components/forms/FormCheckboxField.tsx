"use client";

import { CheckboxField } from "@/components/ui/CheckboxField";
import { bindToggle } from "./bind";

/** A labelled checkbox holding a boolean of the form. */
export const FormCheckboxField = bindToggle(CheckboxField);
