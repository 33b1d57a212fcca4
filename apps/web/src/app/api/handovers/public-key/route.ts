import { handoverPublicKey } from "@kelias/api/server";

/**
 * The public key (PEM) that verifies this office's handover packages, for the receiving office:
 * public by nature, so served without a session; 404 when no signing key is configured.
 */
export function GET() {
  const key = handoverPublicKey();
  if (!key) return new Response("No handover signing key is configured.", { status: 404 });
  return new Response(key.pem, {
    headers: {
      "Content-Type": "application/x-pem-file",
      "Content-Disposition": 'attachment; filename="kelias-handover-public-key.pem"',
      "X-Key-Fingerprint-SHA256": key.fingerprint,
      "Cache-Control": "no-cache",
    },
  });
}
