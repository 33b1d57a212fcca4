import { caseReferrals, caseServices, type Executor, partners } from "@kelias/db";
import { type HandoverSection, referralsSection, servicesSection } from "@kelias/domain";
import { asc, eq } from "drizzle-orm";
import type { LoadedCase } from "../case-access";

/**
 * The parts of a handover package after the case summary, in the order they print. A section is
 * one function: it loads what it needs of the case and answers its section (the domain's builders
 * decide what of it is shared), or null when the case has nothing of the kind. A new part of the
 * case record (the reintegration plan, monitoring) joins the package by adding its function here.
 */
export type HandoverSectionLoader = (db: Executor, loaded: LoadedCase) => Promise<HandoverSection | null>;

const services: HandoverSectionLoader = async (db, { row }) =>
  servicesSection(
    await db
      .select()
      .from(caseServices)
      .where(eq(caseServices.caseId, row.id))
      .orderBy(asc(caseServices.deliveredOn), asc(caseServices.createdAt)),
  );

const referrals: HandoverSectionLoader = async (db, { row }) => {
  const rows = await db
    .select({
      partnerName: partners.name,
      serviceType: caseReferrals.serviceType,
      status: caseReferrals.status,
      referredAt: caseReferrals.referredAt,
    })
    .from(caseReferrals)
    .innerJoin(partners, eq(partners.id, caseReferrals.partnerId))
    .where(eq(caseReferrals.caseId, row.id))
    .orderBy(asc(caseReferrals.referredAt));
  return referralsSection(rows.map((r) => ({ ...r, referredOn: r.referredAt.toISOString().slice(0, 10) })));
};

export const HANDOVER_SECTIONS: readonly HandoverSectionLoader[] = [services, referrals];
