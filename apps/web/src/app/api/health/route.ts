import { health } from "@kelias/api/server";

export const dynamic = "force-dynamic";

export async function GET() {
  const result = await health();
  return Response.json(
    { status: result.ok ? "ok" : "unavailable", database: result.database },
    { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
