import { router } from "../../../trpc";
import { assign } from "./assign";
import { unassign } from "./unassign";

/** Who works on a case: `case.team.assign`, `case.team.unassign`. */
export const teamRouter = router({ assign, unassign });
