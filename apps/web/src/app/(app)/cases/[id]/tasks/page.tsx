import type { Metadata } from "next";
import { CaseAppointments } from "@/components/cases/CaseAppointments";
import { CaseTasks } from "@/components/cases/CaseTasks";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "tasks");
}

/** The tasks tab: the case's tasks (written and workflow-created, with assignee and priority) and its appointments. */
export default async function CaseTasksPage({ params }: Params) {
  const c = await loadCase((await params).id);
  return (
    <>
      <CaseTasks
        caseId={c.id}
        tasks={c.record.tasks}
        canUpdate={c.permissions.update}
        canReassign={c.permissions.reassignTasks}
        team={c.assignees}
      />
      <CaseAppointments caseId={c.id} canUpdate={c.permissions.update} team={c.assignees} />
    </>
  );
}
