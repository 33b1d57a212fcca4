import { router } from "../../trpc";
import { confirmHandover } from "./confirm-handover";
import { create } from "./create";
import { list } from "./list";
import { me } from "./me";
import { resetPassword } from "./reset-password";
import { update } from "./update";

export const userRouter = router({ me, list, create, resetPassword, confirmHandover, update });
