// Renders a .docx to PDF with LibreOffice (its own profile folder, so conversions never share one) and reads the
// pages back with poppler: what a township would print.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const hasOffice = ['soffice', 'pdftotext', 'pdfinfo'].every((cmd) => spawnSync('which', [cmd]).status === 0);

export interface RenderedPdf {
  pdf: string;
  pages: number;
  /** The text of page n (1-based), laid out as printed. */
  pageText(n: number): string;
}

export function renderDocx(docx: string): RenderedPdf {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xiangxun-office-'));
  const env = { ...process.env, FONTCONFIG_FILE: path.join(__dirname, 'officeFonts.conf'), HOME: dir };
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { env, stdio: 'pipe', timeout: 120_000 },
  );
  const pdf = path.join(dir, `${path.basename(docx, path.extname(docx))}.pdf`);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
  const pageText = (n: number) =>
    execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
  return { pdf, pages, pageText };
}
