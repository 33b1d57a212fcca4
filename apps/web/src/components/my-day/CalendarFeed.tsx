"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { useTRPC } from "@/trpc/client";

const MOMENT = { dateStyle: "medium", timeStyle: "short" } as const;

/** The path of the feed whose token is `token`: the route handler under /api/calendar. */
export const feedPath = (token: string) => `/api/calendar/${token}.ics`;

/**
 * The user's private calendar subscription: make its address (shown once: only a hash is kept),
 * make a new one (the old one stops working), or end it.
 */
export function CalendarFeed() {
  const t = useTranslations("myDay.feed");
  const format = useFormatter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.calendar.feed.status.queryOptions());
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.feed.status.queryKey() });
  const renew = useMutation(
    trpc.calendar.feed.renew.mutationOptions({
      onSuccess: (answer) => {
        setToken(answer.token);
        setCopied(false);
        void refresh();
      },
    }),
  );
  const revoke = useMutation(
    trpc.calendar.feed.revoke.mutationOptions({
      onSuccess: () => {
        setToken(null);
        void refresh();
      },
    }),
  );
  if (!status.data) return null;
  const url = token ? `${window.location.origin}${feedPath(token)}` : null;
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>{t("intro")}</p>
      <p className="font-medium">{t("secretWarning")}</p>
      {status.data.active && status.data.createdAt ? (
        <p>
          {t("active", { date: format.dateTime(status.data.createdAt, MOMENT) })}{" "}
          {status.data.lastUsedAt
            ? t("lastUsed", { date: format.dateTime(status.data.lastUsedAt, MOMENT) })
            : t("neverUsed")}
        </p>
      ) : (
        <p>{t("none")}</p>
      )}
      {revoke.data?.revoked ? <p role="status">{t("revoked")}</p> : null}
      {url ? (
        <div
          role="status"
          className="rounded-md border border-brand-300 bg-brand-50 p-3 dark:border-brand-700 dark:bg-slate-800"
        >
          <p className="font-medium">{t("address")}</p>
          <p className="mt-2 break-all font-mono" data-testid="calendar-feed-url">
            {url}
          </p>
          <div className="mt-2 flex items-center gap-3">
            <Button
              variant="secondary"
              className="px-3 py-1"
              onPress={() => {
                void navigator.clipboard.writeText(url).then(() => setCopied(true));
              }}
            >
              {t("copy")}
            </Button>
            {copied ? <span>{t("copied")}</span> : null}
          </div>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button onPress={() => renew.mutate()} isDisabled={renew.isPending}>
          {status.data.active ? t("renew") : t("create")}
        </Button>
        {status.data.active ? (
          <Button variant="secondary" onPress={() => revoke.mutate()} isDisabled={revoke.isPending}>
            {t("revoke")}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
