import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReintegrationTab } from "@/components/reintegration/ReintegrationTab";
import { api, orPageError } from "@/trpc/server";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "reintegration");
}

/** The reintegration tab (AVRR cases): plan, monitoring schedule and contacts, sustainability surveys. */
export default async function CaseReintegrationPage({ params }: Params) {
  const c = await loadCase((await params).id);
  if (c.programme !== "avrr") notFound();
  const view = await orPageError((await api()).case.reintegration.get({ caseId: c.id }));
  return <ReintegrationTab caseId={c.id} view={view} />;
}
