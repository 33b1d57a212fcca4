"use client";

import type { AppRouter } from "@kelias/api";
import { displayName } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ComboBox, Input, ListBox, ListBoxItem, Popover } from "react-aria-components";
import { FieldLabel, FieldMessages } from "@/components/ui/FieldParts";
import { fieldInput } from "@/components/ui/styles";
import { useTRPC } from "@/trpc/client";

type SearchResult = inferRouterOutputs<AppRouter>["person"]["search"][number];

export interface PickedPerson {
  id: string;
  name: string;
}

interface Props {
  label: string;
  hint?: string;
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  onBlur?: () => void;
  /** Leaves this person out of the results (the person being edited). */
  excludeId?: string | undefined;
  errorMessage?: string | undefined;
}

/** Finds a registered person the user can see, by name, as they type (for household links). */
export function PersonPicker({ label, hint, value, onChange, onBlur, excludeId, errorMessage }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [text, setText] = useState(value?.name ?? "");
  const [found, setFound] = useState<{ query: string; people: SearchResult[] } | null>(null);
  const { mutateAsync } = useMutation(trpc.person.search.mutationOptions());
  const typed = text.trim();
  // Looking for someone: the list opens as soon as two letters are typed, before the results come.
  const looking = typed.length >= 2 && typed !== value?.name;
  // Searches after a pause in typing, so a search (an audited read) is not made for every key.
  useEffect(() => {
    if (!looking) return;
    const timer = setTimeout(() => {
      mutateAsync(excludeId ? { query: typed, excludeId } : { query: typed })
        .then((people) => setFound({ query: typed, people }))
        .catch(() => setFound({ query: typed, people: [] }));
    }, 300);
    return () => clearTimeout(timer);
  }, [looking, typed, excludeId, mutateAsync]);
  const current = looking && found?.query === typed;
  const people = (current ? found?.people : undefined) ?? [];
  const items = [
    ...(value ? [{ id: value.id, label: value.name }] : []),
    ...people
      .filter((p) => p.id !== value?.id)
      .map((p) => ({
        id: p.id,
        label: displayName(p),
        detail: [
          p.dateOfBirth ?? (p.estimatedAge != null ? `~${p.estimatedAge}` : ""),
          p.citizenships.join(", "),
        ]
          .filter(Boolean)
          .join(" · "),
      })),
  ];

  return (
    <ComboBox
      items={items}
      inputValue={text}
      onInputChange={setText}
      selectedKey={value?.id ?? null}
      onSelectionChange={(key) => {
        const item = items.find((i) => i.id === key);
        onChange(item ? { id: item.id, name: item.label } : null);
        // Controlled text follows the selection (also on Escape or leaving the field: back to the
        // chosen person's name, or empty when there is none).
        setText(item ? item.label : "");
      }}
      onBlur={onBlur}
      menuTrigger="input"
      allowsEmptyCollection={looking}
      isInvalid={Boolean(errorMessage)}
      className="flex flex-col"
    >
      <FieldLabel>{label}</FieldLabel>
      <Input className={fieldInput} autoComplete="off" />
      <FieldMessages hint={hint} errorMessage={errorMessage} />
      <Popover className="max-h-72 w-(--trigger-width) overflow-auto rounded-md border border-slate-200 bg-white shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <ListBox
          className="p-1 outline-none"
          renderEmptyState={() => (
            <p className="px-3 py-1.5 text-sm text-slate-700 dark:text-slate-300">
              {current ? t("person.noPeopleFound") : t("person.searching")}
            </p>
          )}
        >
          {(item: (typeof items)[number]) => (
            <ListBoxItem
              id={item.id}
              textValue={item.label}
              className="cursor-default rounded px-3 py-1.5 text-sm text-slate-900 outline-hidden focus:bg-brand-100 focus:outline-2 focus:-outline-offset-2 focus:outline-brand-600 dark:focus:outline-brand-300 selected:font-semibold dark:text-slate-100 dark:focus:bg-slate-700"
            >
              {item.label}
              {"detail" in item && item.detail ? (
                <span className="ml-2 text-slate-600 dark:text-slate-400">{item.detail}</span>
              ) : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
