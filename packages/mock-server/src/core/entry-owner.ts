/**
 * Which key a journal entry belongs to (issue #12 item 2): kept beside the entries, not in them, so
 * the journal shapes (and snapshots) stay as the contract declares them. Entries whose owner is not
 * known (restored from a snapshot, open mock) are visible only to a full-access control caller.
 */
const owners = new WeakMap<object, string | null>();

/** Records the owner (a key digest, `null` for none) of a journal entry. */
export function setEntryOwner(entry: object, owner: string | null | undefined): void {
  if (owner) owners.set(entry, owner);
}

/** The owner recorded for an entry, if any. */
export function entryOwner(entry: object): string | undefined {
  return owners.get(entry) ?? undefined;
}
