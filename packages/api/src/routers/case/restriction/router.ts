import { router } from "../../../trpc";
import { set } from "./set";

/** Whether a case is seen only by the people on it and its managers: `case.restriction.set`. */
export const restrictionRouter = router({ set });
