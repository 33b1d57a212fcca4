"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

/** Recomputes the audit log's hash chain on the server (the code behind `audit:verify`) on request. */
export function AuditVerify() {
  const t = useTranslations("auditLog.verify");
  const trpc = useTRPC();
  const verify = useQuery({ ...trpc.audit.verify.queryOptions(), enabled: false, gcTime: 0, staleTime: 0 });
  const result = verify.data;
  return (
    <div className="flex flex-col items-start gap-2">
      <Button variant="secondary" isDisabled={verify.isFetching} onPress={() => void verify.refetch()}>
        {verify.isFetching ? t("running") : t("button")}
      </Button>
      <div aria-live="polite" className="text-sm">
        {verify.isFetching ? null : verify.isError ? (
          <p className="text-red-700 dark:text-red-400">{t("failed")}</p>
        ) : result?.ok === true ? (
          <p className="text-green-800 dark:text-green-300">{t("ok", { entries: result.entries })}</p>
        ) : result?.ok === false ? (
          <p className="font-medium text-red-700 dark:text-red-400">
            {t("broken", { seq: result.brokenAt, entries: result.entries })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
