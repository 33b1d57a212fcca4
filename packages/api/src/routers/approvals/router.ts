import { router } from "../../trpc";
import { bulkReassign } from "./bulk-reassign";
import { queue } from "./queue";

/** A manager's desk: `approvals.queue` (the approvals waiting) and `approvals.bulkReassign`. */
export const approvalsRouter = router({ queue, bulkReassign });
