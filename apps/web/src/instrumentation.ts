export async function register() {
  // Only the Node.js server owns the database; other runtimes have nothing to start. A failed start
  // ends the process (Next.js itself would log it and serve errors).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { bootOrExit } = await import("@kelias/api/server");
    await bootOrExit();
  }
}
