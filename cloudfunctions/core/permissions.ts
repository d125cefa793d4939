// Who may call what (DESIGN 4.3): the single table every function consults before reading its payload.
import type { Role } from './vocabulary';

export type FunctionName = 'accounts' | 'leads' | 'articles' | 'stats' | 'trainings';

const REPORTER: Partial<Record<FunctionName, readonly string[]>> = {
  accounts: ['me', 'bind', 'units'],
  leads: ['submit', 'mine', 'get', 'reply'],
  articles: ['get'],
};

const EDITOR: Partial<Record<FunctionName, readonly string[] | '*'>> = {
  accounts: ['me', 'units', 'list'],
  leads: '*',
  articles: '*',
  stats: '*',
  trainings: '*',
};

export function roleMayCall(role: Role, fn: FunctionName, action: string): boolean {
  if (role === 'admin') return true;
  if (role === 'editor') {
    const allowed = EDITOR[fn];
    return allowed === '*' || (allowed?.includes(action) ?? false);
  }
  return REPORTER[fn]?.includes(action) ?? false;
}

/** Actions a WeChat user may call before binding an account. */
export const UNBOUND_ACTIONS: Partial<Record<FunctionName, readonly string[]>> = { accounts: ['bind'] };
