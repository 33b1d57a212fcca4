import type { Metadata } from "next";
import { CaseServices } from "@/components/cases/CaseServices";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "plan");
}

/** The plan tab: the services delivered to the person. */
export default async function CasePlanPage({ params }: Params) {
  const c = await loadCase((await params).id);
  return (
    <CaseServices
      caseId={c.id}
      services={c.record.services}
      today={c.record.today}
      canUpdate={c.permissions.update}
    />
  );
}
