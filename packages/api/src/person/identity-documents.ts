import { type Executor, personIdentityDocuments } from "@kelias/db";
import type { IdentityDocumentInput } from "@kelias/domain";
import { asc, eq, inArray } from "drizzle-orm";

const documentKey = (d: { type: string; issuingCountry: string; number: string }) =>
  `${d.type} ${d.issuingCountry} ${d.number}`;

/** Makes the person's documents the given list, keeping the rows (and who added them) that stay. */
export async function replaceDocuments(
  tx: Executor,
  actorId: string,
  personId: string,
  documents: readonly IdentityDocumentInput[],
) {
  const existing = await tx
    .select()
    .from(personIdentityDocuments)
    .where(eq(personIdentityDocuments.personId, personId));
  const wanted = new Map(documents.map((d, position) => [documentKey(d), { ...d, position }]));
  const gone = existing.filter((row) => !wanted.has(documentKey(row)));
  if (gone.length > 0) {
    await tx.delete(personIdentityDocuments).where(
      inArray(
        personIdentityDocuments.id,
        gone.map((row) => row.id),
      ),
    );
  }
  for (const [key, document] of wanted) {
    const row = existing.find((r) => documentKey(r) === key);
    if (!row) {
      await tx.insert(personIdentityDocuments).values({ ...document, personId, createdBy: actorId });
    } else if (row.position !== document.position || row.expiresOn !== document.expiresOn) {
      await tx
        .update(personIdentityDocuments)
        .set({ position: document.position, expiresOn: document.expiresOn })
        .where(eq(personIdentityDocuments.id, row.id));
    }
  }
}

/** The person's identity documents as their record and its history show them, in the order listed. */
export async function identityDocumentsOf(tx: Executor, personId: string) {
  return tx
    .select({
      type: personIdentityDocuments.type,
      number: personIdentityDocuments.number,
      issuingCountry: personIdentityDocuments.issuingCountry,
      expiresOn: personIdentityDocuments.expiresOn,
    })
    .from(personIdentityDocuments)
    .where(eq(personIdentityDocuments.personId, personId))
    .orderBy(asc(personIdentityDocuments.position));
}
