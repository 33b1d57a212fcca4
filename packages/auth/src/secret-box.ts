import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

/** A 256-bit key of its own for this use, derived from the configured key material (HKDF-SHA-256). */
function keyFrom(material: string): Buffer {
  return Buffer.from(hkdfSync("sha256", material, "kelias", "mfa-totp-secret/v1", 32));
}

/**
 * Encrypts with AES-256-GCM. `context` (the owner's user id) is bound as associated data, so a
 * ciphertext copied onto another user's row does not decrypt.
 */
export function seal(plaintext: string, material: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(material), iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

/** The plaintext, or null when the value was tampered with, belongs to someone else or the key changed. */
export function unseal(sealed: string, material: string, context: string): string | null {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFrom(material), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
      "utf8",
    );
  } catch {
    return null;
  }
}
