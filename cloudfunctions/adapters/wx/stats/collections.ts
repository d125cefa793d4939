// The statistics' own collections in the cloud database (create them in the console, like those of documents.ts).
// Their rules and indexes are declared with every other collection in ../collections.ts.
export const STATS_COLLECTIONS = {
  rules: 'assessment_rules',
  activities: 'activities',
  workTasks: 'work_tasks',
  /** `_id` is townshipId:unitId:platform:month. */
  platformMonths: 'platform_months',
  exportJobs: 'export_jobs',
  summaryDrafts: 'summary_drafts',
} as const;

/** Where export files go in cloud storage; readable only through the temp URLs the function hands out. */
export const EXPORTS_FOLDER = 'exports';
