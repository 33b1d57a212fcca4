export async function register() {
  // Only the Node.js server owns the database; other runtimes have nothing to start.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { boot } = await import("@kelias/api/server");
    await boot();
  }
}
