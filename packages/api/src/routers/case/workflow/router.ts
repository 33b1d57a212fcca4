import { router } from "../../../trpc";
import { decideApproval } from "./decide-approval";
import { get } from "./get";
import { setFacts } from "./set-facts";
import { transition } from "./transition";
import { withdrawApproval } from "./withdraw-approval";

/**
 * A case's workflow: `case.workflow.get`, `.setFacts`, `.transition`, `.decideApproval`, `.withdrawApproval`. Every
 * change of state goes through `moveCase` (see `workflow/move-case.ts`).
 */
export const workflowRouter = router({ get, setFacts, transition, decideApproval, withdrawApproval });
