import { router } from "../../../trpc";
import { add } from "./add";
import { assign } from "./assign";
import { edit } from "./edit";
import { mine } from "./mine";
import { setDone } from "./set-done";
import { team } from "./team";

/**
 * Tasks on a case, written by a person; tasks a workflow created are ticked and reassigned here too:
 * `case.task.add`, `case.task.edit`, `case.task.assign`, `case.task.setDone`; the actor's open tasks,
 * `case.task.mine`, and their team's, `case.task.team`.
 */
export const taskRouter = router({ add, edit, assign, setDone, mine, team });
