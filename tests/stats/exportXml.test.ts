// Every text written into a Word or Excel export is valid XML 1.0 (DESIGN 4.5): a lead title carrying U+FFFE,
// U+FFFF or U+0001 (stored before text was checked, or written by another client) must not break the file.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { statsFunction } from '../../cloudfunctions/functions/stats';
import { statsTownship, type StatsTownship } from './context';
import { sampleWorld } from './world';

const PERIOD = { from: '2026-01-01', to: '2026-02-28' };
const HOSTILE_TITLE = '茶园\ufffe开采\uffff节\u0001活动\ud800';
let town: StatsTownship;

beforeAll(() => {
  town = statsTownship(sampleWorld());
  const lead = town.db
    .prepare(
      "SELECT id FROM leads WHERE created_at >= '2026-01-01' AND created_at < '2026-02-28' ORDER BY created_at LIMIT 1",
    )
    .get() as { id: string };
  town.db
    .prepare("UPDATE leads SET title = ?, highlight_section = '基层治理' WHERE id = ?")
    .run(HOSTILE_TITLE, lead.id);
});
afterAll(() => town.close());

/** Throws on anything XML 1.0 forbids, as Word and Excel do. */
function parseStrictly(xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (err) => {
    throw err;
  });
  parser.write(xml).close();
}

async function exportedParts(format: 'docx' | 'xlsx'): Promise<Map<string, string>> {
  const res = await town.call(statsFunction, 'editor', { action: 'export', ...PERIOD, format });
  expect(res.ok).toBe(true);
  const zip = await JSZip.loadAsync(fs.readFileSync(path.join(town.dir, 'files', res.data.fileID)));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
    parts.set(name, await zip.file(name)!.async('string'));
  }
  return parts;
}

test.each(['docx', 'xlsx'] as const)(
  'the %s export of a lead titled with U+FFFE/U+FFFF/U+0001 is valid XML',
  async (format) => {
    const parts = await exportedParts(format);
    const all = [...parts.values()].join('\n');
    expect(all).toMatch(/茶园.{0,8}开采.{0,8}节.{0,8}活动/); // the lead is in the file…
    const refused = [...parts].flatMap(([name, xml]) => {
      try {
        parseStrictly(xml);
        return [];
      } catch (err) {
        return [`${name}: ${(err as Error).message}`];
      }
    });
    expect(refused).toEqual([]);
  },
);
