// The double must behave like the cloud database where the adapter relies on it, or the other tests prove nothing.
import { FakeDb } from './fakeDb';

describe('fake cloud database', () => {
  let db: FakeDb;
  const _ = () => db.command;
  beforeEach(async () => {
    db = new FakeDb();
    const c = db.collection('things');
    await c.add({ data: { _id: 'a', n: 1, s: 'x', tags: ['red', 'blue'], flag: true } });
    await c.add({ data: { _id: 'b', n: 2, s: 'y', tags: ['green'], flag: false } });
    await c.add({ data: { _id: 'c', n: '3', s: 'z', tags: [], flag: false } });
  });

  it('rejects an add whose _id is taken and keeps the first document', async () => {
    await expect(db.collection('things').add({ data: { _id: 'a', n: 99 } })).rejects.toThrow(/duplicate key/);
    expect((await db.collection('things').doc('a').get()).data.n).toBe(1);
  });

  it('gives an add without _id a fresh key', async () => {
    const { _id } = await db.collection('things').add({ data: { n: 5 } });
    expect(_id).toMatch(/^auto/);
  });

  it('matches array fields by any element with eq and in', async () => {
    const byEq = await db.collection('things').where({ tags: 'red' }).get();
    const byIn = await db.collection('things').where({ tags: _().in(['green', 'purple']) }).get();
    expect(byEq.data.map((d) => d._id)).toEqual(['a']);
    expect(byIn.data.map((d) => d._id)).toEqual(['b']);
  });

  it('compares ranges only between values of the same type', async () => {
    const { data } = await db.collection('things').where({ n: _().gt(0) }).get();
    expect(data.map((d) => d._id)).toEqual(['a', 'b']);
  });

  it('combines and/or at the top of a condition', async () => {
    const cond = _().or([{ s: 'x' }, _().and([{ n: _().gt(1) }, { n: _().lt(3) }])]);
    expect((await db.collection('things').where(cond).get()).data.map((d) => d._id)).toEqual(['a', 'b']);
  });

  it('orders by several fields and limits', async () => {
    const { data } = await db.collection('things').orderBy('flag', 'desc').orderBy('s', 'desc').limit(2).get();
    expect(data.map((d) => d._id)).toEqual(['a', 'c']);
    expect(() => db.collection('things').limit(1001)).toThrow();
  });

  it('reports how many documents an update changed and applies inc', async () => {
    const hit = await db.collection('things').where({ _id: 'a', n: _().gt(0) }).update({ data: { n: _().inc(-1) } });
    const miss = await db.collection('things').where({ _id: 'a', n: _().gt(0) }).update({ data: { n: _().inc(-1) } });
    expect(hit.stats.updated).toBe(1);
    expect(miss.stats.updated).toBe(0);
    expect(db.all('things').find((d) => d._id === 'a')!.n).toBe(0);
  });

  it('rejects doc().get() of a missing document and _id inside update data', async () => {
    await expect(db.collection('things').doc('nope').get()).rejects.toThrow(/does not exist/);
    await expect(db.collection('things').where({ _id: 'a' }).update({ data: { _id: 'z' } })).rejects.toThrow();
  });

  it('hands out copies, so callers cannot change stored documents by mutation', async () => {
    const { data } = await db.collection('things').where({ _id: 'a' }).get();
    (data[0]!.tags as string[]).push('mutated');
    expect(db.all('things')[0]!.tags).toEqual(['red', 'blue']);
  });
});
