// The summary as a 公文 after GB/T 9704: A4, 方正小标宋简体 title at 22 pt naming the township, 仿宋_GB2312 body at
// 16 pt (三号) on a document grid of 22 lines × 28 characters, 2-character first-line indent, 一、(黑体) /（一）(楷体)
// headings, the issuing body and the Chinese date right-aligned at the end, and "— 1 —" page numbers.
import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { parseSectionText, type TextBlock } from '../../core/stats/documentText';
import type { ExportContent } from '../../core/stats/ports';
import type { SummarySection } from '../../core/stats/summaryDocument';
import { LEVEL_PHRASES } from '../../core/stats/text';
import { chineseDate, chineseNumber, rateText, STORY_UNIT } from '../../core/stats/wording';
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS, PUBLICATION_LEVELS } from '../../core/vocabulary';
import { xmlText } from './xmlText';

export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
} as const;
const LATIN = 'Times New Roman';
const BODY_SIZE = 32; // half-points: 16 pt, 三号
const TABLE_SIZE = 28; // 14 pt, 四号
/** The type area of GB/T 9704, 156 × 225 mm, in twips: A4 less margins of 37/35 mm (top/bottom), 28/26 mm (sides). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
/** 12756 / 22: each line takes exactly one grid line. */
const LINE_PITCH = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / LINES_PER_PAGE);
/**
 * 28 characters a line: each 16 pt character narrowed to the next whole twip below 8844 / 28 (-5 twips, a quarter
 * point), so 28 fit the 442.2 pt line and 29 do not. A character grid (linesAndChars with a negative charSpace) does the same in Word but
 * LibreOffice snaps every 16 pt character to two narrower cells, so the spacing is set on the runs instead.
 */
const CHAR_SPACING = Math.floor(TEXT_WIDTH / CHARS_PER_LINE - BODY_SIZE * 10);
const LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT };
const INDENT = { firstLine: 640 }; // two characters of 16 pt
/** 成文日期右空四字. */
const SIGNATURE_INDENT = { right: 4 * 320 };

const run = (text: string, font: string, options: { size?: number; bold?: boolean } = {}) =>
  new TextRun({
    text: xmlText(text),
    size: options.size ?? BODY_SIZE,
    bold: options.bold,
    characterSpacing: (options.size ?? BODY_SIZE) === BODY_SIZE ? CHAR_SPACING : undefined,
    font: { eastAsia: font, ascii: LATIN, hAnsi: LATIN, cs: LATIN },
  });

interface ParagraphExtra {
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  /** Stay on the page of the next paragraph (the text before the signature, the signature lines). */
  keepNext?: boolean;
}
const paragraph = (children: TextRun[], extra: ParagraphExtra = {}) =>
  new Paragraph({
    children,
    indent: INDENT,
    spacing: LINE,
    alignment: extra.alignment ?? AlignmentType.JUSTIFIED,
    keepNext: extra.keepNext,
  });

const body = (text: string, extra: ParagraphExtra = {}) => paragraph([run(text, FONTS.body)], extra);
const heading1 = (n: number, text: string) =>
  paragraph([run(`${chineseNumber(n)}、${text}`, FONTS.heading1)], { alignment: AlignmentType.LEFT });

/** One parsed block: parts in 楷体, items' lead-ins in bold 仿宋, the rest of the line in body type. */
function blockParagraph(b: TextBlock, extra: ParagraphExtra = {}): Paragraph {
  if (b.kind === 'paragraph') return body(b.rest, extra);
  const restRun = b.rest ? [run(b.rest, FONTS.body)] : [];
  if (b.kind === 'part') return paragraph([run(`${b.marker}${b.title}`, FONTS.heading2), ...restRun], extra);
  if (b.kind === 'item')
    return paragraph([run(`${b.marker}${b.title}`, FONTS.body, { bold: true }), ...restRun], extra);
  return paragraph([run(`${b.marker}${b.rest}`, FONTS.body)], extra);
}

/** Display width in characters of the table's type: CJK one, Latin and digits half. */
const widthOf = (text: string) => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x2e80 ? 0.55 : 1), 0);

/** Twips of one character of the table's 14 pt type. */
const TABLE_CHAR = TABLE_SIZE * 10;

