// A township without the demo (DESIGN 4.5): on an empty database, the township and its first `admin` with a random
// one-time password, written to DATA_DIR/initial-admin-password (mode 0600) and handed back to be printed once.
// The account must change it at its first login (mustChangePassword).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { newTownship, type AccountRecord } from '../../core/accounts/records';
import { hashPassword } from '../../shared/passwords';
import { accountToRow, insertSql } from './rows';
import type { LocalStore } from './store';

export const INITIAL_PASSWORD_FILE = 'initial-admin-password';
export const DEFAULT_TOWNSHIP_NAME = '本镇';
const ADMIN_USERNAME = 'admin';
/** No 0/O, 1/l/I: the password is read off a terminal and typed on a phone. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export interface FirstTownship {
  townshipName: string;
  username: string;
  password: string;
  passwordFile: string;
}

function randomPassword(length = 14): string {
  // Rejection sampling keeps every character equally likely.
  const chars: string[] = [];
  while (chars.length < length) {
    for (const byte of crypto.randomBytes(length * 2)) {
      if (byte < 256 - (256 % ALPHABET.length) && chars.length < length)
        chars.push(ALPHABET[byte % ALPHABET.length] as string);
    }
  }
  return chars.join('');
}

export async function createTownshipIfEmpty(
  store: LocalStore,
  options: { dataDir: string; townshipName: string; now: Date; newId: () => string },
): Promise<FirstTownship | null> {
  if (!store.isEmpty()) return null;
  const password = randomPassword();
  const passwordFile = path.join(options.dataDir, INITIAL_PASSWORD_FILE);
  const township = newTownship(`t_${options.newId()}`, options.townshipName);
  const admin: AccountRecord = {
    id: `a_${options.newId()}`,
    townshipId: township.id,
    unitId: null,
    role: 'admin',
    name: '管理员',
    phone: null,
    username: ADMIN_USERNAME,
    passwordHash: await hashPassword(password),
    openid: null,
    active: true,
    createdAt: options.now.toISOString(),
    mustChangePassword: true,
  };
  const created = store.transaction(() => {
    // Checked again inside the transaction: another process may have written meanwhile.
    if (!store.isEmpty()) return false;
    store.insertTownship(township);
    const row = accountToRow(admin);
    store.db.prepare(insertSql('accounts', row)).run(row);
    // Written inside the transaction: a password nobody can read must not leave an account behind.
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    fs.chmodSync(passwordFile, 0o600);
    return true;
  });
  return created ? { townshipName: township.name, username: ADMIN_USERNAME, password, passwordFile } : null;
}
