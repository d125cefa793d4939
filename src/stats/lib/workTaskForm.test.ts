import { emptyWorkTask, formFromWorkTask, workTaskFromForm } from './workTaskForm';

const filled = { ...emptyWorkTask(2026), title: '  开展理论宣讲进村入企 ', dueMonth: '6', note: ' 已完成5场 ' };

test('a filled form becomes the payload, trimmed, with the office as owner when no unit is chosen', () => {
  expect(workTaskFromForm(filled)).toEqual({
    input: {
      year: 2026,
      title: '开展理论宣讲进村入企',
      ownerUnitId: null,
      dueMonth: 6,
      status: 'pending',
      note: '已完成5场',
    },
  });
});

test('a blank title and an unchosen month are named in Chinese on their fields', () => {
  const checked = workTaskFromForm({ ...filled, title: '   ', dueMonth: '' });
  expect('errors' in checked && Object.keys(checked.errors).sort()).toEqual(['dueMonth', 'title']);
  if ('errors' in checked) {
    expect(checked.errors.dueMonth).toBe('完成月份应为1至12');
    expect(checked.errors.title).toMatch(/[\u4e00-\u9fa5]/);
  }
});

test('a listed task comes back to the form and out again unchanged', () => {
  const view = {
    id: 'w1',
    year: 2026,
    title: '建强通讯员队伍',
    ownerUnit: { id: 'u1', name: '东山村' },
    dueMonth: 9,
    status: 'ongoing' as const,
    note: '已培训2期',
    noteDate: '2026-05-01',
    updatedAt: '2026-05-01T00:00:00.000Z',
  };
  expect(workTaskFromForm(formFromWorkTask(view))).toEqual({
    input: {
      id: 'w1',
      year: 2026,
      title: '建强通讯员队伍',
      ownerUnitId: 'u1',
      dueMonth: 9,
      status: 'ongoing',
      note: '已培训2期',
    },
  });
});
