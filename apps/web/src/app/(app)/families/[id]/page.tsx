import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FamilyMemberForm } from "@/components/family/FamilyMemberForm";
import { FamilyMembers } from "@/components/family/FamilyMembers";
import { FamilySteps } from "@/components/family/FamilySteps";
import { api, orPageError } from "@/trpc/server";

type Params = { params: Promise<{ id: string }> };

async function loadFamily(id: string) {
  return orPageError((await api()).family.get({ familyId: id }));
}

function headName(family: Awaited<ReturnType<typeof loadFamily>>): string | null {
  const head = family.members.find((m) => m.visible && m.relationship === "head");
  return head?.visible ? head.familyName : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const t = await getTranslations("family");
  const family = await loadFamily((await params).id);
  const name = headName(family);
  return { title: name ? t("page.title", { name }) : t("page.titleUnnamed") };
}

/**
 * A family: its members and their states, and, for whoever works on every member's case, the steps
 * the family takes together and a way to add a member.
 */
export default async function FamilyPage({ params }: Params) {
  const t = await getTranslations("family");
  const family = await loadFamily((await params).id);
  const name = headName(family);
  const members = family.members.flatMap((m) =>
    m.visible
      ? [{ caseId: m.caseId, version: m.version, label: `${m.givenName} ${m.familyName} (${m.reference})` }]
      : [],
  );
  return (
    <article>
      <h1 className="text-2xl font-semibold">{name ? t("page.title", { name }) : t("page.titleUnnamed")}</h1>
      <section aria-labelledby="family-members" className="mt-6">
        <h2 id="family-members" className="text-xl font-semibold">
          {t("members.title", { count: family.members.length })}
        </h2>
        <FamilyMembers
          members={family.members}
          removable={family.mayChange ? { familyId: family.id, version: family.version } : undefined}
        />
      </section>
      {family.mayChange ? (
        <>
          <section aria-labelledby="family-steps" className="mt-8">
            <h2 id="family-steps" className="text-xl font-semibold">
              {t("steps.title")}
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("steps.lead")}</p>
            <FamilySteps
              familyId={family.id}
              version={family.version}
              members={members}
              steps={family.steps}
            />
          </section>
          <section aria-labelledby="family-add" className="mt-8">
            <h2 id="family-add" className="text-xl font-semibold">
              {t("add.title")}
            </h2>
            <FamilyMemberForm mode="add" familyId={family.id} version={family.version} />
          </section>
        </>
      ) : (
        <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">{t("page.readOnly")}</p>
      )}
    </article>
  );
}
