// The double's pipelines behave like the cloud database where the stats adapter leans on it.
import { FakeDb } from '../fakeDb';

let db: FakeDb;
beforeEach(() => {
  db = new FakeDb();
  for (let i = 0; i < 30; i++)
    db.table('items').set(`i${i}`, {
      _id: `i${i}`,
      n: i,
      tags: i % 2 ? ['odd'] : ['even', 'x'],
      at: `2026-01-0${1 + (i % 9)}T12:00:00.000Z`,
    });
  db.table('refs').set('r1', { _id: 'r1', tags: ['odd', 'y'] });
});

it('answers 20 documents without a limit stage, as the server does', async () => {
  expect((await db.collection('items').aggregate().match({}).end()).list).toHaveLength(20);
  expect((await db.collection('items').aggregate().match({}).limit(1000).end()).list).toHaveLength(30);
});

it('groups with accumulators and counts', async () => {
  const $ = db.command.aggregate;
  const { list } = await db
    .collection('items')
    .aggregate()
    .group({
      _id: $.cond({ if: $.gte(['$n', 10]), then: 'big', else: 'small' }),
      n: $.sum(1),
      top: $.max('$n'),
      tags: $.addToSet($.arrayElemAt(['$tags', 0])),
    })
    .sort({ _id: 1 })
    .limit(10)
    .end();
  expect(list).toEqual([
    { _id: 'big', n: 20, top: 29, tags: ['even', 'odd'] },
    { _id: 'small', n: 10, top: 9, tags: ['even', 'odd'] },
  ]);
  expect(
    (
      await db
        .collection('items')
        .aggregate()
        .match({ n: db.command.gt(100) })
        .count('n')
        .limit(1)
        .end()
    ).list,
  ).toEqual([]);
});

it('joins on array elements, unwinds with an index, and works with dates', async () => {
  const $ = db.command.aggregate;
  const { list } = await db
    .collection('items')
    .aggregate()
    .match({ n: db.command.lte(1) })
    .lookup({ from: 'refs', localField: 'tags', foreignField: 'tags', as: 'refs' })
    .unwind({ path: '$tags', includeArrayIndex: 'i' })
    .project({
      _id: 0,
      n: 1,
      tags: 1,
      i: 1,
      refs: $.size('$refs'),
      day: $.dateToString({ date: $.dateFromString({ dateString: '$at' }), format: '%Y-%m-%d', timezone: '+08:00' }),
    })
    .sort({ n: 1, i: 1 })
    .limit(10)
    .end();
  expect(list).toEqual([
    { n: 0, tags: 'even', i: 0, refs: 0, day: '2026-01-01' },
    { n: 0, tags: 'x', i: 1, refs: 0, day: '2026-01-01' },
    { n: 1, tags: 'odd', i: 0, refs: 1, day: '2026-01-02' },
  ]);
});

it('refuses what the server refuses: unknown operators and a non-array for $in', async () => {
  await expect(
    db
      .collection('items')
      .aggregate()
      .project({ x: { $bogus: 1 } })
      .limit(1)
      .end(),
  ).rejects.toThrow('$bogus');
  const $ = db.command.aggregate;
  await expect(
    db
      .collection('items')
      .aggregate()
      .project({ x: $.in(['$n', '$n']) })
      .limit(1)
      .end(),
  ).rejects.toThrow('$in');
});
