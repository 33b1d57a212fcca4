import type { Metadata } from "next";
import { CaseAssessments } from "@/components/assessments/CaseAssessments";
import { api, orPageError } from "@/trpc/server";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "assessments");
}

/** The assessments tab: the risk level, each assessment with its revisions, and the form. */
export default async function CaseAssessmentsPage({ params }: Params) {
  const c = await loadCase((await params).id);
  const data = await orPageError((await api()).case.assessment.list({ caseId: c.id }));
  return <CaseAssessments caseId={c.id} data={data} />;
}
