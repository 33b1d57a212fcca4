import { currentUser } from "@kelias/auth";
import { PROGRAMMES, type Programme, ROLES, type Role } from "@kelias/domain";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddSection } from "@/components/admin/AddSection";
import { UserActions, UserCreateForm } from "@/components/admin/UserForms";
import { UserSearch } from "@/components/admin/UserSearch";
import { DataTable } from "@/components/ui/DataTable";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

/** The office's accounts: search, add, change access, deactivate, reset passwords. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const t = await getTranslations();
  const params = await searchParams;
  const role = ROLES.find((r) => r === one(params.role)) ?? null;
  const programme = PROGRAMMES.find((p) => p === one(params.programme)) ?? null;
  const status = one(params.status);
  const active = status === "active" ? true : status === "inactive" ? false : null;
  const query = one(params.q).slice(0, 200);
  const [users, me, everyone] = await Promise.all([
    orPageError((await api()).user.list({ query, role, programme, active })),
    currentUser(),
    // Who saw a pending account's link: named even when the search leaves that admin out.
    orPageError((await api()).user.list({ role: "admin" })),
  ]);
  const nameOf = new Map(everyone.map((u) => [u.id, u.name]));
  const format = await getFormatter();
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t("users.intro")}</p>
      <section aria-label={t("users.search.title")} className="mt-6">
        <UserSearch
          initial={{
            q: query,
            role: role ?? "any",
            programme: programme ?? "any",
            status: active === null ? "any" : status,
          }}
        />
      </section>
      <p className="mt-4 text-sm" role="status">
        {t("users.count", { count: users.length })}
      </p>
      <DataTable
        spacing="mt-2"
        columns={(["name", "email", "roles", "programmes", "team", "status", "actions"] as const).map(
          (column) => ({ key: column, label: t(`users.${column}`) }),
        )}
      >
        {users.map((user) => (
          <tr key={user.id} className="align-top">
            <td className="px-3 py-2">{user.name}</td>
            <td className="px-3 py-2 font-mono">{user.email}</td>
            <td className="px-3 py-2">
              {user.roles.map((r: Role) => t(`roles.${r}`)).join(", ") || t("users.none")}
            </td>
            <td className="px-3 py-2">
              {user.programmes.map((p: Programme) => t(`programmesShort.${p}`)).join(", ") || t("users.none")}
            </td>
            <td className="px-3 py-2">{user.team ?? ""}</td>
            <td className="px-3 py-2">
              <p>{user.active ? t("users.active") : t("users.inactive")}</p>
              {user.handoverPendingBy ? (
                <p className="mt-1">
                  <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950 dark:bg-amber-900 dark:text-amber-50">
                    {t("users.handover.pending")}
                  </span>{" "}
                  <span className="text-xs">
                    {t("users.handover.pendingDetail", {
                      name: nameOf.get(user.handoverPendingBy) ?? t("users.handover.someone"),
                      date: format.dateTime(user.handoverPendingSince ?? new Date(0), {
                        dateStyle: "medium",
                      }),
                    })}
                  </span>
                </p>
              ) : null}
            </td>
            <td className="px-3 py-2">
              <UserActions
                isSelf={user.id === me?.id}
                handover={
                  user.handoverPendingBy
                    ? { shownToViewer: user.handoverPendingBy === me?.id, passwordSet: user.passwordSet }
                    : null
                }
                user={{
                  id: user.id,
                  name: user.name,
                  team: user.team,
                  roles: user.roles,
                  programmes: user.programmes,
                  active: user.active,
                  version: user.version,
                }}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      <AddSection id="user-add" title={t("users.create.title")} width="max-w-3xl">
        <UserCreateForm />
      </AddSection>
    </>
  );
}
