import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// On every response. The Content-Security-Policy (with a per-request nonce) and, over HTTPS,
// Strict-Transport-Security are set by src/proxy.ts; X-Frame-Options backs up frame-ancestors for
// old browsers.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
];

const config: NextConfig = {
  transpilePackages: ["@kelias/domain", "@kelias/db", "@kelias/api", "@kelias/auth"],
  // Native or WASM packages are loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "pdfkit"],
  poweredByHeader: false,
  // Types are checked by the workspace's own `typecheck` task (tsc, strict), which runs before the
  // build in `npm test`; checking them again inside `next build` would only double the time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default withNextIntl(config);
