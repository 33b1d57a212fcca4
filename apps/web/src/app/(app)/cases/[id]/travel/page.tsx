import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CaseTravel } from "@/components/cases/travel/CaseTravel";
import { api, orPageError } from "@/trpc/server";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "travel");
}

/** The travel tab (AVRR cases only): checklist, documents, fitness, itinerary, departure and arrival. */
export default async function CaseTravelPage({ params }: Params) {
  const c = await loadCase((await params).id);
  if (c.programme !== "avrr") notFound();
  const travel = await orPageError((await api()).case.travel.get({ caseId: c.id }));
  return <CaseTravel travel={travel} />;
}
