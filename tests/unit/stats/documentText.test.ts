// Text inside a section keeps its structure: line-start markers become levels, and the numbering is rewritten in
// order, so nothing pasted can break it.
import fc from 'fast-check';
import { blocksText, cleanPasted, parseSectionText } from '../../../cloudfunctions/core/stats/documentText';
import { chineseNumber } from '../../../cloudfunctions/core/stats/wording';

const kinds = (text: string, heading?: string) =>
  parseSectionText(text, heading).map((b) => [b.kind, b.marker, b.title]);

describe('section text structure', () => {
  it('reads （一） parts with their lead-in sentence, 一是 points, 1. items and （1） sub-items', () => {
    const text = [
      '（一）理论武装扎实推进。一是理论学习有实效。今年以来……',
      '一是实践学习有声势。',
      '二是思想教育有成效。',
      '1.组织专题党课。共12场。',
      '（1）党员干部参加',
      '普通段落，没有标号。',
    ].join('\n');
    expect(kinds(text)).toEqual([
      ['part', '（一）', '理论武装扎实推进。'],
      ['point', '一是', ''],
      ['point', '二是', ''],
      ['item', '1.', '组织专题党课。'],
      ['subitem', '（1）', ''],
      ['paragraph', '', ''],
    ]);
    expect(parseSectionText(text)[0]!.rest).toBe('一是理论学习有实效。今年以来……');
  });

  it('renumbers what was pasted out of order and resets deeper levels under each part', () => {
    const text = ['（三）第一部分。', '二是甲', '五是乙', '（一）第二部分。', '三是丙', '7. 事项', '2．事项'].join(
      '\n',
    );
    expect(blocksText(parseSectionText(text))).toBe(
      ['（一）第一部分。', '一是甲', '二是乙', '（二）第二部分。', '一是丙', '1.事项', '2.事项'].join('\n'),
    );
  });

  it("drops a pasted repeat of the section's own heading and makes other 一、 lines parts", () => {
    const text = '一、工作完成情况^【更多*#*素%材尽在哒哒文库】\n二、宣传阵地建设\n内容##paidbegin##继续';
    expect(kinds(text, '工作完成情况')).toEqual([
      ['part', '（一）', '宣传阵地建设'],
      ['paragraph', '', ''],
    ]);
    expect(parseSectionText(text, '工作完成情况')[1]!.rest).toBe('内容继续');
  });

  it('leaves numbers that are not markers alone: 2026.3, 1.5倍, (注)', () => {
    expect(kinds('2026.3 月报\n1.5倍增长\n(注)说明')).toEqual([
      ['paragraph', '', ''],
      ['paragraph', '', ''],
      ['paragraph', '', ''],
    ]);
  });

  it('whatever is pasted, each level counts 1, 2, 3… under its parent and no text is lost', () => {
    const marker = fc.constantFrom(
      '（一）',
      '(二)',
      '三、',
      '十二、',
      '一是',
      '四是',
      '1.',
      '3．',
      '12、',
      '（2）',
      '(7)',
      '',
    );
    const line = fc.tuple(
      marker,
      fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /^[^\s\n\r（(一二三四五六七八九十\d#【^]/.test(s)),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (lines) => {
        const blocks = parseSectionText(lines.map(([m, t]) => `${m}${t}`).join('\n'));
        const counters = { part: 0, item: 0, subitem: 0, point: 0 };
        for (const b of blocks) {
          if (b.kind === 'paragraph') continue;
          counters[b.kind] += 1;
          if (b.kind === 'part') Object.assign(counters, { item: 0, subitem: 0, point: 0 });
          if (b.kind === 'item') Object.assign(counters, { subitem: 0, point: 0 });
          if (b.kind === 'subitem') counters.point = 0;
          const n = counters[b.kind];
          const expected = {
            part: `（${chineseNumber(n)}）`,
            item: `${n}.`,
            subitem: `（${n}）`,
            point: `${chineseNumber(n)}是`,
          };
          expect(b.marker).toBe(expected[b.kind]);
        }
        const kept = blocks.map((b) => b.title + b.rest).join('');
        expect(kept).toBe(
          lines
            .map(([, t]) => cleanPasted(t).trim())
            .filter(Boolean)
            .join(''),
        );
      }),
      { numRuns: 300 },
    );
  });
});
