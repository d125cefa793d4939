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
  lte(value: unknown): DbCommand;
  neq(value: unknown): DbCommand;
  /** Whether the field is present at all (Command.exists). */
  exists(present: boolean): DbCommand;
  and(conditions: Condition[]): DbCommand;
  or(conditions: Condition[]): DbCommand;
  /** Update operator: adds `n` to a numeric field atomically. */
  inc(n: number): DbCommand;
  /** Expression operators and accumulators of aggregation pipelines (`db.command.aggregate`, often named `$`). */
  readonly aggregate: AggregateCommandFactory;
}

/**
 * An aggregation expression: a `'$field'` path, a `'$$variable'`, a literal, or what an AggregateCommandFactory method
 * returns. Objects built from these (group keys, project specs) are expressions too.
 */
export type AggExpr = unknown;

/** The `db.command.aggregate` operators the stats adapter uses; each takes MongoDB's argument shape. */
export interface AggregateCommandFactory {
  // accumulators (group)
  sum(e: AggExpr): AggExpr;
  max(e: AggExpr): AggExpr;
  min(e: AggExpr): AggExpr;
  first(e: AggExpr): AggExpr;
  push(e: AggExpr): AggExpr;
  addToSet(e: AggExpr): AggExpr;
  // comparison and logic
  eq(args: [AggExpr, AggExpr]): AggExpr;
  neq(args: [AggExpr, AggExpr]): AggExpr;
  gt(args: [AggExpr, AggExpr]): AggExpr;
  gte(args: [AggExpr, AggExpr]): AggExpr;
  lt(args: [AggExpr, AggExpr]): AggExpr;
  lte(args: [AggExpr, AggExpr]): AggExpr;
  in(args: [AggExpr, AggExpr]): AggExpr;
  and(args: AggExpr[]): AggExpr;
  or(args: AggExpr[]): AggExpr;
  cond(spec: { if: AggExpr; then: AggExpr; else: AggExpr }): AggExpr;
  switch(spec: { branches: { case: AggExpr; then: AggExpr }[]; default: AggExpr }): AggExpr;
  ifNull(args: [AggExpr, AggExpr]): AggExpr;
  literal(value: unknown): AggExpr;
  // arithmetic
  add(args: AggExpr[]): AggExpr;
  subtract(args: [AggExpr, AggExpr]): AggExpr;
  multiply(args: AggExpr[]): AggExpr;
  divide(args: [AggExpr, AggExpr]): AggExpr;
  // arrays and strings
  size(e: AggExpr): AggExpr;
  arrayElemAt(args: [AggExpr, AggExpr]): AggExpr;
  slice(args: [AggExpr, AggExpr]): AggExpr;
  setDifference(args: [AggExpr, AggExpr]): AggExpr;
  map(spec: { input: AggExpr; as: string; in: AggExpr }): AggExpr;
  reduce(spec: { input: AggExpr; initialValue: AggExpr; in: AggExpr }): AggExpr;
  concat(args: AggExpr[]): AggExpr;
  strLenCP(e: AggExpr): AggExpr;
  // dates: ISO strings become dates to subtract (milliseconds) or to print in a time zone
  dateFromString(spec: { dateString: AggExpr }): AggExpr;
  dateToString(spec: { date: AggExpr; format: string; timezone?: string }): AggExpr;
}

/** One pipeline stage spec: field → expression (or 0/1 in project). */
export type StageSpec = Record<string, AggExpr>;

/**
 * `collection.aggregate()`: stages run in the database, `end()` answers the output documents. Without a `limit`
 * stage the server answers only 20 of them, so every pipeline here ends with an explicit limit (at most 10000).
 */
