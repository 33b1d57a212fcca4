import { describe, expect, it } from "vitest";
import { LOCKOUT, lockDelayMs } from "../src/lockout";
import { seal, unseal } from "../src/secret-box";
import { newTotpSecret, totpCodeAt, totpEnrolment, verifyTotp } from "../src/totp";

const KEY = "an-example-key-material-of-32-characters";
const T0 = new Date("2026-03-02T10:00:00Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe("TOTP (RFC 6238)", () => {
  it("matches the RFC's SHA-1 test vector", () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s gives 94287082 (8 digits; the
    // last six are what a 6-digit authenticator shows).
    const secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(totpCodeAt(secret, new Date(59_000))).toBe("287082");
  });

  it("accepts the current code and one step of drift, once, and nothing else", () => {
    const secret = newTotpSecret();
    const code = totpCodeAt(secret, T0);
    const step = verifyTotp(secret, code, T0, null);
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, code, at(30), null)).toBe(step);
    expect(verifyTotp(secret, code, at(90), null)).toBeNull();
    // Replay: the step was used.
    expect(verifyTotp(secret, code, T0, step)).toBeNull();
    expect(verifyTotp(secret, totpCodeAt(secret, at(30)), at(30), step)).toBe((step ?? 0) + 1);
    expect(verifyTotp(secret, "12345", T0, null)).toBeNull();
    expect(verifyTotp(secret, "abcdef", T0, null)).toBeNull();
  });

  it("gives an otpauth URI and a QR code for the app", async () => {
    const { uri, qrCode } = await totpEnrolment(newTotpSecret(), "ruta@example.org");
    expect(uri).toMatch(/^otpauth:\/\/totp\/Kelias:ruta%40example\.org\?/);
    expect(uri).toContain("issuer=Kelias");
    expect(qrCode).toMatch(/^data:image\/png;base64,/);
  });
});

describe("secrets at rest", () => {
  it("round-trips, and refuses another key, another owner or a changed byte", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", KEY, "user-1");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(unseal(sealed, KEY, "user-1")).toBe("JBSWY3DPEHPK3PXP");
    expect(unseal(sealed, `${KEY}x`, "user-1")).toBeNull();
    expect(unseal(sealed, KEY, "user-2")).toBeNull();
    const flipped = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}${sealed.slice(-1)}`;
    expect(unseal(flipped, KEY, "user-1")).toBeNull();
    expect(unseal("garbage", KEY, "user-1")).toBeNull();
  });
});

describe("lockout delays", () => {
  it("start at the threshold and double up to an hour", () => {
    const { threshold } = LOCKOUT.account;
    expect(lockDelayMs("account", threshold - 1)).toBe(0);
    expect(lockDelayMs("account", threshold)).toBe(60_000);
    expect(lockDelayMs("account", threshold + 1)).toBe(120_000);
    expect(lockDelayMs("account", threshold + 3)).toBe(480_000);
    expect(lockDelayMs("account", threshold + 40)).toBe(3_600_000);
    expect(lockDelayMs("ip", LOCKOUT.ip.threshold - 1)).toBe(0);
    expect(lockDelayMs("ip", LOCKOUT.ip.threshold)).toBe(60_000);
  });
});
