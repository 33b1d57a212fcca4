import { router } from "../../trpc";
import { decide } from "./decide";
import { get } from "./get";
import { history } from "./history";
import { pending } from "./pending";
import { propose } from "./propose";
import { save } from "./save";
import { screenForTrafficking } from "./screen-for-trafficking";

/**
 * Trafficking identification on counter-trafficking cases: `identification.get`, `.save`,
 * `.propose`, `.decide`, `.history`, `.pending`, `.screenForTrafficking`. A caseworker screens and
 * proposes; a counter-trafficking manager other than the proposer decides.
 */
export const identificationRouter = router({
  get,
  save,
  propose,
  decide,
  history,
  pending,
  screenForTrafficking,
});
