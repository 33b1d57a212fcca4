import { router } from "../../../trpc";
import { add } from "./add";
import { remove } from "./remove";

/** A family's members: `family.member.add`, `family.member.remove`. */
export const familyMemberRouter = router({ add, remove });
