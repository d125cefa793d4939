// Payloads of the admin's account and unit editing (accounts.save, accounts.saveUnit).
import * as z from 'zod/mini';
import { idSchema, phoneSchema, text } from '../schemas';
import { PLATFORM_KINDS, ROLES, UNIT_KINDS } from '../vocabulary';

export const PASSWORD_MIN = 8;

/**
 * Creates an account (no `id`) or changes one: on a change, an absent field keeps its value and `null` clears it.
 * `active: false` deactivates: the account can no longer log in or call functions, its records stay.
 */
export const saveAccountSchema = z.strictObject({
  id: z.optional(idSchema),
  name: text(20),
  phone: z.optional(z.nullable(phoneSchema)),
  role: z.enum(ROLES),
  unitId: z.optional(z.nullable(idSchema)),
  username: z.optional(
    z.nullable(
      z.string().check(
        z.trim(),
        z.regex(/^[A-Za-z0-9_.-]{3,32}$/, { error: '用户名为3到32位字母、数字、下划线、点或短横线' }),
      ),
    ),
  ),
  password: z.optional(
    z.string().check(
      z.minLength(PASSWORD_MIN, { error: `密码至少${PASSWORD_MIN}位` }),
      z.maxLength(128, { error: '密码不能超过128位' }),
    ),
  ),
  active: z.optional(z.boolean()),
});

export const saveUnitSchema = z.strictObject({
  id: z.optional(idSchema),
  name: text(30),
  kind: z.enum(UNIT_KINDS),
  /** The unit's own publicity platforms; `[]` when it has none. */
  platforms: z.array(z.enum(PLATFORM_KINDS)).check(
    z.maxLength(PLATFORM_KINDS.length),
    z.refine((list) => new Set(list).size === list.length, { error: '平台不能重复选择' }),
  ),
});

export type SaveAccountInput = z.infer<typeof saveAccountSchema>;
export type SaveUnitInput = z.infer<typeof saveUnitSchema>;
