// Every form and every change goes through one busy/error path: checked on the device first, sent once however
// often it is tapped, the server's field problems shown by field, and what it changed loaded again.
import { CloudError } from '@/services/envelope';
import { deferred, renderHook, settle, tap } from './harness/renderHook';

jest.mock('@tarojs/taro', () => jest.requireActual('./harness/taroDouble'));

import { useAction } from '@/hooks/useAction';
import { checkedSend, useServerForm } from '@/hooks/useServerForm';
import { onInvalidate, type QueryKey } from '@/lib/query';

interface Unit {
  name: string;
}

const check = (f: Unit): Record<string, string> => (f.name.trim() ? {} : { name: '请填写名称' });

test('a form with a problem is not sent, and the problem goes away as the field is fixed', async () => {
  const send = jest.fn(async (f: Unit) => f);
  const view = await renderHook(
    () => useServerForm({ initial: { name: '' }, check, send, onSaved: () => undefined }),
    {},
  );
  await tap(() => view.current.save());
  await settle();
  expect(send).not.toHaveBeenCalled();
  expect(view.current.problems.name).toBe('请填写名称');
  await settle();
  await tap(() => view.current.set('name', '青山村'));
  await settle();
  expect(view.current.problems.name).toBe('');
});

test("the server's INVALID_ARGUMENT lands on its field, with its message in the banner", async () => {
  const refused = new CloudError('INVALID_ARGUMENT', '名称已被使用', {
    issues: [{ path: 'name', message: '名称已被使用' }],
  });
  const view = await renderHook(
    () =>
      useServerForm({
        initial: { name: '青山村' },
        check,
        send: () => Promise.reject(refused),
        onSaved: () => undefined,
      }),
    {},
  );
  await tap(() => view.current.save());
  await settle();
  expect(view.current.problems).toEqual({ name: '名称已被使用' });
  expect(view.current.error).toBe('名称已被使用');
  expect(view.current.busy).toBe(false);
});

test('a double tap sends once; success hands over the answer and reloads what it changed', async () => {
  const answer = deferred<Unit>();
  const send = jest.fn(() => answer.promise);
  const saved: Unit[] = [];
  const reloaded: QueryKey[] = [];
  const stop = onInvalidate((prefix) => reloaded.push(prefix));
  const view = await renderHook(
    () =>
      useServerForm({
        initial: { name: '青山村' },
        check,
        send,
        onSaved: (u) => saved.push(u),
        invalidates: [['accounts', 'units']],
      }),
    {},
  );
  await tap(() => view.current.save(), false);
  await settle();
  expect(view.current.busy).toBe(true);
  await tap(() => view.current.save(), false);
  answer.resolve({ name: '青山村' });
  await settle();
  stop();
  expect(send).toHaveBeenCalledTimes(1);
  expect(saved).toEqual([{ name: '青山村' }]);
  expect(reloaded).toEqual([['accounts', 'units']]);
  expect(view.current.busy).toBe(false);
});

test('an action says which row is running and keeps the error of a failure', async () => {
  const answer = deferred<void>();
  const view = await renderHook(() => useAction((id: string) => answer.promise.then(() => id)), {});
  await tap(() => view.current.run('A'), false);
  await settle();
  expect(view.current.pending).toBe('A');
  answer.reject(new CloudError('CONFLICT', '该线索已被其他编辑处理'));
  await settle();
  expect(view.current.busy).toBe(false);
  expect(view.current.error).toBe('该线索已被其他编辑处理');
});

test('bind(name) hands a field its test class, value and problem, and typing there clears the problem', async () => {
  const view = await renderHook(
    () => useServerForm({ name: 'unit', initial: { name: '' }, check, send: async (f: Unit) => f, onSaved: () => {} }),
    {},
  );
  await tap(() => view.current.save());
  await settle();
  expect(view.current.bind('name')).toMatchObject({ className: 'js-unit-name', value: '', problem: '请填写名称' });
  await tap(() => view.current.bind('name').onChange('青山村'));
  await settle();
  expect(view.current.bind('name')).toMatchObject({ value: '青山村', problem: '' });
});

test('a form without a name gives its fields the class js-<field>', async () => {
  const view = await renderHook(
    () => useServerForm({ initial: { name: '' }, check, send: async (f: Unit) => f, onSaved: () => {} }),
    {},
  );
  expect(view.current.bind('name').className).toBe('js-name');
});

describe('checkedSend: a device check that also builds the payload', () => {
  interface Count {
    people: string;
  }
  const build = (f: Count) =>
    /^\d+$/.test(f.people) ? { input: { people: Number(f.people) } } : { errors: { people: '请填写人数' } };

  test('a form that fails the check is not sent; the summary shows in the banner, the problem on its field', async () => {
    const send = jest.fn(async (input: { people: number }) => input);
    const view = await renderHook(
      () =>
        useServerForm({
          initial: { people: '三十' },
          ...checkedSend(build, send, '请检查标红的项目'),
          onSaved: () => {},
        }),
      {},
    );
    await tap(() => view.current.save());
    await settle();
    expect(send).not.toHaveBeenCalled();
    expect(view.current.problems.people).toBe('请填写人数');
    expect(view.current.error).toBe('请检查标红的项目');
  });

  test('a form that passes sends the payload the check built, not the typed text', async () => {
    const send = jest.fn(async (input: { people: number }) => input);
    const saved: { people: number }[] = [];
    const view = await renderHook(
      () => useServerForm({ initial: { people: '30' }, ...checkedSend(build, send), onSaved: (r) => saved.push(r) }),
      {},
    );
    await tap(() => view.current.save());
    await settle();
    expect(send).toHaveBeenCalledWith({ people: 30 });
    expect(saved).toEqual([{ people: 30 }]);
    expect(view.current.error).toBe('');
  });
});

test('a save the person backed out of (send answers null) refreshes nothing and reports no save', async () => {
  const seen: QueryKey[] = [];
  const stop = onInvalidate((prefix) => seen.push(prefix));
  const onSaved = jest.fn();
  let confirm = false;
  const send = async (f: Unit) => (confirm ? f : null);
  const view = await renderHook(
    () => useServerForm({ initial: { name: '青山村' }, check, send, onSaved, invalidates: [['accounts', 'units']] }),
    {},
  );
  await tap(() => view.current.save());
  await settle();
  expect([seen, onSaved.mock.calls.length, view.current.error]).toEqual([[], 0, '']);
  confirm = true;
  await tap(() => view.current.save());
  await settle();
  expect([seen, onSaved.mock.calls.length]).toEqual([[['accounts', 'units']], 1]);
  stop();
});
