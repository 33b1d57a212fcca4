import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Action,
  type ActionKind,
  type Actor,
  type CaseFacts,
  can,
  caseScope,
  inCaseScope,
} from "../src/policy";
import { PROGRAMMES, type Programme } from "../src/programmes";
import { ROLES, type Role } from "../src/roles";

/**
 * A table written as text, `|`-separated, first line the header. Cells are `yes`/`no` except the
 * first column. Malformed tables throw, so a typo cannot silently drop a row or a column.
 */
function table(text: string): { header: string[]; rows: { label: string; cells: boolean[] }[] } {
  const lines = text
    .trim()
    .split("\n")
    .map((line) => line.split("|").map((cell) => cell.trim()));
  const [header, ...body] = lines;
  if (!header) throw new Error("empty table");
  const rows = body.map((cells) => {
    if (cells.length !== header.length) throw new Error(`row ${cells.join("|")} has ${cells.length} cells`);
    const [label = "", ...rest] = cells;
    return {
      label,
      cells: rest.map((cell) => {
        if (cell !== "yes" && cell !== "no") throw new Error(`cell ${JSON.stringify(cell)} is not yes or no`);
        return cell === "yes";
      }),
    };
  });
  return { header: header.slice(1), rows };
}

/** The actors of the tables: all work in AVRR and counter-trafficking, with these roles. */
const ACTORS: Record<string, readonly Role[]> = {
  caseworker: ["caseworker"],
  manager: ["manager"],
  admin: ["admin"],
  "caseworker+manager": ["caseworker", "manager"],
  "no role": [],
};

const ME = "00000000-0000-4000-8000-000000000001";
const SOMEONE_ELSE = "00000000-0000-4000-8000-000000000002";
const MY_PROGRAMMES: readonly Programme[] = ["avrr", "counter_trafficking"];

function actor(label: string): Actor {
  const roles = ACTORS[label];
  if (!roles) throw new Error(`unknown actor ${label}`);
  return { id: ME, roles, programmes: MY_PROGRAMMES };
}

/** How a case relates to the actor. */
const RELATIONSHIPS: Record<string, CaseFacts> = {
  assigned: { programme: "avrr", restricted: false, assigneeIds: [SOMEONE_ELSE, ME] },
  "same programme, not assigned": { programme: "avrr", restricted: false, assigneeIds: [SOMEONE_ELSE] },
  "other programme": { programme: "social_assistance", restricted: false, assigneeIds: [SOMEONE_ELSE] },
  restricted: { programme: "counter_trafficking", restricted: true, assigneeIds: [SOMEONE_ELSE] },
  "restricted, assigned": { programme: "counter_trafficking", restricted: true, assigneeIds: [ME] },
  "assigned, other programme": { programme: "social_assistance", restricted: false, assigneeIds: [ME] },
  unassigned: { programme: "avrr", restricted: false, assigneeIds: [] },
};

/**
 * Who may read a case. Caseworkers see the cases they are assigned to; managers see every case of
 * the programmes they manage. Restricted (counter-trafficking) cases follow the same rule: only the
 * people assigned and the programme's managers, never other caseworkers of the programme.
 */
const CASE_READ = table(`
  actor               | assigned | same programme, not assigned | other programme | restricted | restricted, assigned | assigned, other programme | unassigned
  caseworker          | yes      | no                           | no              | no         | yes                  | yes                       | no
  manager             | yes      | yes                          | no              | yes        | yes                  | no                        | yes
  admin               | no       | no                           | no              | no         | no                   | no                        | no
  caseworker+manager  | yes      | yes                          | no              | yes        | yes                  | yes                       | yes
  no role             | no       | no                           | no              | no         | no                   | no                        | no
`);

/** Everything else an actor may do; none of it depends on a particular case. */
const ACTIONS: Record<string, Action> = {
  public: { kind: "public" },
  "session.read": { kind: "session.read" },
  "person.create": { kind: "person.create" },
  "person.read": { kind: "person.read" },
  "case.list": { kind: "case.list" },
  "case.create in own programme": { kind: "case.create", programme: "avrr" },
  "case.create in restricted own programme": { kind: "case.create", programme: "counter_trafficking" },
  "case.create in other programme": { kind: "case.create", programme: "labour_migration" },
  "user.list": { kind: "user.list" },
};

const OTHER_ACTIONS = table(`
  action                                   | caseworker | manager | admin | caseworker+manager | no role
  public                                   | yes        | yes     | yes   | yes                | yes
  session.read                             | yes        | yes     | yes   | yes                | yes
  person.create                            | yes        | no      | no    | yes                | no
  person.read                              | yes        | yes     | no    | yes                | no
  case.list                                | yes        | yes     | no    | yes                | no
  case.create in own programme             | yes        | no      | no    | yes                | no
  case.create in restricted own programme  | yes        | no      | no    | yes                | no
  case.create in other programme           | no         | no      | no    | no                 | no
  user.list                                | no         | no      | yes   | no                 | no
`);

