// Payloads of the accounts function: binding, invites, account lists, the admin's editing, and the host's login.
import * as z from 'zod/mini';
import { dateSchema, idSchema, pageShape, plainString, text } from '../fields';
import { PLATFORM_KINDS, ROLES, TRAINING_KIND, UNIT_KINDS } from '../vocabulary';

export const PHONE_LENGTH = 11;
export const phoneSchema = z
  .string()
  .check(z.trim(), z.regex(/^1\d{10}$/, { error: `手机号应为${PHONE_LENGTH}位数字` }));

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
export const ACCOUNT_NAME_MAX = 20;
export const USERNAME_MAX = 32;
/** What the login form accepts as a username (older accounts may be longer than USERNAME_MAX). */
export const LOGIN_NAME_MAX = 64;
export const INVITE_CODE_MAX = 32;
export const UNIT_NAME_MAX = 30;

/** A username someone chooses (admin or invite): letters, digits and a few marks, so it can be typed anywhere. */
export const usernameSchema = plainString().check(
  z.trim(),
  z.regex(/^[A-Za-z0-9_.-]{3,32}$/, { error: `用户名为3到${USERNAME_MAX}位字母、数字、下划线、点或短横线` }),
);

/** A password someone chooses: 8 to 128 characters, taken as typed (never trimmed). */
export const passwordSchema = plainString().check(
  z.minLength(PASSWORD_MIN, { error: `密码至少${PASSWORD_MIN}位` }),
  z.maxLength(PASSWORD_MAX, { error: `密码不能超过${PASSWORD_MAX}位` }),
);

/** accounts.changePassword: the caller's own password, proven by the current one. */
export const changePasswordSchema = z
  .strictObject({
    oldPassword: plainString().check(z.minLength(1), z.maxLength(PASSWORD_MAX)),
    newPassword: passwordSchema,
  })
  .check(z.refine((v) => v.oldPassword !== v.newPassword, { error: '新密码不能与原密码相同', path: ['newPassword'] }));
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** accounts.get (admin): one account, for editing. */
export const getAccountSchema = z.strictObject({ id: idSchema });
export type GetAccountInput = z.infer<typeof getAccountSchema>;

/**
 * Creates an account (no `id`) or changes one: on a change, an absent field keeps its value and `null` clears it.
 * `active: false` deactivates: the account can no longer log in or call functions, its records stay.
 */
export const saveAccountSchema = z.strictObject({
  id: z.optional(idSchema),
  name: text(ACCOUNT_NAME_MAX),
  phone: z.optional(z.nullable(phoneSchema)),
  role: z.enum(ROLES),
  unitId: z.optional(z.nullable(idSchema)),
  username: z.optional(z.nullable(usernameSchema)),
  password: z.optional(passwordSchema),
  active: z.optional(z.boolean()),
});
export type SaveAccountInput = z.infer<typeof saveAccountSchema>;

export const saveUnitSchema = z.strictObject({
  id: z.optional(idSchema),
  name: text(UNIT_NAME_MAX),
  kind: z.enum(UNIT_KINDS),
  /** The unit's own publicity platforms; `[]` when it has none. */
  platforms: z.array(z.enum(PLATFORM_KINDS)).check(
    z.maxLength(PLATFORM_KINDS.length),
    z.refine((list) => new Set(list).size === list.length, { error: '平台不能重复选择' }),
  ),
  /**
   * The day each platform started (YYYY-MM-DD, not after today); a platform left out keeps its day, or starts
   * today when it is new. Figures of a period count a platform only from that day.
   */
  platformSince: z.optional(z.partialRecord(z.enum(PLATFORM_KINDS), dateSchema)),
  /** false deactivates the unit from today on (it leaves later periods' figures), true reactivates it. */
  active: z.optional(z.boolean()),
});
export type SaveUnitInput = z.infer<typeof saveUnitSchema>;

/** The longest aging threshold: a month of hours. */
export const AGING_HOURS_MAX = 720;

const hours = (label: string) =>
  z
    .int({ error: `${label}须为整数小时` })
    .check(
      z.gte(1, { error: `${label}至少1小时` }),
      z.lte(AGING_HOURS_MAX, { error: `${label}不能超过${AGING_HOURS_MAX}小时` }),
    );

