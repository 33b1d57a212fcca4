"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

/**
 * Opens a counter-trafficking case for the same person, when labour-migration red flags suggest a
 * screening; says why not when the actor cannot open one.
 */
export function CaseWorkflowScreening({ personId, canOpen }: { personId: string; canOpen: boolean }) {
  const t = useTranslations("workflow.suggestion");
  const router = useRouter();
  const trpc = useTRPC();
  const open = useMutation(
    trpc.case.create.mutationOptions({ onSuccess: (created) => router.push(`/cases/${created.id}`) }),
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
          onPress={() => open.mutate({ personId, programme: "counter_trafficking" })}
        >
          {t("open")}
        </Button>
      </div>
    </div>
  );
}
