// The stats period picker: presets in China time, stepping back and forth, custom ranges the server accepts.
import fc from 'fast-check';
import { summarySchema } from '@core/stats';
import {
  addDays,
  chinaToday,
  customPeriod,
  hasNext,
  parseDate,
  periodFromQuery,
  periodLabel,
  periodQuery,
  presetPeriod,
  shiftPeriod,
  type Period,
  type PresetKind,
} from './period';

describe('preset periods', () => {
  it('takes "today" in China: 23:30 UTC on 31 December is already 1 January in the township', () => {
    const now = new Date('2025-12-31T23:30:00Z');
    expect(chinaToday(now)).toBe('2026-01-01');
    expect(presetPeriod('year', chinaToday(now))).toEqual({ kind: 'year', from: '2026-01-01', to: '2026-12-31' });
  });

  it.each<[PresetKind, string, string, string]>([
    ['month', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['month', '2028-02-14', '2028-02-01', '2028-02-29'],
    ['quarter', '2026-11-26', '2026-10-01', '2026-12-31'],
    ['quarter', '2026-05-31', '2026-04-01', '2026-06-30'],
    ['year', '2026-11-26', '2026-01-01', '2026-12-31'],
  ])('the %s containing %s runs from %s to %s', (kind, date, from, to) => {
    expect(presetPeriod(kind, date)).toEqual({ kind, from, to });
  });

  it('names each period the way the office says it', () => {
    expect(periodLabel(presetPeriod('month', '2026-11-26'))).toBe('2026年11月');
    expect(periodLabel(presetPeriod('quarter', '2026-11-26'))).toBe('2026年第四季度');
    expect(periodLabel(presetPeriod('quarter', '2026-01-02'))).toBe('2026年第一季度');
    expect(periodLabel(presetPeriod('year', '2026-11-26'))).toBe('2026年');
    expect(periodLabel({ kind: 'custom', from: '2026-01-05', to: '2026-02-10' })).toBe('2026-01-05 至 2026-02-10');
  });
});

describe('stepping through periods', () => {
  it('goes back across a year boundary and forward again', () => {
    const jan = presetPeriod('month', '2026-01-10');
    expect(shiftPeriod(jan, -1)).toEqual({ kind: 'month', from: '2025-12-01', to: '2025-12-31' });
    expect(shiftPeriod(shiftPeriod(jan, -1), 1)).toEqual(jan);
    expect(shiftPeriod(presetPeriod('quarter', '2026-02-01'), -1)).toEqual({
      kind: 'quarter',
      from: '2025-10-01',
      to: '2025-12-31',
    });
  });

  it('moves a custom range by its own length, so the previous range ends the day before', () => {
    const p: Period = { kind: 'custom', from: '2026-03-01', to: '2026-03-10' };
    expect(shiftPeriod(p, -1)).toEqual({ kind: 'custom', from: '2026-02-19', to: '2026-02-28' });
  });

  it('offers "next" only once the next period has begun', () => {
    expect(hasNext(presetPeriod('month', '2026-11-26'), '2026-11-26')).toBe(false);
    expect(hasNext(presetPeriod('month', '2026-10-26'), '2026-11-26')).toBe(true);
  });

  it('every preset, stepped any number of times, is a whole period that the next one follows without gap', () => {
    const kinds = fc.constantFrom<PresetKind>('month', 'quarter', 'year');
    const day = fc
      .date({ min: new Date('2001-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(kinds, day, fc.integer({ min: -30, max: 30 }), (kind, date, steps) => {
        let p = presetPeriod(kind, date);
        for (let i = 0; i < Math.abs(steps); i++) p = shiftPeriod(p, steps < 0 ? -1 : 1);
        const next = shiftPeriod(p, 1);
        expect(next.from).toBe(addDays(p.to, 1));
        expect(parseDate(p.from)!.day).toBe(1);
        expect(summarySchema.safeParse({ from: p.from, to: p.to }).success).toBe(true);
      }),
    );
  });
});

describe('custom ranges', () => {
  it('refuses what the server would refuse, in Chinese', () => {
    expect(customPeriod('2026-03-10', '2026-03-01')).toEqual({ error: '开始日期不能晚于结束日期' });
    expect(customPeriod('2026-02-30', '2026-03-01')).toEqual({ error: '请选择开始和结束日期' });
    expect(customPeriod('2020-01-01', '2026-01-01')).toEqual({ error: '统计区间最长5年，请缩短区间' });
    expect(customPeriod('2026-03-01', '2026-03-01')).toEqual({ kind: 'custom', from: '2026-03-01', to: '2026-03-01' });
  });

  it('accepts exactly the ranges the server schema accepts', () => {
    const day = fc
      .date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (from, to) => {
        const ours = !('error' in customPeriod(from, to));
        expect(ours).toBe(summarySchema.safeParse({ from, to }).success);
      }),
    );
  });

  it('travels through a page route and comes back the same; a broken query falls back', () => {
    const p: Period = { kind: 'quarter', from: '2026-10-01', to: '2026-12-31' };
    const query = Object.fromEntries(
      periodQuery(p)
        .split('&')
        .map((kv) => kv.split('=') as [string, string]),
    );
    expect(periodFromQuery(query, () => presetPeriod('year', '2026-01-01'))).toEqual(p);
    expect(periodFromQuery({ kind: 'month', from: 'x' }, () => presetPeriod('year', '2026-01-01')).kind).toBe('year');
  });
});
