// A WHERE clause built with its parameters side by side, so no `?` is ever written without its value.

/** The largest page a list query reads, whatever the caller asked for. */
const MAX_PAGE = 200;

/** The page size a list reads: at least one, at most MAX_PAGE. */
export const pageLimit = (limit: number) => Math.max(1, Math.min(limit, MAX_PAGE));

/** `?, ?, …` for n values: an `IN (…)` list whose values go beside it. */
export const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** `LIKE` pattern for literal words: %, _ and the escape character itself lose their wildcard meaning. */
export const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;

export class Where {
  private readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** A condition with the values of its `?`s, in order. */
  add(clause: string, ...values: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...values);
    return this;
  }

  /** `column = ?`, or nothing when the value is undefined (that filter is not asked for). */
  equal(column: string, value: unknown): this {
    return value === undefined ? this : this.add(`${column} = ?`, value);
  }

  /** `column IN (?, …)`; SQLite reads an empty list as "matches nothing". */
  in(column: string, values: readonly unknown[]): this {
    return this.add(`${column} IN (${placeholders(values.length)})`, ...values);
  }

  /** Title or body holds the words literally (a scan: for words no index answers). */
  textLike(text: string, prefix = ''): this {
    const like = likePattern(text);
    return this.add(`(${prefix}title LIKE ? ESCAPE '\\' OR ${prefix}body LIKE ? ESCAPE '\\')`, like, like);
  }

  toString(): string {
    return this.clauses.join(' AND ');
  }
}

/** 1 or 0 for SQLite's integer booleans; undefined stays undefined (no filter). */
export const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);
