"use client";

import { Switch } from "@/components/ui/Switch";
import { bindToggle } from "./bind";

/** An on/off switch holding a boolean of the form. */
export const FormSwitch = bindToggle(Switch);
