/**
 * Several app instances on one Postgres database, as behind a load balancer: the production build
 * started twice at the same moment on a fresh database this spec creates (and drops), then
 * conflicting edits through both. Also: an instance that cannot start stops with a non-zero status.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, expect, request, test } from "@playwright/test";
import postgres from "postgres";
import { DEMO_PASSWORD } from "./support";

const WEB_DIR = fileURLToPath(new URL("../../apps/web", import.meta.url));
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** Two ports of their own, beside the main test server's. */
const FIRST_PORT = Number(process.env.E2E_INSTANCES_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 200);
const SECRET = randomBytes(32).toString("base64url");

interface Instance {
  url: string;
  process: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts the built app (apps/web/scripts/start.mjs) with these variables over a clean environment. */
function startInstance(port: number, env: Record<string, string>): Instance {
  const inherited = { ...process.env };
  for (const name of ["DATABASE_URL", "PGLITE_DATA_DIR", "DEMO_MODE", "DEMO_PEOPLE", "NEXTAUTH_URL"]) {
    delete inherited[name];
  }
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: WEB_DIR,
    env: { ...inherited, PORT: String(port), NEXTAUTH_SECRET: SECRET, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    output += chunk;
  });
  return {
    url: `http://localhost:${port}`,
    process: child,
    output: () => output,
    exited: new Promise((done) => child.on("exit", (code) => done(code))),
  };
}

async function stop(instance: Instance) {
  if (instance.process.exitCode === null && instance.process.signalCode === null) {
    instance.process.kill("SIGTERM");
  }
  await instance.exited;
}

