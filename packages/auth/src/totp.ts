import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

/** RFC 6238 as every authenticator app implements it: SHA-1, 6 digits, 30-second steps. */
const PERIOD = 30;
const ISSUER = "Kelias";

function totp(secretBase32: string, label = "") {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new 160-bit shared secret, base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI and a QR code of it (PNG data URL) for the authenticator app to scan. */
export async function totpEnrolment(secretBase32: string, account: string) {
  const uri = totp(secretBase32, account).toString();
  return { uri, qrCode: await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 220 }) };
}

/** The code an authenticator shows at `now` (tests and the enrolment check use it). */
export function totpCodeAt(secretBase32: string, now: Date): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

/**
 * The time step a code belongs to, or null when it is not valid now. One step either side is
 * accepted for clock drift; a step at or before `lastUsedStep` is refused, so a code seen once (over
 * a shoulder, in a proxy log) cannot be used again.
 */
export function verifyTotp(secretBase32: string, code: string, now: Date, lastUsedStep: number | null) {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}
