import { displayName, duplicateCheckInput } from "@kelias/domain";
import { recordAllowed } from "../../audit/record";
import { authorize } from "../../authorize";
import { findDuplicates } from "../../person/duplicates";
import { peopleTarget } from "../../person/target";
import { authedProcedure } from "../../trpc";

/**
 * People already registered who may be the person about to be registered (`findDuplicates`).
 * Matches the actor can see come with id and name; matches they cannot see are only announced,
 * so the check never discloses who else is on record (the announcement is what an access request
 * starts from). Asked on submit with the whole registration and, while the form is filled, with
 * what it holds so far. A mutation although it changes nothing but the audit log: what is checked
 * (names, document numbers) travels in a request body, never in a URL.
 */
export const checkDuplicates = authedProcedure
  .meta({ action: "person.create" })
  .input(duplicateCheckInput)
  .mutation(async ({ ctx, input }) => {
    await authorize(ctx, { kind: "person.create" });
    const entries = [...(await findDuplicates(ctx, input)).entries()];
    const matches = entries
      .filter(([, e]) => e.visible)
      .map(([id, e]) => ({
        id,
        name: displayName(e),
        reasons: [...e.reasons].sort(),
      }));
    const outOfScope = entries.some(([, e]) => !e.visible);
    await recordAllowed(ctx.db, ctx, "person.checkDuplicates", peopleTarget, {
      matches: matches.map((m) => m.id),
      outOfScope: entries.filter(([, e]) => !e.visible).length,
    });
    return { matches, outOfScope };
  });
