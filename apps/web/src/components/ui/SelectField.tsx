"use client";

import { useTranslations } from "next-intl";
import {
  Select as AriaSelect,
  type SelectProps as AriaSelectProps,
  Button,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
} from "react-aria-components";
import { FieldLabel, FieldMessages } from "./FieldParts";
import { focusRing } from "./styles";

export interface Option {
  id: string;
  label: string;
}

export interface SelectFieldProps extends Omit<AriaSelectProps<Option>, "children" | "items"> {
  label: string;
  options: readonly Option[];
  hint?: string;
  errorMessage?: string | undefined;
}

export function SelectField({ label, options, hint, errorMessage, placeholder, ...props }: SelectFieldProps) {
  const t = useTranslations("selectField");
  return (
    // Never react-aria's own English "Select an item": the field's placeholder, or "Choose…" translated.
    <AriaSelect
      {...props}
      placeholder={placeholder ?? t("placeholder")}
      isInvalid={Boolean(errorMessage) || props.isInvalid}
    >
      <FieldLabel>{label}</FieldLabel>
      <Button
        className={`mt-1 flex w-full items-center justify-between rounded-md border border-slate-500 bg-white px-3 py-2 text-left text-sm text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-100 ${focusRing}`}
      >
        <SelectValue className="truncate placeholder-shown:text-slate-500" />
        <span aria-hidden="true">▾</span>
      </Button>
      <FieldMessages hint={hint} errorMessage={errorMessage} />
      <Popover className="max-h-72 w-(--trigger-width) overflow-auto rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <ListBox items={options} className="p-1 outline-none">
          {(item) => (
            <ListBoxItem
              id={item.id}
              textValue={item.label}
              className="cursor-default rounded px-3 py-1.5 text-sm text-slate-900 outline-hidden focus:bg-brand-100 focus:outline-2 focus:-outline-offset-2 focus:outline-brand-600 dark:focus:outline-brand-300 selected:font-semibold dark:text-slate-100 dark:focus:bg-slate-700"
            >
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