async function waitHealthy(instance: Instance) {
  await expect
    .poll(
      async () => {
        if (instance.process.exitCode !== null) return `exited: ${instance.output()}`;
        try {
          return (await fetch(`${instance.url}/api/health`)).status;
        } catch {
          return "not listening";
        }
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe(200);
}

/** The tRPC answer of a call: its data, or its error code. */
type Answer = { data: unknown } | { code: string };

async function answerOf(response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<Answer> {
  const body = (await response.json()) as {
    result?: { data: { json: unknown } };
    error?: { json: { data: { code: string } } };
  };
  if (body.result) return { data: body.result.data.json };
  if (body.error) return { code: body.error.json.data.code };
  throw new Error(`not a tRPC answer: ${JSON.stringify(body)}`);
}

async function query<T>(api: APIRequestContext, base: string, path: string, input: unknown): Promise<T> {
  const params = new URLSearchParams({ input: JSON.stringify({ json: input }) });
  const answer = await answerOf(await api.get(`${base}/api/trpc/${path}?${params}`));
  if (!("data" in answer)) throw new Error(`${path} answered ${answer.code}`);
  return answer.data as T;
}

function mutate(api: APIRequestContext, base: string, path: string, input: unknown): Promise<Answer> {
  return api
    .post(`${base}/api/trpc/${path}`, { data: { json: input }, headers: { Origin: base } })
    .then(answerOf);
}

/** Signs in through next-auth's own endpoints; the session cookie then goes to every instance. */
async function signIn(api: APIRequestContext, base: string, email: string) {
  const { csrfToken } = (await (await api.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await api.post(`${base}/api/auth/callback/credentials`, {
    form: { email, password: DEMO_PASSWORD, csrfToken, callbackUrl: `${base}/`, json: "true" },
    headers: { Origin: base },
  });
  expect(response.ok()).toBe(true);
  const session = (await (await api.get(`${base}/api/auth/session`)).json()) as { user?: { email: string } };
  expect(session.user?.email).toBe(email);
}

interface Note {
  id: string;
  content: string;
  version: number;
  revisions: { version: number; content: string }[];
}

test.describe("two instances on one Postgres database", () => {
  test.describe.configure({ timeout: 180_000 });
  const name = `kelias_e2e_${randomBytes(6).toString("hex")}`;
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  let instances: Instance[] = [];
  let api: APIRequestContext;

  test.beforeAll(async () => {
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    // Both at the same moment on the empty database: they race for the migrations and the demo data.
    instances = [0, 1].map((i) =>
      startInstance(FIRST_PORT + i, {
        DATABASE_URL: url.toString(),
        DEMO_MODE: "true",
        DEMO_PEOPLE: "6",
        DATABASE_POOL_SIZE: "4",
      }),
    );
    await Promise.all(instances.map(waitHealthy));
    api = await request.newContext();
  });

  test.afterAll(async () => {
    await api?.dispose();
    await Promise.all(instances.map(stop));
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });

  test("both start; one migrated and loaded the demo data while the other waited", async () => {
    const outputs = instances.map((i) => i.output());
    expect(
      outputs.filter((o) => o.includes("Demo data loaded")),
      outputs.join("\n---\n"),
    ).toHaveLength(1);
    for (const output of outputs) expect(output).toContain("Database ready (postgres, demo mode).");
    for (const instance of instances) {
      expect(await (await fetch(`${instance.url}/api/health`)).json()).toEqual({
        status: "ok",
        database: "postgres",
      });
    }
  });

  test("conflicting edits through both: one winner per version, every refusal a CONFLICT, nothing lost", async () => {
    const [first, second] = instances.map((i) => i.url);
    if (!first || !second) throw new Error("no instances");
    // A session opened on one instance is valid on the other: sessions live in Postgres.
    await signIn(api, first, "caseworker@example.org");

    const list = await query<{ items: { id: string }[] }>(api, second, "case.list", {});
    let target: { caseId: string; note: Note } | undefined;
    for (const { id } of list.items) {
      const found = await query<{ record: { notes: Note[] } }>(api, second, "case.get", { id });
      const note = found.record.notes[0];
      if (note) {
        target = { caseId: id, note };
        break;
      }
    }
    if (!target) throw new Error("no demo case of the caseworker has a note");
    const { caseId } = target;
    const noteOf = async (base: string) => {
      const found = await query<{ record: { notes: Note[] } }>(api, base, "case.get", { id: caseId });
      const note = found.record.notes.find((n) => n.id === target?.note.id);
      if (!note) throw new Error("the note is gone");
      return note;
    };

    const rounds = 4;
    const perInstance = 6;
    const start = target.note;
    const winners: string[] = [];
    for (let round = 0; round < rounds; round++) {
      const current = await noteOf(round % 2 === 0 ? first : second);
      const edits = [first, second].flatMap((base, b) =>
        Array.from({ length: perInstance }, (_, i) => ({ base, content: `Round ${round}, edit ${b}-${i}.` })),
      );
      const answers = await Promise.all(
        edits.map((e) =>
          mutate(api, e.base, "case.note.edit", {
            caseId,
            noteId: current.id,
            version: current.version,
            content: e.content,
          }),
        ),
      );
      const won = answers.flatMap((a, i) => ("data" in a ? [edits[i]?.content ?? ""] : []));
      expect(won, JSON.stringify(answers)).toHaveLength(1);
      expect(answers.filter((a) => "code" in a).map((a) => ("code" in a ? a.code : ""))).toEqual(
        Array(edits.length - 1).fill("CONFLICT"),
      );
      winners.push(won[0] ?? "");
      // Both instances see the winner's text at the next version.
      for (const base of [first, second]) {
        expect(await noteOf(base)).toMatchObject({ content: won[0], version: current.version + 1 });
      }
    }

    // Nothing lost: every replaced text is kept, in order, under the version it was written at.
    const final = await noteOf(second);
    expect(final.content).toBe(winners.at(-1));
    const replaced = final.revisions
      .filter((r) => r.version >= start.version)
      .sort((a, b) => a.version - b.version)
      .map((r) => r.content);
    expect(replaced).toEqual([start.content, ...winners.slice(0, -1)]);
  });
});

test.describe("an instance that cannot start", () => {
  test.describe.configure({ timeout: 120_000 });

  test("stops with status 1 when its embedded data folder is open in another process", async () => {
    // The main test server holds this folder for the whole run.
    const dataDir = process.env.KELIAS_E2E_DATA_DIR;
    if (!dataDir) throw new Error("KELIAS_E2E_DATA_DIR is set by playwright.config.ts");
    const instance = startInstance(FIRST_PORT + 2, { PGLITE_DATA_DIR: dataDir });
    try {
      expect(await instance.exited, instance.output()).toBe(1);
      expect(instance.output()).toContain(
        `Start-up failed, so the server stops: The embedded database in ${dataDir} is already open in process`,
      );
    } finally {
      await stop(instance);
    }
  });

  test("stops with status 1 when its Postgres database does not exist", async () => {
    const url = new URL(ADMIN_URL);
    url.pathname = `/kelias_missing_${randomBytes(6).toString("hex")}`;
    const instance = startInstance(FIRST_PORT + 3, { DATABASE_URL: url.toString() });
    try {
      expect(await instance.exited, instance.output()).toBe(1);
      expect(instance.output()).toContain("Start-up failed, so the server stops:");
      expect(instance.output()).toContain(`database "${url.pathname.slice(1)}" does not exist`);
    } finally {
      await stop(instance);
    }
  });
});
