import { TIMELINE_KINDS, type TimelineKind } from "@kelias/domain";
import type { Metadata } from "next";
import { CaseTimeline } from "@/components/cases/CaseTimeline";
import { caseTitle, loadCase } from "../case-data";

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "timeline");
}

/** The timeline tab: every event of the case, newest first, narrowed by kind (?kind=). */
export default async function CaseTimelinePage({ params, searchParams }: Params) {
  const c = await loadCase((await params).id);
  const query = await searchParams;
  const include = first(query.include) === "all" ? "all" : "changes";
  const before = Number(first(query.before));
  const kind = first(query.kind);
  return (
    <CaseTimeline
      caseId={c.id}
      include={include}
      kind={(TIMELINE_KINDS as readonly string[]).includes(kind ?? "") ? (kind as TimelineKind) : undefined}
      before={Number.isInteger(before) && before > 0 ? before : undefined}
    />
  );
}
