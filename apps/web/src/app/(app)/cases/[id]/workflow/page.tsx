import type { Metadata } from "next";
import { CaseWorkflow } from "@/components/cases/CaseWorkflow";
import { ScreeningOffer } from "@/components/identification/ScreeningOffer";
import { TraffickingScreening } from "@/components/identification/TraffickingScreening";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "workflow");
}

/** The workflow tab: state, facts, moves and approvals, and the trafficking screening. */
export default async function CaseWorkflowPage({ params }: Params) {
  const c = await loadCase((await params).id);
  return (
    <>
      <CaseWorkflow caseId={c.id} />
      {c.programme === "counter_trafficking" ? (
        <TraffickingScreening caseId={c.id} />
      ) : (
        <ScreeningOffer caseId={c.id} canUpdate={c.permissions.update} />
      )}
    </>
  );
}
