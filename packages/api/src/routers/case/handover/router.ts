import { router } from "../../../trpc";
import { create } from "./create";
import { list } from "./list";

/** Handover to the office in the country of origin: `case.handover.create`, `case.handover.list`. */
export const handoverRouter = router({ create, list });
