import nodemailer from "nodemailer";
import { describe, expect, it } from "vitest";
import { parseApiEnv } from "../src/env";
import { sendSetPasswordMail } from "../src/mail";

const MAIL = {
  to: "ruta@example.org",
  name: "Rūta",
  link: "https://kelias.example.org/set-password?token=abc",
  purpose: "invite" as const,
};

describe("set-password emails", () => {
  it("are sent through the configured SMTP server, with the link, in English and Lithuanian", async () => {
    const sent: unknown[] = [];
    const result = await sendSetPasswordMail(
      { smtp: { url: "smtp://mail.example.org:587", from: "Kelias <no-reply@example.org>" } },
      MAIL,
      (url) => {
        expect(url).toBe("smtp://mail.example.org:587");
        // nodemailer's own JSON transport: the message as it would go out, without a server.
        const transport = nodemailer.createTransport({ jsonTransport: true });
        const send = transport.sendMail.bind(transport);
        transport.sendMail = (async (message: Parameters<typeof send>[0]) => {
          const info = await send(message);
          sent.push(JSON.parse(String(info.message)));
          return info;
        }) as typeof transport.sendMail;
        return transport;
      },
    );
    expect(result).toBe("sent");
    expect(sent).toEqual([
      expect.objectContaining({
        from: { address: "no-reply@example.org", name: "Kelias" },
        to: [{ address: "ruta@example.org", name: "" }],
        subject: expect.stringContaining("Kelias"),
        text: expect.stringContaining(MAIL.link),
      }),
    ]);
    expect((sent[0] as { text: string }).text).toContain("Slaptažodį");
  });

  it("are not sent without an SMTP server, and a failure to send is reported, not thrown", async () => {
    expect(await sendSetPasswordMail({ smtp: null }, MAIL)).toBe("not_configured");
    const failing = await sendSetPasswordMail(
      { smtp: { url: "smtp://mail.example.org", from: "no-reply@example.org" } },
      MAIL,
      () => ({ sendMail: () => Promise.reject(new Error("connection refused")) }) as never,
    );
    expect(failing).toBe("failed");
  });
});

describe("the API's environment", () => {
  it("reads SMTP settings and the app's address", () => {
    expect(parseApiEnv({})).toEqual({
      smtp: null,
      appUrl: "http://localhost:3000",
      handoverSigningKey: null,
      travelDocumentExpiryWarningDays: 30,
    });
    expect(parseApiEnv({ TRAVEL_DOCUMENT_EXPIRY_WARNING_DAYS: "45" }).travelDocumentExpiryWarningDays).toBe(
      45,
    );
    expect(
      parseApiEnv({
        SMTP_URL: "smtps://user:pw@mail.example.org:465",
        SMTP_FROM: "no-reply@example.org",
        NEXTAUTH_URL: "https://kelias.example.org/",
      }),
    ).toEqual({
      smtp: { url: "smtps://user:pw@mail.example.org:465", from: "no-reply@example.org" },
      appUrl: "https://kelias.example.org",
      handoverSigningKey: null,
      travelDocumentExpiryWarningDays: 30,
    });
  });

  it("names a malformed or missing variable", () => {
    expect(() => parseApiEnv({ SMTP_URL: "http://mail.example.org" })).toThrow(/SMTP_URL/);
    expect(() => parseApiEnv({ SMTP_URL: "smtp://mail.example.org" })).toThrow(/SMTP_FROM/);
  });
});
