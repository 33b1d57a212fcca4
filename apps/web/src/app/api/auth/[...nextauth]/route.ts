import { authOptions } from "@kelias/auth";
import NextAuth from "next-auth";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// next-auth 4 reads the route params synchronously; Next 16 hands them over as a promise.
const handler: Handler = async (req, ctx) => {
  const params = await ctx.params;
  return (
    NextAuth(authOptions()) as unknown as (r: Request, c: { params: typeof params }) => Promise<Response>
  )(req, { params });
};

export { handler as GET, handler as POST };
