"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";

/**
 * "Screen for trafficking" from a case of another programme: opens (or finds again) the linked,
 * restricted counter-trafficking case and goes to it; says why not when the actor cannot.
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
  const router = useRouter();
  const trpc = useTRPC();
  const submission = useIdempotencyKey();
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
      <div>
        <Button
          variant="secondary"
          isDisabled={open.isPending}
          onPress={() => open.mutate({ sourceCaseId, idempotencyKey: submission.key })}
        >
          {label ?? t("open")}
        </Button>
      </div>
    </div>
  );
}
