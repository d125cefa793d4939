// The statistics' own collections in the cloud database (create them in the console, like those of documents.ts).
// Their permission is "仅管理端可读写": only cloud functions read rules, trainings and export jobs.
export const STATS_COLLECTIONS = {
  rules: 'assessment_rules',
  trainings: 'trainings',
  exportJobs: 'export_jobs',
  summaryDrafts: 'summary_drafts',
} as const;

/** Where export files go in cloud storage; readable only through the temp URLs the function hands out. */
export const EXPORTS_FOLDER = 'exports';
