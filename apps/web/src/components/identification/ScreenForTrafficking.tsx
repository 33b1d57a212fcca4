"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";

/**
 * "Screen for trafficking" from a case of another programme: says what it will do (a new,
 * restricted counter-trafficking case for the same person, owned by the caseworker) and asks to
 * confirm; then opens (or finds again) the linked case and goes to it. Says why not when the actor
 * cannot.
 */
export function ScreenForTrafficking({
  sourceCaseId,
  canOpen,
  label,
}: {
  sourceCaseId: string;
  canOpen: boolean;
  /** The button's words where the action is offered as a suggestion. */
  label?: string;
}) {
  const t = useTranslations("identification.screen");
  const tConfirm = useTranslations("screeningConfirmation");
  const router = useRouter();
  const trpc = useTRPC();
  const submission = useIdempotencyKey();
  const [confirming, setConfirming] = useState(false);
  const open = useMutation(
    trpc.identification.screenForTrafficking.mutationOptions({
      onSuccess: (opened) => {
        submission.renew();
        // Straight to the screening, on the workflow tab of the new case.
        router.push(`/cases/${opened.id}/workflow`);
      },
    }),
  );
  if (!canOpen) return <p className="mt-2 text-sm">{t("cannot")}</p>;
  return (
    <div className="mt-2 flex flex-col gap-2">
      {open.isError ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t("failed")}
        </p>
      ) : null}
      {confirming ? (
        <section
          aria-labelledby={`screen-confirm-${sourceCaseId}`}
          className="flex max-w-2xl flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          <h3 id={`screen-confirm-${sourceCaseId}`} className="font-semibold">
            {tConfirm("title")}
          </h3>
          <ul className="list-disc pl-5">
            <li>{tConfirm("newCase")}</li>
            <li>{tConfirm("restricted")}</li>
            <li>{tConfirm("linked")}</li>
          </ul>
          <div className="flex flex-wrap gap-3">
            <Button
              isDisabled={open.isPending}
              onPress={() => open.mutate({ sourceCaseId, idempotencyKey: submission.key })}
            >
              {tConfirm("confirm")}
            </Button>
            <Button variant="secondary" isDisabled={open.isPending} onPress={() => setConfirming(false)}>
              {tConfirm("cancel")}
            </Button>
          </div>
        </section>
      ) : (
        <div>
          <Button variant="secondary" onPress={() => setConfirming(true)}>
            {label ?? t("open")}
          </Button>
        </div>
      )}
    </div>
  );
}
