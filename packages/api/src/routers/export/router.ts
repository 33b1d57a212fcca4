import { router } from "../../trpc";
import { ctdcSummary } from "./ctdc-summary";

/** Exports read on screen before download (the files themselves go through HTTP routes): `export.ctdcSummary`. */
export const exportRouter = router({ ctdcSummary });
