// The summary as printed: the .docx rendered by LibreOffice, pages read back with poppler. A finished 公文 names the
// township in its title, runs 28 characters a line, and ends with the issuing body and the Chinese date.
import path from 'node:path';
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { hasOffice, renderDocx } from '../support/office';
import { statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';

const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
let town: StatsTownship;
beforeAll(() => {
  town = statsTownship(sampleWorld());
});
afterAll(() => town.close());

if (!hasOffice) {
  console.warn(
    'LibreOffice (soffice) 或 poppler-utils 未安装：跳过 Word 渲染检查。apt-get install libreoffice-writer-nogui poppler-utils',
  );
}
const describeRendered = hasOffice ? describe : describe.skip;

const SEED_PART =
  '（三）对外宣传有力有效。党委紧紧围绕中心工作，精心组织策划、深入一线采访、提高稿件质量，不断提高对外宣传的工作质量，' +
  '展示了全镇高质量发展的良好形象。一是有力展示发展亮点。二是有力弘扬先进人物事迹。';

describeRendered('the summary rendered by LibreOffice', () => {
  it('names the township first, runs 28 characters a line, and ends with the issuing body and the date', async () => {
    const draft = (await town.call(statsFunction, 'editor', { action: 'summaryDraft', ...PERIOD })).data;
    const sections = draft.sections.map((s: { key: string; text: string }) =>
      s.key === 'done' ? { ...s, text: `${s.text}\n${SEED_PART}\n1.第一项\n5.第二项` } : s,
    );
    const saved = await town.call(statsFunction, 'editor', {
      action: 'saveSummaryDraft',
      ...PERIOD,
      title: draft.title,
      issuer: '中共示范镇委员会',
      signedOn: '2026-12-31',
      sections,
    });
    expect(saved.ok).toBe(true);
    const res = await town.call(statsFunction, 'editor', { action: 'export', ...PERIOD, format: 'docx' });
    const rendered = renderDocx(path.join(town.dir, 'files', res.data.fileID));

    expect(rendered.pages).toBeGreaterThanOrEqual(2);
    expect(rendered.pages).toBeLessThanOrEqual(8);
    const first = rendered.pageText(1).replace(/\s+/g, '');
    expect(first.startsWith('示范镇2026年宣传思想工作总结')).toBe(true);
    const last = rendered
      .pageText(rendered.pages)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter(Boolean);
    const footerless = last.filter((l) => !/^—\d+—$/.test(l));
    expect(footerless.slice(-2)).toEqual(['中共示范镇委员会', '2026年12月31日']);
    expect(rendered.pageText(rendered.pages)).toMatch(/—\s*\d+\s*—/);

    // The document grid: a full line of body text holds 28 characters (a paragraph's first line 26 after its
    // indent); no line runs longer.
    // Every page: which page the seed's part lands on depends on how many figures the records fill before it.
    const body = Array.from({ length: rendered.pages }, (_, i) => rendered.pageText(i + 1))
      .join('\n')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ''))
      .filter((l) => /^[\u4e00-\u9fff，。、；：“”（）]+$/.test(l));
    const widths = body.map((l) => [...l].length);
    expect(Math.max(...widths)).toBe(28);
    // 22 lines of text and the page number.
    expect(
      rendered
        .pageText(2)
        .split('\n')
        .filter((l) => l.trim()).length,
    ).toBeLessThanOrEqual(22 + 1);
    expect(rendered.pageText(1).replace(/\s+/g, '')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }, 180_000);
});
