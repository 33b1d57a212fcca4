import { describe, expect, it } from "vitest";
import { checkNewPassword } from "../src/password-policy";

const who = { email: "ruta.kazlauskiene@example.org", name: "Rūta Kazlauskienė" };

describe("checkNewPassword", () => {
  it("accepts a long passphrase", () => {
    expect(checkNewPassword("correct horse battery staple", who)).toEqual({ ok: true });
    expect(checkNewPassword(`${"x".repeat(5)}Tq9!mZ2#pL`, {})).toEqual({ ok: true });
  });

  it("counts characters, not bytes, for the length rules", () => {
    expect(checkNewPassword("šįžėūčąęšįž", {})).toEqual({ ok: false, reason: "too_short" });
    expect(checkNewPassword("žvejys plaukė į jūrą", {})).toEqual({ ok: true });
    expect(checkNewPassword("a1b2c3d4e5f", {})).toEqual({ ok: false, reason: "too_short" });
    expect(checkNewPassword(`${"word-".repeat(25)}xyzw`, {})).toEqual({ ok: false, reason: "too_long" });
    expect(checkNewPassword(`${"wordy-".repeat(21)}xy`, {})).toEqual({ ok: true });
  });

  it.each([
    "qwerty123456",
    "1qaz2wsx3edc",
    "LeaveMeAlone",
    "aaaaaaaaaaaa",
    "abcabcabcabc",
    "dragon2024!!!",
    "Password123456",
  ])("refuses the common or guessable %s", (password) => {
    expect(checkNewPassword(password, {})).toEqual({ ok: false, reason: "common" });
  });

  it("refuses a password containing the email's local part or a name, ignoring case and accents", () => {
    expect(checkNewPassword("my-Kazlauskiene-secret", who)).toEqual({
      ok: false,
      reason: "contains_identity",
    });
    expect(checkNewPassword("ruta loves long walks", who)).toEqual({
      ok: false,
      reason: "contains_identity",
    });
    expect(checkNewPassword("ruta.kazlauskiene", who)).toEqual({ ok: false, reason: "contains_identity" });
    expect(checkNewPassword("ruta loves long walks", {})).toEqual({ ok: true });
  });
});
