import { router } from "../../../trpc";
import { add } from "./add";
import { edit } from "./edit";
import { mine } from "./mine";
import { setDone } from "./set-done";

/**
 * Tasks on a case, written by a person; tasks a workflow created are ticked here too:
 * `case.task.add`, `case.task.edit`, `case.task.setDone`, and the actor's open tasks, `case.task.mine`.
 */
export const taskRouter = router({ add, edit, setDone, mine });
