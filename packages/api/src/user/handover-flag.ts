/** The columns that mark an account as waiting for a second administrator, or leave it be. */
export function handoverFlag(shown: boolean, adminId: string, now: Date) {
  return shown ? { handoverPendingBy: adminId, handoverPendingSince: now } : {};
}
