"use client";

import { clsx } from "clsx";
import { useEffect, useState } from "react";
import { Form as AriaForm, type FormProps } from "react-aria-components";

/**
 * Every form of the app. It is inert until the page is interactive: a submit before hydration would
 * otherwise fall back to a native GET and put what was typed (names, passwords) into the URL.
 */
export function Form({ children, className, ...props }: FormProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return (
    <AriaForm {...props} method="post" validationBehavior="aria" aria-busy={!ready}>
      <fieldset
        disabled={!ready}
        className={clsx("m-0 min-w-0 border-0 p-0", className as string | undefined)}
      >
        {children}
      </fieldset>
    </AriaForm>
  );
}