export interface Aggregate {
  match(condition: Condition): Aggregate;
  project(spec: StageSpec): Aggregate;
  addFields(spec: StageSpec): Aggregate;
  group(spec: StageSpec & { _id: AggExpr }): Aggregate;
  sort(spec: Record<string, 1 | -1>): Aggregate;
  skip(n: number): Aggregate;
  limit(n: number): Aggregate;
  /** Equality join: an array on either side matches any of its elements (MongoDB's $lookup). */
  lookup(spec: { from: string; localField: string; foreignField: string; as: string }): Aggregate;
  unwind(spec: string | { path: string; includeArrayIndex?: string; preserveNullAndEmptyArrays?: boolean }): Aggregate;
  /** Replaces the documents by one `{[field]: number}` (no document when nothing reached the stage). */
  count(field: string): Aggregate;
  end(): Promise<{ list: Record<string, unknown>[] }>;
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
  /** An aggregation pipeline over the whole collection (start it with a `match` on the township). */
  aggregate(): Aggregate;
  doc(id: string): DocRef;
  /** Rejects when `data._id` is already taken: the basis of our race-safe inserts. */
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>;
}

/** A regular-expression value for where() (`db.RegExp({ regexp, options: 'i' })`). */
export type DbRegExp = object;

/**
 * A transaction's view of a collection: single documents only, by `doc(id)` or `add()`; no where(), no aggregate
 * (developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/database/transaction.html).
 */
export interface TxCollectionRef {
  doc(id: string): DocRef;
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>;
}

export interface Transaction {
  collection(name: string): TxCollectionRef;
  /** Inside runTransaction: aborts, and runTransaction rejects with `reason`. */
  rollback(reason?: unknown): Promise<void>;
  /** Only for startTransaction(): applies every write at once, or none when another write got there first. */
  commit(): Promise<void>;
}

export interface Database {
  collection(name: string): CollectionRef;
  /**
   * Runs `body` in a transaction and commits when it resolves; a throw or rollback() writes nothing. A write conflict
   * reruns `body` up to `times` times (Database.runTransaction: developers.weixin.qq.com/miniprogram/dev/wxcloud/
   * reference-server-api/database/Database.runTransaction.html).
   */
  runTransaction<T>(body: (tx: Transaction) => Promise<T>, times?: number): Promise<T>;
  startTransaction(): Promise<Transaction>;
  /** Rejects when the collection already exists (setup.ts relies on that to be idempotent). */
  createCollection(name: string): Promise<unknown>;
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

/**
 * Cloud calls of content security (云调用, `cloud.openapi`). Requests are written in the HTTPS API's snake_case, which
 * the SDK passes through unchanged; answers come back camelCased by the SDK (`errCode`, `traceId`), read defensively.
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
 */
export interface WxSecurityApi {
  msgSecCheck(options: {
    version: 2;
    openid: string;
    scene: number;
    content: string;
    title?: string;
  }): Promise<SecCheckAnswer>;
  mediaCheckAsync(options: {
    version: 2;
    openid: string;
    scene: number;
    media_url: string;
    media_type: 2;
  }): Promise<SecCheckAnswer>;
}

/** What both checks answer; `result` only from msgSecCheck, the trace id only from mediaCheckAsync. */
export interface SecCheckAnswer {
  errCode?: number;
  errcode?: number;
  errMsg?: string;
  traceId?: string;
  trace_id?: string;
  result?: { suggest?: string; label?: number };
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
  /**
   * Writes a file to cloud storage (exports: `exports/<township>/<job>.docx`) and answers its fileID. Always there in
   * wx-server-sdk; optional here only so the test doubles that never export keep type-checking.
   */
  uploadFile?(options: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  /** Reads a stored file into the call (an admin's import); always there in wx-server-sdk, optional for the doubles. */
  downloadFile?(options: { fileID: string }): Promise<{ fileContent: Buffer }>;
  /** Deletes stored files (retention); always there in wx-server-sdk, optional for the doubles. */
  deleteFile?(options: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number }[] }>;
  /** Cloud calls; always there in wx-server-sdk. Other APIs (subscribeMessage) are typed where they are used. */
  openapi?: { security?: WxSecurityApi } & Record<string, unknown>;
}
