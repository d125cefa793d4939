// 不采用 needs a reason: picked from a short list, with free text after it.
import { REJECT_REASONS, withReason } from './reasons';

it('fills the reason into an empty box', () => {
  expect(withReason('', '新闻价值不足')).toBe('新闻价值不足');
});

it('puts the reason before what the editor typed', () => {
  expect(withReason('  上周已报道过 ', '与已有线索重复')).toBe('与已有线索重复：上周已报道过');
});

it('swaps a reason chosen before, keeping the free text', () => {
  expect(withReason('与已有线索重复：上周已报道过', '时效已过')).toBe('时效已过：上周已报道过');
  expect(withReason('新闻价值不足', '时效已过')).toBe('时效已过');
});

it('offers a short list', () => {
  expect(REJECT_REASONS.length).toBeGreaterThanOrEqual(3);
  expect(REJECT_REASONS.length).toBeLessThanOrEqual(6);
});
