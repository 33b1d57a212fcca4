import { router } from "../../trpc";
import { list } from "./list";
import { verify } from "./verify";

/** The audit log, for the administrators: `audit.list`, `audit.verify`. */
export const auditRouter = router({ list, verify });
