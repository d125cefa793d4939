// stats.export as a job: the call waits a few seconds for small exports and otherwise hands back a job id to poll,
// so a large year never times out the request. The same export asked twice reuses the running job. Where the work
// runs, and whether a job is still alive, is the Jobs port's business (in this process locally, within the call in
// the WeChat cloud).
import { AppError, notFound } from '../errors';
import { portOf, type Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { ExportResult } from './views';
import { periodLabel, yearOf } from './period';
import type { ExportJobRecord } from './records';
import type { ExportJobStore } from './ports';
import type { ExportInput, ExportStatusInput } from './schemas';
import { periodBasis, summaryDocumentOf } from './draftService';
import type { SummaryDocument } from './summaryDocument';
import type { CursorKey } from '../cursor';
import type { ActivityStore } from '../activities/ports';
import type { ActivityRecord } from '../activities/records';
import type { WorkPlanStore } from '../workplan/ports';
import type { WorkTaskRecord } from '../workplan/records';
import { periodPlatformMonths } from '../reach/service';

/** How long a call waits for its job before answering `running`. */
export const EXPORT_WAIT_MS = 3000;
/** A finished export of the same content is handed out again for this long instead of being rebuilt. */
const REUSE_DONE_MS = 60_000;

export const JOB_INTERRUPTED = '服务重启，任务已中断';
export const EXPORT_TOO_LONG = '导出数据量过大，超出云函数时限，请缩短统计区间后重试';

/** FNV-1a: a short, stable key for "the same export" (the draft text can be long). */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function exportTitle(input: ExportInput): string {
  return input.title ?? `${periodLabel(input.from, input.to)}宣传思想工作${input.format === 'docx' ? '总结' : '台账'}`;
}

function withDoneText(doc: SummaryDocument, text: string): SummaryDocument {
  return { ...doc, sections: doc.sections.map((s) => (s.key === 'done' ? { ...s, text } : s)) };
}

/** A period holds a few hundred activities at most; they are read page by page all the same. */
async function periodActivities(
  stats: ActivityStore,
  townshipId: string,
  period: { from: string; to: string },
): Promise<ActivityRecord[]> {
  const all: ActivityRecord[] = [];
  for (let after: CursorKey | undefined; ;) {
    const q = { townshipId, from: period.from, to: period.to, after, limit: 50 };
    const page = await stats.listActivities(q);
    all.push(...page.items);
    if (!page.next) return all;
    after = page.next;
  }
}

/** The plans of the years the period touches: what the summary's workPlan figure counts. */
async function periodWorkTasks(
  store: WorkPlanStore,
  townshipId: string,
  period: { from: string; to: string },
): Promise<WorkTaskRecord[]> {
  const years: number[] = [];
  for (let y = yearOf(period.from); y <= yearOf(period.to); y += 1) years.push(y);
  return (await Promise.all(years.map((y) => store.listWorkTasks(townshipId, y)))).flat();
}

async function runJob(ctx: Context, caller: AccountRecord, input: ExportInput, job: ExportJobRecord): Promise<void> {
  const stats = portOf(ctx.exportJobs);
  let saved = 0;
  const update = async (patch: Partial<ExportJobRecord>) => {
    Object.assign(job, patch, { updatedAt: ctx.clock.now().toISOString() });
    await stats.updateExportJob(job);
  };
  try {
    // The period alone goes to the queries: the export's own fields (format, title, text) are not theirs.
    const period = { from: input.from, to: input.to };
    const basis = await periodBasis(ctx, caller, period);
    const [draft, units, activities, workTasks, platformMonths] = await Promise.all([
      summaryDocumentOf(ctx, caller, period, basis),
      ctx.townships.listUnits(caller.townshipId),
      periodActivities(portOf(ctx.activities), caller.townshipId, period),
      periodWorkTasks(portOf(ctx.workPlan), caller.townshipId, period),
      periodPlatformMonths(portOf(ctx.reach), caller.townshipId, period),
    ]);
    // A paragraph sent with the call (`text`, from pages before saved drafts) stands in for 工作完成情况.
    const document = input.text ? withDoneText(draft, input.text) : draft;
    await update({ progress: 0.1 });
    const content = {
      title: input.title ?? (input.format === 'docx' ? document.title : exportTitle(input)),
      townshipName: basis.township.name,
      from: input.from,
      to: input.to,
      figures: basis.figures,
      document,
      highlights: basis.highlights,
      rules: basis.rules,
      units,
      activities,
      workTasks,
      platformMonths,
    };
    const file = await stats.writeExport(job, content, (fraction) => {
      const progress = 0.1 + 0.9 * Math.min(1, fraction);
      // Writing the row on every page would slow the export itself: every 5 % is plenty for a progress bar.
      if (progress - saved >= 0.05) {
        saved = progress;
        void update({ progress: Math.round(progress * 100) / 100 });
      }
    });
    await update({ status: 'done', progress: 1, fileID: file.fileID, fileName: file.fileName });
  } catch (err) {
    console.error('export failed', err);
    await update({ status: 'failed', error: err instanceof AppError ? err.message : '生成文件失败' }).catch(
      () => undefined,
    );
  }
}

async function answer(ctx: Context, job: ExportJobRecord): Promise<ExportResult> {
  if (job.status === 'failed') throw new AppError('INTERNAL', `导出失败：${job.error ?? '生成文件失败'}，请稍后重试`);
  if (job.status === 'running' || !job.fileID) return { jobId: job.id, status: 'running', progress: job.progress };
  const urls = await ctx.files.signedUrls([job.fileID]);
  return {
    jobId: job.id,
    status: 'done',
    progress: 1,
    fileID: job.fileID,
    url: urls.get(job.fileID)!,
    fileName: job.fileName ?? undefined,
  };
}

async function reread(stats: ExportJobStore, job: ExportJobRecord): Promise<ExportJobRecord> {
  return (await stats.getExportJob(job.townshipId, job.id)) ?? job;
}

async function fail(ctx: Context, job: ExportJobRecord, error: string): Promise<ExportJobRecord> {
  const failed: ExportJobRecord = { ...job, status: 'failed', error, updatedAt: ctx.clock.now().toISOString() };
  await portOf(ctx.exportJobs).updateExportJob(failed);
  return failed;
}

export async function startExport(ctx: Context, caller: AccountRecord, input: ExportInput): Promise<ExportResult> {
  const stats = portOf(ctx.exportJobs);
  const jobs = portOf(ctx.jobs);
  const now = ctx.clock.now();
  // A newly saved draft is a different document: its savedAt is part of what "the same export" means.
  const draft = await portOf(ctx.summaryDrafts).getSummaryDraft(caller.townshipId, input.from, input.to);
  const content = `${input.title ?? ''}\u0000${input.text ?? ''}\u0000${draft?.savedAt ?? ''}`;
  const key = `${input.format}:${input.from}:${input.to}:${fnv(content)}`;
  const found = await stats.findExportJob(
    caller.townshipId,
    key,
    new Date(now.getTime() - REUSE_DONE_MS).toISOString(),
  );
  if (found && (found.status === 'done' || jobs.alive(found))) {
    await jobs.wait(found.id, EXPORT_WAIT_MS);
    return answer(ctx, await reread(stats, found));
  }
  if (found) await fail(ctx, found, JOB_INTERRUPTED);

  const job: ExportJobRecord = {
    id: ctx.newId(),
    townshipId: caller.townshipId,
    requestedBy: caller.id,
    from: input.from,
    to: input.to,
    format: input.format,
    key,
    status: 'running',
    progress: 0,
    fileID: null,
    fileName: null,
    error: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  await stats.insertExportJob(job);
  const outcome = await jobs.start(job.id, () => runJob(ctx, caller, input, job), EXPORT_WAIT_MS);
  const latest = await reread(stats, job);
  return answer(
    ctx,
    outcome === 'abandoned' && latest.status === 'running' ? await fail(ctx, latest, EXPORT_TOO_LONG) : latest,
  );
}

export async function exportStatus(
  ctx: Context,
  caller: AccountRecord,
  input: ExportStatusInput,
): Promise<ExportResult> {
  const stats = portOf(ctx.exportJobs);
  const job = await stats.getExportJob(caller.townshipId, input.jobId);
  if (!job) throw notFound('没有找到这个导出任务');
  if (job.status === 'running' && !portOf(ctx.jobs).alive(job))
    return answer(ctx, await fail(ctx, job, JOB_INTERRUPTED));
  return answer(ctx, job);
}
