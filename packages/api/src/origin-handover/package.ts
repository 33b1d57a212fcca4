import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import {
  canonicalJson,
  HANDOVER_PACKAGE_FORMAT,
  type HandoverPackage,
  handoverSignedMessage,
} from "@kelias/domain";
import { type PdfDocumentFile, renderHandoverPdf } from "./pdf";
import { type SigningKey, signMessage, verifyMessage } from "./signing-key";

/** The signature block of the JSON file: what was signed, with which key, and the signature. */
export interface HandoverSignature {
  algorithm: "Ed25519";
  format: typeof HANDOVER_PACKAGE_FORMAT;
  pdfSha256: string;
  packageSha256: string;
  keyFingerprint: string;
  /** base64 Ed25519 signature over `handoverSignedMessage(pdfSha256, packageSha256)`. */
  value: string;
}

export interface SignedHandover {
  pdf: Uint8Array;
  json: Uint8Array;
  signature: HandoverSignature;
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * Renders the PDF, then signs the SHA-256 of the PDF and of the package's canonical JSON with one
 * Ed25519 signature; the JSON file holds the package and that signature, the PDF prints the key's
 * fingerprint and the package's digest.
 */
export async function signHandover(
  pkg: HandoverPackage,
  files: readonly PdfDocumentFile[],
  key: SigningKey,
): Promise<SignedHandover> {
  const packageSha256 = sha256(canonicalJson(pkg));
  const pdf = await renderHandoverPdf(pkg, files, { packageSha256, keyFingerprint: key.fingerprint });
  const pdfSha256 = sha256(pdf);
  const signature: HandoverSignature = {
    algorithm: "Ed25519",
    format: HANDOVER_PACKAGE_FORMAT,
    pdfSha256,
    packageSha256,
    keyFingerprint: key.fingerprint,
    value: signMessage(key.privateKey, handoverSignedMessage(pdfSha256, packageSha256)),
  };
  const json = new TextEncoder().encode(`${JSON.stringify({ package: pkg, signature }, null, 2)}\n`);
  return { pdf, json, signature };
}

export type HandoverVerification =
  | { valid: true; packageSha256: string; pdfSha256: string }
  | {
      valid: false;
      reason: "malformed" | "pdf_mismatch" | "package_mismatch" | "wrong_key" | "bad_signature";
    };

/**
 * What a receiving office checks: the PDF's digest and the package's digest are those signed, the
 * key is the one named, and the signature verifies with the sending office's public key (PEM).
 */
export function verifyHandover(
  pdf: Uint8Array,
  json: Uint8Array | string,
  publicKey: string | KeyObject,
): HandoverVerification {
  let parsed: { package?: unknown; signature?: Partial<HandoverSignature> };
  try {
    parsed = JSON.parse(
      typeof json === "string" ? json : new TextDecoder("utf-8", { fatal: true }).decode(json),
    );
  } catch {
    return { valid: false, reason: "malformed" };
  }
  const sig = parsed.signature;
  if (!parsed.package || !sig || typeof sig.value !== "string" || sig.algorithm !== "Ed25519")
    return { valid: false, reason: "malformed" };
  const pdfSha256 = sha256(pdf);
  if (sig.pdfSha256 !== pdfSha256) return { valid: false, reason: "pdf_mismatch" };
  const packageSha256 = sha256(canonicalJson(parsed.package));
  if (sig.packageSha256 !== packageSha256) return { valid: false, reason: "package_mismatch" };
  const key = typeof publicKey === "string" ? createPublicKey(publicKey) : publicKey;
  if (sha256(key.export({ format: "der", type: "spki" })) !== sig.keyFingerprint)
    return { valid: false, reason: "wrong_key" };
  if (!verifyMessage(key, handoverSignedMessage(pdfSha256, packageSha256), sig.value))
    return { valid: false, reason: "bad_signature" };
  return { valid: true, packageSha256, pdfSha256 };
}