/** A township's list of short names (summary sections, categories): each 1–10 characters, no repeats. */
const nameList = (label: string, maxItems: number) =>
  z
    .array(
      plainString({ error: `${label}须为文字` }).check(
        z.trim(),
        z.minLength(1, { error: `${label}不能为空` }),
        z.maxLength(10, { error: `每个${label}不能超过10个字` }),
      ),
      { error: `${label}须为列表` },
    )
    .check(
      z.minLength(1, { error: `至少保留1个${label}` }),
      z.maxLength(maxItems, { error: `${label}最多${maxItems}个` }),
      z.refine((list) => new Set(list).size === list.length, { error: `${label}不能重复` }),
    );

/**
 * The township's settings (accounts.saveTownship); an absent field keeps its value. Removing a category or a
 * section never touches existing leads: they keep the name they were filed under.
 */
export const saveTownshipSchema = z.strictObject({
  agingHours: z.optional(
    z
      .strictObject(
        { amber: hours('黄色提醒'), red: hours('红色提醒') },
        { error: '超时提醒须包含黄色和红色两个小时数' },
      )
      .check(z.refine((h) => h.amber < h.red, { error: '黄色提醒的小时数须小于红色提醒', path: ['red'] })),
  ),
  highlightSections: z.optional(nameList('亮点栏目', 8)),
  categories: z.optional(nameList('类别', 30)),
  /** Kinds activities are recorded under; trainings are activities of TRAINING_KIND, so it always stays. */
  activityKinds: z.optional(
    nameList('活动类型', 20).check(
      z.refine((list) => list.includes(TRAINING_KIND), {
        error: `活动类型须保留“${TRAINING_KIND}”：培训记录都属于这一类型`,
      }),
    ),
  ),
  /** The issuing body at the end of the summary document, e.g. 中共X镇委员会; '' derives it from the name. */
  issuer: z.optional(plainString().check(z.trim(), z.maxLength(40, { error: '发文机关最多40字' }))),
  retentionDays: z.optional(
    z
      .int({ error: '保存期限须为整数天' })
      .check(z.gte(30, { error: '保存期限至少30天' }), z.lte(3650, { error: '保存期限不能超过3650天' })),
  ),
  /** The local moderator's words (DESIGN 4.5): a lead containing one reaches the queue marked for review. */
  moderationWords: z.optional(
    z
      .array(
        plainString({ error: '审核词须为文字' }).check(
          z.trim(),
          z.minLength(1, { error: '审核词不能为空' }),
          z.maxLength(20, { error: '每个审核词不能超过20个字' }),
        ),
        { error: '审核词须为列表' },
      )
      .check(
        z.maxLength(200, { error: '审核词最多200个' }),
        z.refine((list) => new Set(list).size === list.length, { error: '审核词不能重复' }),
      ),
  ),
});
export type SaveTownshipInput = z.infer<typeof saveTownshipSchema>;

const inviteCodeSchema = plainString().check(z.trim(), z.minLength(4), z.maxLength(INVITE_CODE_MAX));

export const bindSchema = z.strictObject({
  code: inviteCodeSchema,
  name: text(ACCOUNT_NAME_MAX),
  phone: phoneSchema,
});
export type BindInput = z.infer<typeof bindSchema>;

/** POST /api/redeem on the local host: an invite code turned into a username-and-password account. */
export const redeemInviteSchema = z.strictObject({
  code: inviteCodeSchema,
  name: text(ACCOUNT_NAME_MAX),
  phone: z.optional(z.nullable(phoneSchema)),
  username: usernameSchema,
  password: passwordSchema,
});
export type RedeemInviteInput = z.infer<typeof redeemInviteSchema>;

export const listAccountsSchema = z.strictObject({
  ...pageShape,
  role: z.optional(z.enum(ROLES)),
  unitId: z.optional(idSchema),
  active: z.optional(z.boolean()),
});
export type ListAccountsInput = z.infer<typeof listAccountsSchema>;

export const inviteSchema = z.strictObject({
  unitId: z.optional(z.nullable(idSchema)),
  role: z.enum(ROLES),
  expiresInDays: z.optional(z.int().check(z.gte(1), z.lte(365))),
  uses: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const loginSchema = z.strictObject({
  username: plainString().check(z.trim(), z.minLength(1), z.maxLength(LOGIN_NAME_MAX)),
  password: plainString().check(z.minLength(1), z.maxLength(PASSWORD_MAX)),
});
export type LoginInput = z.infer<typeof loginSchema>;

/** accounts.exportPersonalData and accounts.erasePersonalData: whose data. */
export const personalDataSchema = z.strictObject({ accountId: idSchema });
export type PersonalDataInput = z.infer<typeof personalDataSchema>;
