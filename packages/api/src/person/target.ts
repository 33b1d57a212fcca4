/** The target of an audit entry about one person. */
export const personTarget = (personId: string) => ({ entityType: "person", entityId: personId });

/** The target of lists, searches and the duplicate check: about people, no one in particular. */
export const peopleTarget = { entityType: "person" } as const;
