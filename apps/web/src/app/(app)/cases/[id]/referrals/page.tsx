import type { Metadata } from "next";
import { CaseConsents } from "@/components/cases/CaseConsents";
import { CaseReferrals } from "@/components/cases/CaseReferrals";
import { api, orPageError } from "@/trpc/server";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "referrals");
}

/** The referrals tab: the consents on file and the referrals they allow. */
export default async function CaseReferralsPage({ params }: Params) {
  const c = await loadCase((await params).id);
  // The partner registry, for the consent and referral forms (only those who may write need it).
  const partners = c.permissions.update ? await orPageError((await api()).partner.list()) : [];
  const partnerOptions = partners.map((p) => ({ id: p.id, name: p.name }));
  return (
    <>
      <CaseConsents
        caseId={c.id}
        consents={c.record.consents}
        partners={partnerOptions}
        today={c.record.today}
        canUpdate={c.permissions.update}
      />
      <CaseReferrals
        caseId={c.id}
        referrals={c.record.referrals}
        partners={partnerOptions}
        canUpdate={c.permissions.update}
      />
    </>
  );
}
