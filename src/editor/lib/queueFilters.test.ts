// The queue's filters and the ticks for a bulk decision.
import { activeFilterCount, DEFAULT_FILTERS, filterPayload, filtersProblem } from './queueFilters';
import { emptySelection, keepVisible, toggle, toggleAll, versionsOf } from './selection';

describe('queue filters', () => {
  it('sends only what the editor set, with the search trimmed', () => {
    expect(filterPayload(DEFAULT_FILTERS)).toEqual({ status: 'submitted' });
    expect(
      filterPayload({ ...DEFAULT_FILTERS, status: '', unitId: 'U1', q: '  便民桥 ', urgent: true, from: '2026-03-01' }),
    ).toEqual({
      unitId: 'U1',
      q: '便民桥',
      urgent: true,
      from: '2026-03-01',
    });
  });

  it('refuses a date range given backwards or a date it cannot read', () => {
    expect(filtersProblem({ ...DEFAULT_FILTERS, from: '2026-03-05', to: '2026-03-01' })).toBe(
      '开始日期不能晚于结束日期',
    );
    expect(filtersProblem({ ...DEFAULT_FILTERS, from: '3月5日' })).toBe('日期格式应为 年-月-日');
    expect(filtersProblem({ ...DEFAULT_FILTERS, from: '2026-03-01', to: '2026-03-01' })).toBeNull();
  });

  it('the 只看待审内容 chip asks the server for flagged leads and counts as a filter', () => {
    expect(filterPayload({ ...DEFAULT_FILTERS, flagged: true })).toEqual({
      status: 'submitted',
      moderation: 'flagged',
    });
    expect(activeFilterCount({ ...DEFAULT_FILTERS, flagged: true })).toBe(1);
  });

  it('counts the filters on besides the status tab', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(
      activeFilterCount({ ...DEFAULT_FILTERS, category: '党建引领', from: '2026-03-01', to: '2026-03-02', q: ' ' }),
    ).toBe(2);
  });
});

describe('ticking leads for a bulk decision', () => {
  const items = [
    { id: 'A', status: 'submitted' },
    { id: 'B', status: 'submitted' },
    { id: 'C', status: 'accepted' },
  ];

  it('ticks and unticks one lead', () => {
    const on = toggle(emptySelection(), 'A');
    expect([...on]).toEqual(['A']);
    expect(toggle(on, 'A').size).toBe(0);
  });

  it('"全选" ticks every waiting lead, and unticks them when all are ticked', () => {
    const all = toggleAll(emptySelection(), items);
    expect([...all].sort()).toEqual(['A', 'B']);
    expect(toggleAll(all, items).size).toBe(0);
  });

  it('drops ticks on leads that were decided or left the list', () => {
    const ticked = new Set(['A', 'B']);
    expect([
      ...keepVisible(ticked, [
        { id: 'A', status: 'submitted' },
        { id: 'B', status: 'rejected' },
      ]),
    ]).toEqual(['A']);
    expect(keepVisible(ticked, items)).toBe(ticked);
  });

  it('sends the version each ticked lead was listed with', () => {
    const listed = [
      { id: 'A', version: 3 },
      { id: 'B', version: 1 },
      { id: 'C', version: 9 },
    ];
    expect(versionsOf(listed, new Set(['A', 'C']))).toEqual({ A: 3, C: 9 });
  });
});