/** Columns (twips) as wide as their longest cell plus two characters of padding, narrowed to fit the type area. */
export function columnWidths(rows: string[][]): number[] {
  const natural = rows[0]!.map((_, i) => (Math.max(...rows.map((r) => widthOf(r[i] ?? ''))) + 2) * TABLE_CHAR);
  const scale = Math.min(1, TEXT_WIDTH / natural.reduce((a, b) => a + b, 0));
  return natural.map((w) => Math.floor(w * scale));
}

/** A table of up to this many rows is kept on one page (with its caption) rather than split across two. */
const KEPT_TOGETHER_ROWS = 15;

function table(header: string[], rows: (string | number)[][]): Table {
  const text = [header, ...rows.map((r) => r.map(String))];
  const together = text.length <= KEPT_TOGETHER_ROWS;
  const cell = (value: string, row: number) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: together && row < text.length - 1,
          children: [run(value, FONTS.body, { size: TABLE_SIZE, bold: row === 0 })],
        }),
      ],
    });
  const widths = columnWidths(text);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    alignment: AlignmentType.CENTER,
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: text.map(
      (r, i) => new TableRow({ tableHeader: i === 0, cantSplit: true, children: r.map((c) => cell(c, i)) }),
    ),
  });
}

const caption = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: LINE,
    keepNext: true,
    children: [run(text, FONTS.heading2)],
  });

function figuresTables(c: ExportContent): (Paragraph | Table)[] {
  const f = c.figures;
  return [
    caption(`表1\u3000各级媒体用稿情况（单位：${STORY_UNIT}）`),
    table(
      ['级别', '数量'],
      [...PUBLICATION_LEVELS.map((l) => [LEVEL_PHRASES[l], f.publicationsByLevel[l]]), ['合计', f.publicationsTotal]],
    ),
    caption(`表2\u3000新撰写稿件体裁（单位：${STORY_UNIT}）`),
    table(
      ['体裁', '数量'],
      [...ARTICLE_KINDS.map((k) => [ARTICLE_KIND_LABELS[k], f.articlesByKind[k]]), ['合计', f.articlesTotal]],
    ),
    caption('表3\u3000各单位线索报送情况（单位：条）'),
    table(
      ['单位', '报送', '采用', '采用率'],
      f.leadsByUnit.map((u) => [
        u.unitName,
        u.leadsSubmitted,
        u.leadsAccepted,
        u.adoptionRate === null ? '—' : rateText(u.adoptionRate),
      ]),
    ),
  ];
}

/** GB/T 9704: the signature never stands on a page alone, so the last paragraph keeps with it. */
function sectionContent(s: SummarySection, beforeSignature = false): Paragraph[] {
  const blocks = parseSectionText(s.text, s.heading);
  return blocks.map((b, i) => blockParagraph(b, { keepNext: beforeSignature && i === blocks.length - 1 }));
}

export function summaryDocument(c: ExportContent): Document {
  const doc = c.document;
  const [preamble, ...numbered] = doc.sections;
  const parts = numbered.filter((s) => s.text.trim());
  const signature = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: SIGNATURE_INDENT,
      spacing: LINE,
      keepNext: true,
      children: [run(text, FONTS.body)],
    });
  const blank = () => new Paragraph({ spacing: LINE, keepNext: true, children: [] });
  return new Document({
    creator: c.townshipName || '乡讯',
    title: c.title,
    styles: {
      default: { document: { run: { size: BODY_SIZE, font: { eastAsia: FONTS.body, ascii: LATIN, hAnsi: LATIN } } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: 1247 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['— ', PageNumber.CURRENT, ' —'],
                    size: 28,
                    font: { eastAsia: '宋体', ascii: LATIN, hAnsi: LATIN },
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: Math.round(LINE_PITCH * 1.5), lineRule: LineRuleType.EXACT, after: LINE_PITCH },
            children: [run(doc.title, FONTS.title, { size: 44 })],
          }),
          ...(preamble ? sectionContent(preamble) : []),
          ...parts.flatMap((s, i) => [
            heading1(i + 1, s.heading),
            ...sectionContent(s, i === parts.length - 1),
            ...(s.key === 'done' ? figuresTables(c) : []),
          ]),
          blank(),
          blank(),
          ...(doc.issuer ? [signature(doc.issuer)] : []),
          signature(chineseDate(doc.signedOn)),
        ],
      },
    ],
  });
}

export async function summaryDocx(c: ExportContent): Promise<Buffer> {
  return Packer.toBuffer(summaryDocument(c));
}
