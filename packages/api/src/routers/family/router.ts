import { router } from "../../trpc";
import { create } from "./create";
import { forCase } from "./for-case";
import { get } from "./get";
import { familyMemberRouter } from "./member/router";
import { register } from "./register";
import { transition } from "./transition";

/**
 * Families (households): `family.create`, `.register` (a household at once), `.get`, `.forCase`, `.member.add`, `.member.remove` and
 * `.transition`, the step every member takes together.
 */
export const familyRouter = router({
  create,
  register,
  get,
  forCase,
  member: familyMemberRouter,
  transition,
});
