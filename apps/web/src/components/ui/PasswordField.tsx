"use client";

import { TextField, type TextFieldProps } from "./TextField";

export type PasswordFieldProps = Omit<TextFieldProps, "type" | "autoComplete" | "isRequired"> & {
  /** The user's password now, or one being chosen: tells a password manager what to offer. */
  kind: "current" | "new";
};

/** A required password field. */
export function PasswordField({ kind, ...props }: PasswordFieldProps) {
  return <TextField {...props} type="password" autoComplete={`${kind}-password`} isRequired />;
}
