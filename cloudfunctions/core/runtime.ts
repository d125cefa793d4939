// The thin door of every cloud function: caller → role → payload → action, returning the envelope.
import * as z from 'zod/mini';
import { AppError, denied, errorEnvelope, invalid, okEnvelope, unauthenticated, type Envelope } from './errors';
import { roleMayCall, UNBOUND_ACTIONS, type FunctionName } from './permissions';
import type { Context, Identity } from './ports';
import type { AccountRecord } from './records';
import { parseOrThrow } from './validation';

export interface ActionDef<S extends z.ZodMiniType, R> {
  schema: S;
  unbound?: false;
  run: (ctx: Context, caller: AccountRecord, input: z.infer<S>) => Promise<R>;
}

/** Runs for a WeChat user who may not have an account yet (only `accounts.bind`). */
export interface UnboundActionDef<S extends z.ZodMiniType, R> {
  schema: S;
  unbound: true;
  run: (ctx: Context, caller: Identity, input: z.infer<S>) => Promise<R>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyAction = ActionDef<any, unknown> | UnboundActionDef<any, unknown>;

export interface FunctionDef {
  name: FunctionName;
  actions: Record<string, AnyAction>;
}

export function action<S extends z.ZodMiniType, R>(
  schema: S,
  run: ActionDef<S, R>['run'],
): ActionDef<S, R> {
  return { schema, run };
}

export function unboundAction<S extends z.ZodMiniType, R>(
  schema: S,
  run: UnboundActionDef<S, R>['run'],
): UnboundActionDef<S, R> {
  return { schema, unbound: true, run };
}

function splitAction(event: unknown): { name: unknown; payload: Record<string, unknown> } {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw invalid('请求内容应为 JSON 对象');
  }
  const { action: name, ...payload } = event as Record<string, unknown>;
  return { name, payload };
}

async function runChecked(fn: FunctionDef, event: unknown, identity: Identity, ctx: Context): Promise<unknown> {
  if (!identity.account && !identity.openid) throw unauthenticated('请先登录');
  if (identity.account && !identity.account.active) throw unauthenticated('账号已停用，请联系镇宣传办');
  const { name, payload } = splitAction(event);
  const known = typeof name === 'string' && Object.prototype.hasOwnProperty.call(fn.actions, name);
  const def = known ? fn.actions[name as string] : undefined;

  if (!identity.account) {
    // A WeChat user who has not bound an invite code yet may only bind.
    const unboundAllowed = known && (UNBOUND_ACTIONS[fn.name]?.includes(name as string) ?? false);
    if (!unboundAllowed) throw unauthenticated('请先用邀请码绑定账号');
  } else if (known && !roleMayCall(identity.account.role, fn.name, name as string)) {
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
