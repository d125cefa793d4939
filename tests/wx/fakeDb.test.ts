// The double must behave like the cloud database where the adapter relies on it, or the other tests prove nothing.
import type { Transaction } from '../../cloudfunctions/adapters/wx/sdk';
import { FakeCloud } from './fakeCloud';
import { FakeDb, GET_DEFAULT, GET_MAX } from './fakeDb';

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
    const byIn = await db
      .collection('things')
      .where({ tags: _().in(['green', 'purple']) })
      .get();
    expect(byEq.data.map((d) => d._id)).toEqual(['a']);
    expect(byIn.data.map((d) => d._id)).toEqual(['b']);
  });

  it('compares ranges only between values of the same type', async () => {
    const { data } = await db
      .collection('things')
      .where({ n: _().gt(0) })
      .get();
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
    const hit = await db
      .collection('things')
      .where({ _id: 'a', n: _().gt(0) })
      .update({ data: { n: _().inc(-1) } });
    const miss = await db
      .collection('things')
      .where({ _id: 'a', n: _().gt(0) })
      .update({ data: { n: _().inc(-1) } });
    expect(hit.stats.updated).toBe(1);
    expect(miss.stats.updated).toBe(0);
    expect(db.all('things').find((d) => d._id === 'a')!.n).toBe(0);
  });

  it('rejects doc().get() of a missing document and _id inside update data', async () => {
    await expect(db.collection('things').doc('nope').get()).rejects.toThrow(/does not exist/);
    await expect(
      db
        .collection('things')
        .where({ _id: 'a' })
        .update({ data: { _id: 'z' } }),
    ).rejects.toThrow();
  });

  it('hands out copies, so callers cannot change stored documents by mutation', async () => {
    const { data } = await db.collection('things').where({ _id: 'a' }).get();
    (data[0]!.tags as string[]).push('mutated');
    expect(db.all('things')[0]!.tags).toEqual(['red', 'blue']);
  });
});

describe('the double follows the documented platform', () => {
  let db: FakeDb;
  beforeEach(() => {
    db = new FakeDb();
    for (let i = 0; i < 1500; i++)
      db.table('many').set(`m${String(i).padStart(4, '0')}`, { _id: `m${String(i).padStart(4, '0')}`, i });
  });

  it('caps a function get at 100 without limit and refuses a limit over 1000', async () => {
    expect((await db.collection('many').get()).data).toHaveLength(GET_DEFAULT);
    expect((await db.collection('many').limit(1000).get()).data).toHaveLength(GET_MAX);
    expect(() => db.collection('many').limit(1001)).toThrow();
  });

  it('answers 20 aggregate documents unless the pipeline ends with a limit', async () => {
    const $ = db.command.aggregate;
    expect((await db.collection('many').aggregate().limit(50).project({ i: 1 }).end()).list).toHaveLength(20);
    expect(
      (
        await db
          .collection('many')
          .aggregate()
          .project({ j: $.add(['$i', 1]) })
          .limit(50)
          .end()
      ).list,
    ).toHaveLength(50);
  });

  it('counts every round trip', async () => {
    await db.collection('many').where({ i: 1 }).get();
    await db.collection('many').doc('m0001').get();
    await db.runTransaction(async (tx) => {
      await tx
        .collection('many')
        .doc('m0002')
        .update({ data: { i: -2 } });
    });
    expect(db.calls).toEqual([
      'get many',
      'doc.get many',
      'transaction.start ',
      'tx.doc.update many',
      'transaction.commit ',
    ]);
  });

  it('stamps client writes with _openid and refuses them under a functions-only rule', async () => {
    await db.clientAdd('open', 'o-phone', { role: 'admin' });
    expect(db.all('open')[0]).toMatchObject({ role: 'admin', _openid: 'o-phone' });
    db.rules.set('locked', { read: false, write: false });
    await expect(db.clientAdd('locked', 'o-phone', { role: 'admin' })).rejects.toThrow(/permission denied/);
    expect(db.all('locked')).toEqual([]);
  });
});

describe('transactions of the double', () => {
  let db: FakeDb;
  beforeEach(() => {
    db = new FakeDb();
    db.table('t').set('a', { _id: 'a', n: 1 });
  });

  it('refuses where() and aggregate inside a transaction, like the platform', async () => {
    const body = async (tx: Transaction) => {
      (tx.collection('t') as unknown as { where: (c: object) => unknown }).where({ n: 1 });
    };
    await expect(db.runTransaction(body)).rejects.toThrow(/where/);
    const agg = async (tx: Transaction) => {
      (tx.collection('t') as unknown as { aggregate: () => unknown }).aggregate();
    };
    await expect(db.runTransaction(agg)).rejects.toThrow(/aggregate/);
  });

  it('writes nothing when the body throws or rolls back, and rejects with the rollback reason', async () => {
    await expect(
      db.runTransaction(async (tx) => {
        await tx.collection('t').add({ data: { _id: 'b' } });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(
      db.runTransaction(async (tx) => {
        await tx
          .collection('t')
          .doc('a')
          .update({ data: { n: 5 } });
        await tx.rollback('stale');
      }),
    ).rejects.toBe('stale');
    expect(db.all('t')).toEqual([{ _id: 'a', n: 1 }]);
  });

  it('fails a commit whose documents changed meanwhile; runTransaction reruns the body on the new state', async () => {
    const tx = await db.startTransaction();
    await tx.collection('t').doc('a').get();
    await db
      .collection('t')
      .doc('a')
      .update({ data: { n: 2 } });
    await tx
      .collection('t')
      .doc('a')
      .update({ data: { n: 10 } });
    await expect(tx.commit()).rejects.toThrow(/冲突/);
    expect(db.all('t')[0]!.n).toBe(2);

    let runs = 0;
    await Promise.all(
      [1, 2].map(() =>
        db.runTransaction(async (t) => {
          runs += 1;
          const { data } = await t.collection('t').doc('a').get();
          await t
            .collection('t')
            .doc('a')
            .update({ data: { n: (data.n as number) + 1 } });
        }),
      ),
    );
    expect(db.all('t')[0]!.n).toBe(4);
    expect(runs).toBe(3);
  });
});

describe('storage of the double', () => {
  it('issues temporary URLs that expire on private storage and never on public read', async () => {
    const cloud = new FakeCloud();
    const id = cloud.clientUpload('o-me', 'uploads/o-me/a.jpg');
    const url = (await cloud.getTempFileURL({ fileList: [{ fileID: id, maxAge: 600 }] })).fileList[0]!.tempFileURL;
    expect(cloud.open(url)).toBe(200);
    cloud.nowMs += 601_000;
    expect(cloud.open(url)).toBe(403);
    cloud.storagePublicRead = true;
    const open = (await cloud.getTempFileURL({ fileList: [{ fileID: id, maxAge: 600 }] })).fileList[0]!.tempFileURL;
    cloud.nowMs += 10 ** 9;
    expect(cloud.open(open)).toBe(200);
    const missing = await cloud.getTempFileURL({ fileList: [id.replace('a.jpg', 'b.jpg')] });
    expect(missing.fileList[0]!.status).not.toBe(0);
  });
});