describe("policy matrix: case.read", () => {
  it("covers every actor and every relationship exactly once", () => {
    expect(CASE_READ.rows.map((r) => r.label).sort()).toEqual(Object.keys(ACTORS).sort());
    expect([...CASE_READ.header].sort()).toEqual(Object.keys(RELATIONSHIPS).sort());
  });

  const cells = CASE_READ.rows.flatMap(({ label, cells }) =>
    cells.map((expected, i) => ({ who: label, relationship: CASE_READ.header[i] ?? "", expected })),
  );

  it.each(cells)("$who, case $relationship: $expected", ({ who, relationship, expected }) => {
    const facts = RELATIONSHIPS[relationship];
    if (!facts) throw new Error(`unknown relationship ${relationship}`);
    expect(can(actor(who), { kind: "case.read", case: facts })).toBe(expected);
    // The scope that list queries use must agree with the decision for a single case.
    expect(inCaseScope(caseScope(actor(who)), facts)).toBe(expected);
  });
});

describe("policy matrix: other actions", () => {
  it("covers every actor and every kind of action", () => {
    expect([...OTHER_ACTIONS.header].sort()).toEqual(Object.keys(ACTORS).sort());
    expect(OTHER_ACTIONS.rows.map((r) => r.label).sort()).toEqual(Object.keys(ACTIONS).sort());
    // Exhaustive at compile time: adding an action kind without a row here fails the type check.
    const kinds: Record<ActionKind, true> = {
      public: true,
      "session.read": true,
      "person.create": true,
      "person.read": true,
      "case.create": true,
      "case.list": true,
      "case.read": true,
      "user.list": true,
    };
    const tabled = new Set([...Object.values(ACTIONS).map((a) => a.kind), "case.read"]);
    expect([...tabled].sort()).toEqual(Object.keys(kinds).sort());
  });

  const cells = OTHER_ACTIONS.rows.flatMap(({ label, cells }) =>
    cells.map((expected, i) => ({ action: label, who: OTHER_ACTIONS.header[i] ?? "", expected })),
  );

  it.each(cells)("$who, $action: $expected", ({ action, who, expected }) => {
    const decided = ACTIONS[action];
    if (!decided) throw new Error(`unknown action ${action}`);
    expect(can(actor(who), decided)).toBe(expected);
  });

  it("lets a caseworker open a case only in a programme they belong to", () => {
    const worker: Actor = { id: ME, roles: ["caseworker"], programmes: ["social_assistance"] };
    for (const programme of PROGRAMMES) {
      expect(can(worker, { kind: "case.create", programme })).toBe(programme === "social_assistance");
    }
  });
});

describe("case scope", () => {
  it("is empty for an actor who is neither caseworker nor manager", () => {
    expect(caseScope({ id: ME, roles: ["admin"], programmes: [...PROGRAMMES] })).toEqual({
      assignedUserId: null,
      managedProgrammes: [],
    });
  });

  it("does not share the actor's programme list", () => {
    const programmes: Programme[] = ["avrr"];
    const scope = caseScope({ id: ME, roles: ["manager"], programmes });
    programmes.push("labour_migration");
    expect(scope.managedProgrammes).toEqual(["avrr"]);
  });

  const ids = ["u1", "u2", "u3", "u4"];
  const actorArb = fc.record({
    id: fc.constantFrom(...ids),
    roles: fc.subarray([...ROLES]),
    programmes: fc.subarray([...PROGRAMMES]),
  });
  const factsArb = fc.record({
    programme: fc.constantFrom(...PROGRAMMES),
    restricted: fc.boolean(),
    assigneeIds: fc.subarray(ids),
  });

  it("inCaseScope(caseScope(actor), facts) equals can(actor, case.read) (property)", () => {
    const outcomes = { allowed: 0, refused: 0 };
    fc.assert(
      fc.property(actorArb, factsArb, (a, facts) => {
        const decided = can(a, { kind: "case.read", case: facts });
        expect(inCaseScope(caseScope(a), facts)).toBe(decided);
        outcomes[decided ? "allowed" : "refused"] += 1;
      }),
      { numRuns: 2_000 },
    );
    // Both answers must have been exercised, or the property proves nothing.
    expect(outcomes.allowed).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
  });

  it("whoever may read some case may also list cases and read people (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, (a, facts) => {
        if (can(a, { kind: "case.read", case: facts })) {
          expect(can(a, { kind: "case.list" })).toBe(true);
          expect(can(a, { kind: "person.read" })).toBe(true);
        }
      }),
      { numRuns: 1_000 },
    );
  });

  it("an actor without roles may do nothing but public and session actions (property)", () => {
    fc.assert(
      fc.property(actorArb, factsArb, fc.constantFrom(...PROGRAMMES), (a, facts, programme) => {
        const nobody: Actor = { ...a, roles: [] };
        const actions: Action[] = [
          { kind: "person.create" },
          { kind: "person.read" },
          { kind: "case.create", programme },
          { kind: "case.list" },
          { kind: "case.read", case: facts },
          { kind: "user.list" },
        ];
        for (const action of actions) expect(can(nobody, action)).toBe(false);
      }),
    );
  });
});
