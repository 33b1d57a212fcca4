import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { dbEnv, workspaceRoot } from "@kelias/db";

/**
 * The Ed25519 key that signs handover packages: from the environment (`HANDOVER_SIGNING_KEY`,
 * parsed by `env.ts`), or in the embedded/demo mode from a key file made once in the data folder
 * (never in the repository). The public key is what a receiving office verifies with.
 */

/** A private Ed25519 key from PKCS#8 PEM, or from base64 of the PEM or of its DER; null otherwise. */
export function parseSigningKey(text: string): KeyObject | null {
  const value = text.trim();
  const attempts: (() => KeyObject)[] = [];
  if (value.includes("-----BEGIN")) {
    attempts.push(() => createPrivateKey({ key: value, format: "pem" }));
  } else {
    const bytes = Buffer.from(value.replace(/\s+/g, ""), "base64");
    const decoded = bytes.toString("utf8");
    if (decoded.includes("-----BEGIN"))
      attempts.push(() => createPrivateKey({ key: decoded, format: "pem" }));
    attempts.push(() => createPrivateKey({ key: bytes, format: "der", type: "pkcs8" }));
  }
  for (const attempt of attempts) {
    try {
      const key = attempt();
      if (key.asymmetricKeyType === "ed25519") return key;
    } catch {
      // Not this encoding: try the next one.
    }
  }
  return null;
}

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SHA-256 (hex) of the public key's SubjectPublicKeyInfo (DER): what the PDF prints. */
  fingerprint: string;
  publicKeyPem: string;
}

export function signingKeyOf(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ format: "der", type: "spki" });
  return {
    privateKey,
    publicKey,
    fingerprint: createHash("sha256").update(der).digest("hex"),
    publicKeyPem: publicKey.export({ format: "pem", type: "spki" }).toString(),
  };
}

/** The demo key's file: beside the embedded database's folder, in the data folder. */
export function demoKeyFile(): string {
  const dataDir = dbEnv().pgliteDataDir;
  return join(dataDir ? dirname(dataDir) : join(workspaceRoot(), ".data"), "handover-signing-key.pem");
}

/**
 * The key in `file`, made there first when there is none (readable by its owner only). Two
 * processes starting together: the second one's exclusive create fails, and it reads the first's.
 */
export function loadOrCreateKeyFile(file: string): KeyObject {
  try {
    return readKeyFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const { privateKey } = generateKeyPairSync("ed25519");
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, privateKey.export({ format: "pem", type: "pkcs8" }), { mode: 0o600, flag: "wx" });
    return privateKey;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return readKeyFile(file);
    throw error;
  }
}

function readKeyFile(file: string): KeyObject {
  const key = parseSigningKey(readFileSync(file, "utf8"));
  if (!key) throw new Error(`${file} holds no Ed25519 private key`);
  return key;
}

/**
 * The key in force: the configured one; else, on the embedded database or in demo mode, the data
 * folder's; else none (a server without a configured key refuses handovers).
 */
export function currentSigningKey(configured: KeyObject | null): SigningKey | null {
  if (configured) return signingKeyOf(configured);
  const env = dbEnv();
  if (env.databaseUrl === undefined || env.demoMode) return signingKeyOf(loadOrCreateKeyFile(demoKeyFile()));
  return null;
}

export function signMessage(key: KeyObject, message: string): string {
  return sign(null, Buffer.from(message, "utf8"), key).toString("base64");
}

export function verifyMessage(publicKey: KeyObject | string, message: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(message, "utf8"), publicKey, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
