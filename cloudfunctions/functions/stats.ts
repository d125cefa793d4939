// The stats cloud function: summary figures and draft, rankings and their reasons, alerts, the assessment rule, exports.
import { emptySchema } from '../core/fields';
import { action, ADMIN, defineFunction, DESK } from '../core/runtime';
import { exportStatus, startExport } from '../core/stats/exportJob';
import { saveRuleSchema } from '../core/stats/rule';
import {
  alertsSchema,
  explainSchema,
  exportSchema,
  exportStatusSchema,
  rankingSchema,
  summarySchema,
} from '../core/stats/schemas';
import { saveSummaryDraft, summaryDraft } from '../core/stats/draftService';
import { alerts, explain, ranking, rules, saveRule, summary } from '../core/stats/service';
import { saveSummaryDraftSchema, summaryDraftSchema } from '../core/stats/summaryDocument';

export const statsFunction = defineFunction('stats', {
  summary: action({ roles: DESK, schema: summarySchema, run: summary }),
  ranking: action({ roles: DESK, schema: rankingSchema, run: ranking }),
  explain: action({ roles: DESK, schema: explainSchema, run: explain }),
  alerts: action({ roles: DESK, schema: alertsSchema, run: alerts }),
  rules: action({ roles: DESK, schema: emptySchema, run: rules }),
  saveRule: action({ roles: ADMIN, schema: saveRuleSchema, run: saveRule }),
  /**
   * Answers within a few seconds: `done` with the file, or `running` with a `jobId` to poll through
   * `exportStatus` (a failed job answers INTERNAL with a Chinese message).
   */
  export: action({ roles: DESK, schema: exportSchema, run: startExport }),
  exportStatus: action({ roles: DESK, schema: exportStatusSchema, run: exportStatus }),
  /** The period's summary document: the saved draft, or one drafted afresh; `regenerate` redrafts one section. */
  summaryDraft: action({ roles: DESK, schema: summaryDraftSchema, run: summaryDraft }),
  /** CONFLICT when `baseSavedAt` is older than the stored draft; without it the last save wins. */
  saveSummaryDraft: action({ roles: DESK, schema: saveSummaryDraftSchema, run: saveSummaryDraft }),
});
