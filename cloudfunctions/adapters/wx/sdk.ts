// The slice of wx-server-sdk the adapter uses, typed by us so tests can hand in a double:
// the real SDK is only `require`d inside a deployed cloud function (offline calls crash Node, see TOOLCHAIN.md).

/** A field-level operator (`_.gt(0)`, `_.in([...])`) or a logical one (`_.and([...])`, `_.or([...])`). */
export type DbCommand = object;

/** A where() condition: field → value or command, or a logical command at the top. */
export type Condition = Record<string, unknown> | DbCommand;

export interface DbCommandFactory {
  eq(value: unknown): DbCommand;
  in(values: unknown[]): DbCommand;
  gt(value: unknown): DbCommand;
  gte(value: unknown): DbCommand;
  lt(value: unknown): DbCommand;
  neq(value: unknown): DbCommand;
  and(conditions: Condition[]): DbCommand;
  or(conditions: Condition[]): DbCommand;
  /** Update operator: adds `n` to a numeric field atomically. */
  inc(n: number): DbCommand;
}

/** Every stored document has a string `_id`; documents written from a mini program also get `_openid`. */
export type Doc = { _id: string } & Record<string, unknown>;

export interface UpdateResult {
  stats: { updated: number };
}

export interface DocRef {
  /** Rejects when no document has this `_id` (as the real SDK does). */
  get(): Promise<{ data: Doc }>;
  /** Creates or replaces the document; `data` must not carry `_id`. */
  set(options: { data: Record<string, unknown> }): Promise<unknown>;
  update(options: { data: Record<string, unknown> }): Promise<UpdateResult>;
  remove(): Promise<{ stats: { removed: number } }>;
}

export interface Query {
  where(condition: Condition): Query;
  orderBy(field: string, direction: 'asc' | 'desc'): Query;
  /** The server SDK answers at most 1000 documents per get (100 when no limit is given). */
  limit(n: number): Query;
  get(): Promise<{ data: Doc[] }>;
  /** Updates every matching document; `stats.updated` says how many changed. */
  update(options: { data: Record<string, unknown> }): Promise<UpdateResult>;
  /** How many documents match (not capped like get). */
  count(): Promise<{ total: number }>;
}

export interface CollectionRef extends Query {
  doc(id: string): DocRef;
  /** Rejects when `data._id` is already taken: the basis of our race-safe inserts. */
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>;
}

/** A regular-expression value for where() (`db.RegExp({ regexp, options: 'i' })`). */
export type DbRegExp = object;

export interface Database {
  collection(name: string): CollectionRef;
  readonly command: DbCommandFactory;
  RegExp(options: { regexp: string; options?: string }): DbRegExp;
}

export interface TempFileItem {
  fileID: string;
  tempFileURL: string;
  /** 0 when the URL was issued. */
  status: number;
  errMsg?: string;
}

export interface WxContext {
  OPENID?: string;
  APPID?: string;
  UNIONID?: string;
  ENV?: string;
}

export interface WxCloud {
  /** A symbol in the real SDK's types, hence the cast at init. */
  readonly DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: string }): void;
  database(): Database;
  getTempFileURL(options: { fileList: (string | { fileID: string; maxAge: number })[] }): Promise<{
    fileList: TempFileItem[];
  }>;
  getWXContext(): WxContext;
}
