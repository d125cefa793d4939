// An export on WeChat: the file is built in the call (docx by the shared exporter, xlsx from the ledger pages) and
// written to cloud storage under exports/<township>/<job>.<ext>; the core hands out a temp URL of its fileID.
import { summaryDocx } from '../../../shared/exports/docx';
import type { ExportContent } from '../../../core/stats/ports';
import type { ExportJobRecord } from '../../../core/stats/records';
import type { Database, WxCloud } from '../sdk';
import { EXPORTS_FOLDER } from './collections';
import { ledgerSheets } from '../../../shared/exports/ledgers';
import { wxLedgerSource } from './ledgerSource';
import { xlsxFile } from '../../../shared/exports/xlsxFile';

export async function writeExport(
  cloud: Pick<WxCloud, 'uploadFile'>,
  db: Database,
  job: ExportJobRecord,
  content: ExportContent,
  onProgress: (fraction: number) => void,
): Promise<{ fileID: string; fileName: string }> {
  if (!cloud.uploadFile) throw new Error('wx-server-sdk 缺少 uploadFile');
  const fileContent =
    job.format === 'docx'
      ? await summaryDocx(content)
      : xlsxFile(await ledgerSheets(await wxLedgerSource(db, job.townshipId, content), content, onProgress));
  const { fileID } = await cloud.uploadFile({
    cloudPath: `${EXPORTS_FOLDER}/${job.townshipId}/${job.id}.${job.format}`,
    fileContent,
  });
  return { fileID, fileName: `${content.title}.${job.format}` };
}
