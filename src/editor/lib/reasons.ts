// The short list of reasons an editor picks from when not using a lead; free text may follow or replace it.

export const REJECT_REASONS = [
  '与已有线索重复',
  '新闻价值不足',
  '事实不清、信息不全',
  '时效已过',
  '不宜公开报道',
] as const;

/** Puts the chosen reason first, replacing a reason chosen before, and keeps what the editor typed after it. */
export function withReason(note: string, reason: string): string {
  let rest = note.trim();
  for (const r of REJECT_REASONS) {
    if (rest.startsWith(r)) {
      rest = rest.slice(r.length).replace(/^[：:，,。\s]+/, '');
      break;
    }
  }
  return rest ? `${reason}：${rest}` : reason;
}
