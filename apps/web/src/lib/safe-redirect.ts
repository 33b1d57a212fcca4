/**
 * Only same-site paths are followed after sign-in, so a crafted link cannot send a user elsewhere.
 * Browsers drop tabs and newlines from a URL and read "\" as "/", so "/\t/evil.example" and
 * "/\evil.example" would both become "//evil.example", another site: paths with either are refused.
 */
export function safeCallbackPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (!path?.startsWith("/") || path.startsWith("//") || /[\u0000-\u001f\u007f\\]/.test(path)) return "/";
  return path;
}
