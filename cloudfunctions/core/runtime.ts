// The thin door of every cloud function: caller → role → payload → action, returning the envelope.
// Each action declares who may call it, its payload schema and its service in ONE place (`action({...})`); the
// role check here, the app's typed `call` (functions/api.ts) and docs/api.md all read that declaration.
import type * as z from 'zod/mini';
import { AppError, denied, errorEnvelope, invalid, okEnvelope, unauthenticated, type Envelope } from './errors';
import type { Context, Identity } from './ports';
import type { AccountRecord } from './accounts/records';
import { parseOrThrow } from './validation';
import type { Role } from './vocabulary';

/** Who may call an action (DESIGN 4.3); anyone else gets PERMISSION_DENIED before the payload is read. */
export type Roles = readonly Role[];
export const EVERYONE: Roles = ['reporter', 'editor', 'admin'];
export const DESK: Roles = ['editor', 'admin'];
export const ADMIN: Roles = ['admin'];

export interface ActionDef<S extends z.ZodMiniType, R> {
  roles: Roles;
  schema: S;
  unbound?: false;
  run: (ctx: Context, caller: AccountRecord, input: z.infer<S>) => Promise<R>;
}

/**
 * Also runs for a WeChat user who has no account yet (only `accounts.bind`); `roles` still say which bound
 * accounts may call it.
 */
export interface UnboundActionDef<S extends z.ZodMiniType, R> {
  roles: Roles;
  schema: S;
  unbound: true;
  run: (ctx: Context, caller: Identity, input: z.infer<S>) => Promise<R>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = ActionDef<any, unknown> | UnboundActionDef<any, unknown>;
export type ActionTable = Record<string, AnyAction>;

export interface FunctionDef<A extends ActionTable = ActionTable> {
  name: string;
  actions: A;
}

export function action<S extends z.ZodMiniType, R>(def: Omit<ActionDef<S, R>, 'unbound'>): ActionDef<S, R> {
  return def;
}

export function unboundAction<S extends z.ZodMiniType, R>(
  def: Omit<UnboundActionDef<S, R>, 'unbound'>,
): UnboundActionDef<S, R> {
  return { ...def, unbound: true };
}

/** Keeps the literal action names and each action's types, so the app's `call` can be derived from the table. */
export function defineFunction<N extends string, A extends ActionTable>(name: N, actions: A): { name: N; actions: A } {
  return { name, actions };
}

/** What a caller sends (before defaults and trimming) and what the action answers. */
export type PayloadOf<D> = D extends { schema: infer S extends z.ZodMiniType } ? z.input<S> : never;
export type ResultOf<D> = D extends { run: (...args: never[]) => Promise<infer R> } ? R : never;

function splitAction(event: unknown): { name: unknown; payload: Record<string, unknown> } {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw invalid('请求内容应为 JSON 对象');
  }
  const { action: name, ...payload } = event as Record<string, unknown>;
  return { name, payload };
}

function actionNamed(fn: FunctionDef, name: unknown): AnyAction | undefined {
  const known = typeof name === 'string' && Object.prototype.hasOwnProperty.call(fn.actions, name);
  return known ? fn.actions[name as string] : undefined;
}

async function runChecked(fn: FunctionDef, event: unknown, identity: Identity, ctx: Context): Promise<unknown> {
  if (!identity.account && !identity.openid) throw unauthenticated('请先登录');
  if (identity.account && !identity.account.active) throw unauthenticated('账号已停用，请联系镇宣传办');
  const { name, payload } = splitAction(event);
  const def = actionNamed(fn, name);

  if (!identity.account) {
    // A WeChat user who has not bound an invite code yet may only bind.
    if (!def?.unbound) throw unauthenticated('请先用邀请码绑定账号');
  } else if (def && !def.roles.includes(identity.account.role)) {
    throw denied();
  }
  if (!def) {
    throw invalid(typeof name === 'string' && name ? `未知的操作：${name}` : '请求缺少操作名 action', {
      actions: Object.keys(fn.actions),
    });
  }
  const input = parseOrThrow(def.schema, payload);
  if (def.unbound) return def.run(ctx, identity, input);
  return def.run(ctx, identity.account as AccountRecord, input);
}

/** Runs one call of a function and always answers with the envelope of DESIGN 4.1. */
export async function dispatch(
  fn: FunctionDef,
  event: unknown,
  identity: Identity,
  ctx: Context,
  onUnexpected: (err: unknown) => void = (err) => console.error(err),
): Promise<Envelope<unknown>> {
  try {
    return okEnvelope(await runChecked(fn, event, identity, ctx));
  } catch (err) {
    if (!(err instanceof AppError)) onUnexpected(err);
    return errorEnvelope(err);
  }
}
