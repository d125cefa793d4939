// The store's statement cache: one compiled statement per SQL text, handed out in its default modes every time.
import fs from 'node:fs';
import { openDatabase } from '../../cloudfunctions/adapters/local/db';
import { makeDataDir } from '../support/host';

test('a cached statement is reused and a pluck() by one caller does not leak to the next', () => {
  const dir = makeDataDir();
  const db = openDatabase(dir);
  try {
    const sql = 'SELECT 1 AS n, 2 AS m';
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql).pluck().get()).toBe(1);
    expect(db.prepare(sql).get()).toEqual({ n: 1, m: 2 });
    expect(db.prepare(sql).raw().get()).toEqual([1, 2]);
    expect(db.prepare(sql).all()).toEqual([{ n: 1, m: 2 }]);
    db.prepare('CREATE TABLE t (x)').run(); // statements that return no data are cached too
    expect(() => db.prepare('INSERT INTO t VALUES (1)').run()).not.toThrow();
    expect(db.prepare('INSERT INTO t VALUES (1)').run().changes).toBe(1);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
