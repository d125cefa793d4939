// Whose a township record is and who made it when, for records saved both new and as an edit of an earlier one.

interface Maker {
  id: string;
  townshipId: string;
}

export interface Provenance {
  id: string;
  townshipId: string;
  createdBy: string;
  createdAt: string;
}

/**
 * An edit keeps the record's id, maker and creation time, so an edit by someone else never re-attributes it; a new
 * record gets a fresh id, the caller as maker and `at` as its creation time. Both belong to the caller's township.
 */
export function provenance(
  ids: { newId(): string },
  caller: Maker,
  replaced: Omit<Provenance, 'townshipId'> | null | undefined,
  at: string,
): Provenance {
  return {
    id: replaced?.id ?? ids.newId(),
    townshipId: caller.townshipId,
    createdBy: replaced?.createdBy ?? caller.id,
    createdAt: replaced?.createdAt ?? at,
  };
}
