// Model-based test of the outbox: whatever the interleaving of submits, uploads that succeed or fail, lost
// acknowledgements, duplicated deliveries, app kills and network cuts, every queued lead reaches the server exactly
// once with all its photos in order, at most 3 uploads are ever in flight, and no local photo copy is discarded before
// the server holds its lead.
import fc from 'fast-check';
import { MAX_UPLOADS_IN_FLIGHT } from '@/outbox/outbox';
import { settle, World, type Outcome } from './outboxWorld';

interface Model {
  queued: string[];
}

type Cmd = fc.AsyncCommand<Model, World>;

const command = (name: string, run: (w: World, m: Model) => void, check: (m: Model) => boolean = () => true): Cmd => ({
  check,
  run: async (m, w) => {
    run(w, m);
    await settle();
    invariants(w);
  },
  toString: () => name,
});

function invariants(w: World) {
  expect(w.maxUploadsSeen).toBeLessThanOrEqual(MAX_UPLOADS_IN_FLIGHT);
  for (const clientId of w.discarded.values()) expect(w.leads.has(clientId)).toBe(true);
}

let leadSeq = 0;
const commands = [
  fc.integer({ min: 0, max: 4 }).map((photos) =>
    command(`enqueue(${photos} photos)`, (w, m) => {
      const clientId = `c${++leadSeq}`;
      w.enqueue(clientId, photos);
      m.queued.push(clientId);
    }),
  ),
  fc
    .tuple(fc.nat(20), fc.constantFrom<Outcome>('ok', 'ok', 'fail', 'ackLost', 'duplicate', 'serverError'))
    .map(([i, outcome]) => command(`deliver(#${i}, ${outcome})`, (w) => w.deliver(i, outcome))),
  fc.boolean().map((reached) => command(`kill(requests ${reached ? 'reached' : 'lost'})`, (w) => w.kill(reached))),
  fc.constant(command('network off', (w) => w.setNetwork(false))),
  fc.constant(command('network on', (w) => w.setNetwork(true))),
  fc.integer({ min: 0, max: 70_000 }).map((ms) => command(`tick(${ms} ms)`, (w) => w.tick(ms))),
];

/** Network back, every request answered, every timer run, until nothing moves. */
async function drain(w: World) {
  w.setNetwork(true);
  for (let round = 0; round < 400; round++) {
    await settle();
    if (w.pending.length > 0) w.deliver(0, 'ok');
    else if (w.timers.size > 0) w.tick(61_000);
    else break;
    invariants(w);
  }
  await settle();
}

it('every queued lead reaches the server exactly once with all its photos, whatever happens on the way', async () => {
  await fc.assert(
    fc.asyncProperty(fc.commands(commands, { maxCommands: 60 }), async (cmds) => {
      const world = new World();
      const model: Model = { queued: [] };
      await fc.asyncModelRun(() => ({ model, real: world }), cmds);
      await drain(world);

      expect(world.leads.size).toBe(model.queued.length);
      for (const clientId of model.queued) {
        expect(world.created.get(clientId)).toBe(1);
        const lead = world.leads.get(clientId)!;
        const photos = lead.payload.photos!.map((f) => world.files.get(f));
        const count = photos.length;
        expect(photos).toEqual(Array.from({ length: count }, (_, i) => `${clientId}#${i}`));
        const item = world.outbox.get(clientId)!;
        expect(item).toMatchObject({ state: 'submitted', leadId: lead.id, photoCount: count, photos: [] });
      }
      // Every local copy was discarded once its lead was acknowledged.
      expect(world.vault.size).toBe(0);
    }),
    { numRuns: 200 },
  );
});

it('a lost acknowledgement is retried with the same content and answered with the same lead', async () => {
  const w = new World();
  w.enqueue('a', 2);
  await settle();
  w.deliver(0, 'ok');
  w.deliver(0, 'ok');
  await settle();
  expect(w.pending.map((p) => p.kind)).toEqual(['submit']);
  w.deliver(0, 'ackLost');
  await settle();
  expect(w.outbox.get('a')).toMatchObject({ state: 'queued', reason: '网络不给力，请稍后重试', attempts: 1 });
  expect(w.vault.size).toBe(2); // not acknowledged: the copies stay
  w.tick(60_000);
  await settle();
  w.deliver(0, 'ok');
  await settle();
  expect(w.created.get('a')).toBe(1);
  expect(w.outbox.get('a')).toMatchObject({ state: 'submitted', leadId: 'lead-1' });
  expect(w.vault.size).toBe(0);
});

it('runs at most 3 uploads at once and shows 上传中 n/total as photos land', async () => {
  const { stateLabel } = await import('@/outbox/model');
  const w = new World();
  w.enqueue('a', 5);
  await settle();
  expect(w.pending).toHaveLength(3);
  expect(stateLabel(w.outbox.get('a')!)).toBe('上传中 0/5');
  w.deliver(0, 'ok');
  w.deliver(0, 'ok');
  await settle();
  expect(stateLabel(w.outbox.get('a')!)).toBe('上传中 2/5');
  expect(w.pending).toHaveLength(3);
});

it('waits offline (排队中), then resumes at once when the network returns', async () => {
  const { stateLabel } = await import('@/outbox/model');
  const w = new World();
  w.setNetwork(false);
  w.enqueue('a', 1);
  await settle();
  expect(stateLabel(w.outbox.get('a')!)).toBe('排队中');
  expect(w.pending).toHaveLength(0);
  w.setNetwork(true);
  await settle();
  expect(w.pending).toHaveLength(1);
});

it('a refusal that retrying cannot fix shows 失败 with the reason, and 重试 starts again', async () => {
  const { CloudError } = await import('@/services/envelope');
  const w = new World();
  w.enqueue('a', 1);
  await settle();
  w.pending[0]!.reject(new CloudError('UNSUPPORTED_MEDIA_TYPE', '只能上传 JPEG、PNG 或 WebP 格式的照片'));
  w.pending = [];
  await settle();
  expect(w.outbox.get('a')).toMatchObject({ state: 'failed', reason: '只能上传 JPEG、PNG 或 WebP 格式的照片' });
  w.tick(120_000);
  await settle();
  expect(w.pending).toHaveLength(0); // a failed item is not retried by itself
  w.outbox.retry('a');
  await settle();
  expect(w.pending).toHaveLength(1);
});
