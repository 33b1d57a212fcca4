/**
 * Creates the first administrator of a production instance:
 *   pnpm admin:create --email ada@example.org --name "Ada Admin"
 * The password is typed at a hidden prompt, or read from standard input when it is not a terminal.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { appendAudit, closeSharedDatabase, sharedDatabase, users } from "@kelias/db";
import { z } from "zod";
import { checkNewPassword } from "../src/password-policy";
import { hashPassword } from "../src/passwords";
import { findUserByEmail } from "../src/users";

const args = z.object({
  email: z.email("--email must be an email address"),
  name: z.string().trim().min(1, "--name must not be empty"),
});
const REFUSALS = {
  too_short: "The password must have at least 12 characters.",
  too_long: "The password may have at most 128 characters.",
  common: "The password is too common or too easy to guess.",
  contains_identity: "The password must not contain the name or the email.",
} as const;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let data = "";
    for await (const chunk of process.stdin) data += chunk;
    return data.replace(/\r?\n$/, "");
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      const mute = rl as unknown as { _writeToOutput: (s: string) => void };
      mute._writeToOutput = () => {};
      rl.question("", (answer) => {
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  const second = await ask("Repeat password: ");
  rl.close();
  if (first !== second) throw new Error("The passwords do not match.");
  return first;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const parsed = args.safeParse({ email: values.email, name: values.name ?? "Administrator" });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  const password = await readPassword();
  const check = checkNewPassword(password, { email: parsed.data.email, name: parsed.data.name });
  if (!check.ok) throw new Error(REFUSALS[check.reason]);

  const handle = await sharedDatabase();
  await handle.migrate();
  if (await findUserByEmail(handle.db, parsed.data.email)) {
    throw new Error(`A user with the email ${parsed.data.email} already exists.`);
  }
  const passwordHash = await hashPassword(password);
  await handle.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        email: parsed.data.email.toLowerCase(),
        name: parsed.data.name,
        passwordHash,
        roles: ["admin"],
      })
      .returning({ id: users.id });
    await appendAudit(tx, {
      actorId: null,
      action: "user.create",
      outcome: "allowed",
      entityType: "user",
      entityId: created?.id ?? null,
      detail: { via: "admin:create", roles: ["admin"] },
    });
  });
  console.info(`Created administrator ${parsed.data.email}.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeSharedDatabase());
