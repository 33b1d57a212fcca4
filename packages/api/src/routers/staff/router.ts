import { router } from "../../trpc";
import { caseworkers } from "./caseworkers";

/** Colleagues a manager works with: `staff.caseworkers`. */
export const staffRouter = router({ caseworkers });
