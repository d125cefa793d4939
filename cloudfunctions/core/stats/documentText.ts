// The structure inside a section's text, read from the start of each line: （一） parts, 一是 points, 1. items and
// （1） sub-items. Markers are read, then written again by counters, so whatever a person pastes (（三） first, a
// 一、 heading inside a part, 2. after 5.) comes out numbered in order. Pure: the Word writer and tests use it.
import { chineseNumber } from './wording';

export type BlockKind = 'paragraph' | 'part' | 'point' | 'item' | 'subitem';

export interface TextBlock {
  kind: BlockKind;
  /** The marker as written in the document: （二）, 三是, 4., （5）; '' for a paragraph. */
  marker: string;
  /** A part's or item's lead-in up to its first full stop (set in heading type); '' for a paragraph. */
  title: string;
  /** The text after the title: the paragraph's body. */
  rest: string;
}

const CN = '[一二三四五六七八九十]+';
/** Outline levels in nesting order: a marker resets the counters of every level after it. */
const LEVELS: {
  kind: Exclude<BlockKind, 'paragraph'>;
  pattern: RegExp;
  write: (n: number) => string;
  titled: boolean;
}[] = [
  // A 一、 line inside a section would clash with the document's own 一、二、三、: it becomes a part.
  {
    kind: 'part',
    pattern: new RegExp(`^(?:[（(]${CN}[）)]|${CN}、)\\s*`),
    write: (n) => `（${chineseNumber(n)}）`,
    titled: true,
  },
  { kind: 'item', pattern: /^\d{1,2}\s*[.．、](?!\d)\s*/, write: (n) => `${n}.`, titled: true },
  { kind: 'subitem', pattern: /^[（(]\d{1,2}[）)]\s*/, write: (n) => `（${n}）`, titled: false },
  { kind: 'point', pattern: new RegExp(`^${CN}是`), write: (n) => `${chineseNumber(n)}是`, titled: false },
];

/** Noise a text copied from a document site carries: 【更多素材尽在…】, ##paidbegin##. */
const NOISE = [/\^?【[^】]*(?:文库|素.?材|更多)[^】]*】/g, /##\w+##/g];

export function cleanPasted(text: string): string {
  return NOISE.reduce((t, re) => t.replace(re, ''), text);
}

/** Splits a titled line after its first sentence: （一）理论武装扎实推进。一是… → 理论武装扎实推进。 + 一是… */
function splitTitle(line: string): { title: string; rest: string } {
  const m = /^[^。！？：:]{1,40}[。！？：:]/.exec(line);
  return m ? { title: m[0], rest: line.slice(m[0].length) } : { title: line, rest: '' };
}

const normalise = (s: string) => s.replace(/[\s。：:]/g, '');

/**
 * The blocks of one section's text. `heading` is the section's own heading: a pasted line repeating it
 * (一、工作完成情况) is dropped, since the document writes it already.
 */
export function parseSectionText(text: string, heading = ''): TextBlock[] {
  const counters = LEVELS.map(() => 0);
  const blocks: TextBlock[] = [];
  for (const raw of cleanPasted(text).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const level = LEVELS.findIndex((l) => l.pattern.test(line));
    if (level < 0) {
      blocks.push({ kind: 'paragraph', marker: '', title: '', rest: line });
      continue;
    }
    const spec = LEVELS[level]!;
    const content = line.replace(spec.pattern, '').trim();
    if (spec.kind === 'part' && heading && normalise(content) === normalise(heading)) continue;
    if (!content) continue;
    counters[level]! += 1;
    for (let deeper = level + 1; deeper < LEVELS.length; deeper++) counters[deeper] = 0;
    const { title, rest } = spec.titled ? splitTitle(content) : { title: '', rest: content };
    blocks.push({ kind: spec.kind, marker: spec.write(counters[level]!), title, rest });
  }
  return blocks;
}

/** The section text as a person reads it again: markers renumbered, noise gone. */
export function blocksText(blocks: TextBlock[]): string {
  return blocks.map((b) => `${b.marker}${b.title}${b.rest}`).join('\n');
}
