/** A new row's `authored` columns: written by `userId` at `at`, and not changed since. */
export const authoredBy = (userId: string, at: Date) => ({
  createdBy: userId,
  createdAt: at,
  updatedBy: userId,
  updatedAt: at,
});
