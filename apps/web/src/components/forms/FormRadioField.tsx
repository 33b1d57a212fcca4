"use client";

import { RadioField } from "@/components/ui/RadioField";
import { bindInput } from "./bind";

/** One choice among radio buttons, holding the chosen option's id in the form. */
export const FormRadioField = bindInput(RadioField, null);
