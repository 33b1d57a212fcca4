"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { DataTable } from "@/components/ui/DataTable";
import { useTRPC } from "@/trpc/client";

const MOMENT = { dateStyle: "medium", timeStyle: "short" } as const;

/** Where the user is signed in, and a way to end every other session. */
export function SessionList() {
  const t = useTranslations("account.sessions");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sessions = useQuery(trpc.account.session.list.queryOptions());
  const signOut = useMutation(
    trpc.account.session.signOutOthers.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.account.session.list.queryKey() }),
    }),
  );
  if (!sessions.data) return null;
  const others = sessions.data.filter((s) => !s.current).length;
  return (
    <div className="flex flex-col gap-3">
      <DataTable
        spacing="mt-2"
        caption={t("title")}
        columns={(["started", "lastSeen", "address", "device"] as const).map((key) => ({
          key,
          label: t(key),
        }))}
      >
        {sessions.data.map((s) => (
          <tr key={s.id} className="align-top">
            <td className="px-3 py-2">
              {format.dateTime(s.createdAt, MOMENT)}
              {s.current ? (
                <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs font-medium text-brand-900 dark:bg-brand-900 dark:text-brand-100">
                  {t("current")}
                </span>
              ) : null}
            </td>
            <td className="px-3 py-2">{format.dateTime(s.lastSeenAt, MOMENT)}</td>
            <td className="px-3 py-2 font-mono text-xs">{s.ip ?? t("unknown")}</td>
            <td className="max-w-xs break-words px-3 py-2 text-xs">{s.userAgent ?? t("unknown")}</td>
          </tr>
        ))}
      </DataTable>
      {signOut.data ? (
        <p role="status" className="text-sm">
          {t("signedOut", { count: signOut.data.ended })}
        </p>
      ) : null}
      <div>
        <Button
          variant="secondary"
          onPress={() => signOut.mutate()}
          isDisabled={signOut.isPending || others === 0}
        >
          {t("signOutOthers")}
        </Button>
      </div>
    </div>
  );
}
