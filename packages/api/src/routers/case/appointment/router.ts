import { router } from "../../../trpc";
import { add } from "./add";
import { cancel } from "./cancel";
import { edit } from "./edit";
import { list } from "./list";

/** A case's appointments: `case.appointment.list`, `.add`, `.edit`, `.cancel`. */
export const appointmentRouter = router({ list, add, edit, cancel });
