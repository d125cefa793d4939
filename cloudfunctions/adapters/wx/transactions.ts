// Multi-document steps of the store as cloud database transactions (Database.runTransaction; inside only doc() and
// add(): developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html). Each helper reads the
// documents it compares by key, so a concurrent change makes the commit fail and the platform rerun the body.
import type { LeadEvent, LeadRecord } from '../../core/leads/records';
import { COLLECTIONS as C, updateData } from './documents';
import { leadEventDoc } from './leadEvents';
import type { Doc, Transaction } from './sdk';

/** A document by key inside a transaction, or null (doc().get() rejects on a missing document). */
export async function txGet(tx: Transaction, collection: string, id: string): Promise<Doc | null> {
  try {
    return (await tx.collection(collection).doc(id).get()).data;
  } catch (err) {
    if (/does not exist/.test(String((err as Error).message))) return null;
    throw err;
  }
}

/** True when the stored document belongs to the township and still has `expectedVersion`. */
export async function txVersionMatches(
  tx: Transaction,
  collection: string,
  key: { id: string; townshipId: string },
  expectedVersion: number,
): Promise<boolean> {
  const doc = await txGet(tx, collection, key.id);
  return doc !== null && doc.townshipId === key.townshipId && doc.version === expectedVersion;
}

/** The lead at version + 1 and its audit line; the caller has compared the version in the same transaction. */
export async function txWriteLead(
  tx: Transaction,
  lead: LeadRecord,
  expectedVersion: number,
  event: LeadEvent,
): Promise<void> {
  await tx
    .collection(C.leads)
    .doc(lead.id)
    .update({ data: { ...updateData(lead), version: expectedVersion + 1 } });
  await tx.collection(C.leadEvents).add({ data: leadEventDoc(lead, expectedVersion + 1, event) });
}
