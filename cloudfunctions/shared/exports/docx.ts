// The summary as an official-style Word document: A4, 方正小标宋简体 title at 22 pt, 仿宋_GB2312 body at 16 pt (三号)
// on a fixed 28 pt line, 2-character first-line indent, sections 一、/（一）, and "— 1 —" page numbers.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ExportContent } from '../../core/stats/ports';
import { periodLabel } from '../../core/stats/period';
import { LEVEL_PHRASES } from '../../core/stats/text';
import { ARTICLE_KINDS, ARTICLE_KIND_LABELS, PUBLICATION_LEVELS } from '../../core/vocabulary';
import { xmlText } from './xmlText';

export const FONTS = { title: '方正小标宋简体', body: '仿宋_GB2312', heading1: '黑体', heading2: '楷体_GB2312' } as const;
const LATIN = 'Times New Roman';
const BODY_SIZE = 32; // half-points: 16 pt, 三号
const TABLE_SIZE = 28; // 14 pt, 四号
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt
const INDENT = { firstLine: 640 }; // two characters of 16 pt
const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const run = (text: string, font: string, size = BODY_SIZE) =>
  new TextRun({ text: xmlText(text), size, font: { eastAsia: font, ascii: LATIN, hAnsi: LATIN, cs: LATIN } });

const body = (text: string) => new Paragraph({ children: [run(text, FONTS.body)], indent: INDENT, spacing: LINE, alignment: AlignmentType.JUSTIFIED });
const heading1 = (n: number, text: string) =>
  new Paragraph({ children: [run(`${CN_NUMBERS[n]}、${text}`, FONTS.heading1)], indent: INDENT, spacing: LINE });
const heading2 = (n: number, text: string) =>
  new Paragraph({ children: [run(`（${CN_NUMBERS[n]}）${text}`, FONTS.heading2)], indent: INDENT, spacing: LINE });

function table(header: string[], rows: (string | number)[][]): Table {
  const cell = (text: string | number, bold = false) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlText(String(text)), bold, size: TABLE_SIZE, font: { eastAsia: FONTS.body, ascii: LATIN, hAnsi: LATIN } })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

function figuresTables(c: ExportContent): (Paragraph | Table)[] {
  const f = c.figures;
  return [
    heading2(0, '各级媒体用稿'),
    table(['级别', '篇数'], [...PUBLICATION_LEVELS.map((l) => [LEVEL_PHRASES[l], f.publicationsByLevel[l]]), ['合计', f.publicationsTotal]]),
    heading2(1, '稿件体裁'),
    table(['体裁', '篇数'], [...ARTICLE_KINDS.map((k) => [ARTICLE_KIND_LABELS[k], f.articlesByKind[k]]), ['合计', f.articlesTotal]]),
    heading2(2, '各单位线索报送'),
    table(
      ['单位', '报送', '采用', '采用率'],
      f.leadsByUnit.map((u) => [u.unitName, u.leadsSubmitted, u.leadsAccepted, u.adoptionRate === null ? '—' : `${u.adoptionRate}%`]),
    ),
  ];
}

export function summaryDocument(c: ExportContent): Document {
  const highlights = c.highlights.flatMap((s, i) => [
    heading2(i, s.section),
    ...s.leads.map((l, j) => body(`${j + 1}．${l.title}（${l.unitName}${l.publishedIn ? `；刊发：${l.publishedIn}` : ''}）`)),
  ]);
  const sections: { title: string; content: (Paragraph | Table)[] }[] = [
    { title: '总体情况', content: c.text.split(/\n+/).map((p) => body(p.trim())) },
    ...(highlights.length ? [{ title: '亮点工作', content: highlights }] : []),
    { title: '主要数据', content: figuresTables(c) },
  ];
  return new Document({
    creator: xmlText(c.townshipName || '乡讯'),
    title: xmlText(c.title),
    styles: { default: { document: { run: { size: BODY_SIZE, font: { eastAsia: FONTS.body, ascii: LATIN, hAnsi: LATIN } } } } },
    sections: [
      {
        properties: {
          // A4 with the margins of GB/T 9704 (37/35/28/26 mm), in twips.
          page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 1247 } },
        },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: { eastAsia: '宋体', ascii: LATIN, hAnsi: LATIN } })] })],
          }),
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 560 }, children: [run(c.title, FONTS.title, 44)] }),
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: LINE, children: [run(`${c.townshipName}　${periodLabel(c.from, c.to)}`, FONTS.heading2)] }),
          ...sections.flatMap((s, i) => [heading1(i, s.title), ...s.content]),
        ],
      },
    ],
  });
}

export async function summaryDocx(c: ExportContent): Promise<Buffer> {
  return Packer.toBuffer(summaryDocument(c));
}
