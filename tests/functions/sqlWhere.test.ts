// The local lists build their WHERE clauses with Where: each `?` keeps its value, absent filters add nothing,
// and words are matched literally.
import Database from 'better-sqlite3';
import { flag, pageLimit, Where } from '../../cloudfunctions/adapters/local/where';

const db = new Database(':memory:');
db.exec(`CREATE TABLE t (id TEXT, kind TEXT, done INTEGER, title TEXT, body TEXT);
  INSERT INTO t VALUES ('a', 'x', 1, '100% 完成', ''), ('b', 'x', 0, '1000 完成', ''), ('c', 'y', 1, '', 'a_b');`);
const ids = (where: Where) =>
  (db.prepare(`SELECT id FROM t WHERE ${where} ORDER BY id`).all(...where.params) as { id: string }[]).map((r) => r.id);

afterAll(() => db.close());

it('an undefined filter adds nothing; the others keep their values in order', () => {
  expect(ids(new Where().add('1 = 1').equal('kind', undefined).equal('done', flag(undefined)))).toEqual([
    'a',
    'b',
    'c',
  ]);
  const where = new Where().equal('kind', 'x').equal('done', flag(false)).add('id >= ?', 'a');
  expect(where.params).toEqual(['x', 0, 'a']);
  expect(ids(where)).toEqual(['b']);
});

it('IN takes each value, and an empty list matches nothing', () => {
  expect(ids(new Where().in('id', ['a', 'c']))).toEqual(['a', 'c']);
  expect(ids(new Where().in('id', []))).toEqual([]);
});

it('% and _ in the words are letters, not wildcards', () => {
  expect(ids(new Where().textLike('100%'))).toEqual(['a']);
  expect(ids(new Where().textLike('a_b'))).toEqual(['c']);
  expect(ids(new Where().textLike('a%b'))).toEqual([]);
});

it('a page reads at least one row and at most 200', () => {
  expect([pageLimit(0), pageLimit(20), pageLimit(5000)]).toEqual([1, 20, 200]);
});
