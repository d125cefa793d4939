// Account lists and admin edits in SQL (the store's accounts half).
import { conflict } from '../../core/errors';
import { accountCursorKey, type AccountQuery } from '../../core/accounts/ports';
import { pageOf, type Page } from '../../core/cursor';
import type { AccountEvent, AccountRecord } from '../../core/accounts/records';
import type { Db } from './db';
import { flag, pageLimit, Where } from './where';
import { accountFromRow, accountToRow, type Row } from './rows';

/** Keyset pages by [name, id], filtered by role, unit and active flag. */
export function listAccountsPage(db: Db, query: AccountQuery): Page<AccountRecord> {
  const where = new Where()
    .add('township_id = ?', query.townshipId)
    .equal('role', query.role)
    .equal('unit_id', query.unitId)
    .equal('active', flag(query.active));
  if (query.after) where.add('(name, id) > (?, ?)', String(query.after[0]), String(query.after[1]));
  const limit = pageLimit(query.limit);
  const rows = db
    .prepare(`SELECT * FROM accounts WHERE ${where} ORDER BY name, id LIMIT ?`)
    .all(...where.params, limit + 1) as Row[];
  return pageOf(rows, limit, (kept) => kept.map(accountFromRow), accountCursorKey);
}

/**
 * Rewrites an account of its township; the openid and creation date never change here. A new password or a
 * deactivation raises the credentials version in the same statement, which ends every earlier login token.
 */
export function updateAccountRow(db: Db, account: AccountRecord): void {
  const row = accountToRow(account);
  try {
    db.prepare(
      `UPDATE accounts SET unit_id = @unit_id, role = @role, name = @name, phone = @phone, username = @username,
         credentials_version = credentials_version
           + (password_hash IS NOT @password_hash OR (active = 1 AND @active = 0)),
         password_hash = @password_hash, active = @active, must_change_password = @must_change_password
       WHERE id = @id AND township_id = @township_id`,
    ).run(row);
  } catch (err) {
    // Two admins giving one username at once: the constraint decides, the caller gets a conflict to explain.
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') throw conflict('这个用户名已被使用，请换一个');
    throw err;
  }
}

/** The erasure (store.eraseAccount): clears the openid too, which no admin edit may, and ends every token. */
export function eraseAccountRow(db: Db, account: AccountRecord, event: AccountEvent): void {
  db.transaction(() => {
    db.prepare(
      `UPDATE accounts SET name = @name, phone = NULL, openid = NULL, username = NULL, password_hash = NULL,
         active = 0, must_change_password = 0, credentials_version = credentials_version + 1
       WHERE id = @id AND township_id = @township_id`,
    ).run({ id: account.id, township_id: account.townshipId, name: account.name });
    db.prepare(
      `INSERT INTO account_events (township_id, account_id, at, by, kind, note)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(account.townshipId, account.id, event.at, event.by, event.kind, event.note);
  })();
}

export function accountEventRows(db: Db, townshipId: string, accountId: string): AccountEvent[] {
  return db
    .prepare(`SELECT at, by, kind, note FROM account_events WHERE township_id = ? AND account_id = ? ORDER BY seq`)
    .all(townshipId, accountId) as AccountEvent[];
}
