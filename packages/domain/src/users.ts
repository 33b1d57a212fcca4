import { z } from "zod";
import { idInput, requiredTextInput, textInput, versionInput } from "./input-schemas";
import { PROGRAMMES } from "./programmes";
import { ROLES } from "./roles";

export const userUpdateInput = z.object({
  id: idInput(),
  version: versionInput,
  name: requiredTextInput(200).optional(),
  team: textInput(100).optional(),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).optional(),
  programmes: z.array(z.enum(PROGRAMMES)).max(PROGRAMMES.length).optional(),
  active: z.boolean().optional(),
});
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

interface Access {
  roles: readonly string[];
  programmes: readonly string[];
  active: boolean;
}

/** Set equality: order and repeats do not matter (the input schema does not refuse repeats). */
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));

/** Whether a change touches what the user may do (and so must end their current sessions). */
export function changesAccess(before: Access, after: Access): boolean {
  return (
    before.active !== after.active ||
    !sameSet(before.roles, after.roles) ||
    !sameSet(before.programmes, after.programmes)
  );
}

/** The office always keeps at least one active administrator. */
export function removesLastAdmin(before: Access, after: Access, otherActiveAdmins: number): boolean {
  const wasActiveAdmin = before.active && before.roles.includes("admin");
  const staysActiveAdmin = after.active && after.roles.includes("admin");
  return wasActiveAdmin && !staysActiveAdmin && otherActiveAdmins === 0;
}
