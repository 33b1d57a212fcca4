import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { api, orPageError } from "@/trpc/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage() {
  const t = await getTranslations();
  const users = await orPageError((await api()).user.list());
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      <div className="mt-6 overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="min-w-full divide-y divide-slate-200 text-sm dark:divide-slate-800">
          <thead className="bg-slate-100 text-left dark:bg-slate-900">
            <tr>
              {(["name", "email", "roles", "programmes", "status"] as const).map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-semibold">
                  {t(`users.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 bg-white dark:divide-slate-800 dark:bg-slate-950">
            {users.map((user) => (
              <tr key={user.id}>
                <td className="px-3 py-2">{user.name}</td>
                <td className="px-3 py-2 font-mono">{user.email}</td>
                <td className="px-3 py-2">
                  {user.roles.map((r) => t(`roles.${r}`)).join(", ") || t("users.none")}
                </td>
                <td className="px-3 py-2">
                  {user.programmes.map((p) => t(`programmesShort.${p}`)).join(", ") || t("users.none")}
                </td>
                <td className="px-3 py-2">{user.active ? t("users.active") : t("users.inactive")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
