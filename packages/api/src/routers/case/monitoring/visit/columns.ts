import type { MonitoringVisitForm } from "@kelias/domain";

/** The columns a monitoring contact's form sets. */
export const visitColumns = (input: MonitoringVisitForm) => ({
  mode: input.mode,
  date: input.date,
  pointMonths: input.pointMonths,
  conductedBy: input.conductedBy,
  situation: input.situation,
  concerns: input.concerns,
  followUpNeeded: input.followUpNeeded,
  notes: input.notes,
});
