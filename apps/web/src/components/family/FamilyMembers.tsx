import { getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/RecordLink";
import { FamilyRemoveMember } from "./FamilyRemoveMember";

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-300";

export type FamilyMemberRow =
  | {
      visible: true;
      caseId: string;
      relationship: string;
      reference: string;
      state: string;
      givenName: string;
      familyName: string;
      approvalPending: boolean;
    }
  | { visible: false };

/**
 * The members of a family as a table: each one's person, case, relationship to the head and state.
 * A member whose case the reader may not read is a row that says so, and nothing else.
 */
export async function FamilyMembers({
  members,
  current,
  removable,
}: {
  members: FamilyMemberRow[];
  current?: string;
  /** The family's id and version, where the reader may take members out of it. */
  removable?: { familyId: string; version: number };
}) {
  const t = await getTranslations("family");
  const tState = await getTranslations("states");
  return (
    <table className="mt-3 w-full text-left text-sm">
      <caption className="sr-only">{t("members.caption")}</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className="py-2 pr-4">
            {t("members.person")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("members.relationship")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("members.case")}
          </th>
          <th scope="col" className="py-2 pr-4">
            {t("members.state")}
          </th>
          {removable ? (
            <th scope="col" className="py-2 pr-4">
              <span className="sr-only">{t("members.actions")}</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {members.map((m, i) =>
          m.visible ? (
            <tr key={m.caseId} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-2 pr-4 font-medium">
                {m.givenName} {m.familyName}
                {m.caseId === current ? (
                  <span className="ml-2 text-slate-600 dark:text-slate-400">{t("members.thisCase")}</span>
                ) : null}
              </th>
              <td className="py-2 pr-4">{t(`relationships.${m.relationship as "head"}`)}</td>
              <td className="py-2 pr-4">
                <RecordLink href={`/cases/${m.caseId}`} className={`${link} font-mono`}>
                  {m.reference}
                </RecordLink>
              </td>
              <td className="py-2 pr-4">
                {tState(m.state as "closed")}
                {m.approvalPending ? (
                  <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                    {t("members.approvalPending")}
                  </span>
                ) : null}
              </td>
              {removable ? (
                <td className="py-2 pr-4">
                  {m.relationship !== "head" && members.length > 2 ? (
                    <FamilyRemoveMember
                      familyId={removable.familyId}
                      version={removable.version}
                      caseId={m.caseId}
                      name={`${m.givenName} ${m.familyName}`}
                    />
                  ) : null}
                </td>
              ) : null}
            </tr>
          ) : (
            <tr key={`withheld-${i}`} className="border-b border-slate-200 dark:border-slate-700">
              <td colSpan={removable ? 5 : 4} className="py-2 pr-4 italic text-slate-600 dark:text-slate-400">
                {t("members.restricted")}
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
