"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
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
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("started")}
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("lastSeen")}
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("address")}
              </th>
              <th scope="col" className="py-2 pr-4 font-medium">
                {t("device")}
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.map((s) => (
              <tr key={s.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                <td className="py-2 pr-4">
                  {format.dateTime(s.createdAt, MOMENT)}
                  {s.current ? (
                    <span className="ml-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs font-medium text-brand-900 dark:bg-brand-900 dark:text-brand-100">
                      {t("current")}
                    </span>
                  ) : null}
                </td>
                <td className="py-2 pr-4">{format.dateTime(s.lastSeenAt, MOMENT)}</td>
                <td className="py-2 pr-4 font-mono text-xs">{s.ip ?? t("unknown")}</td>
                <td className="max-w-xs break-words py-2 pr-4 text-xs">{s.userAgent ?? t("unknown")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
