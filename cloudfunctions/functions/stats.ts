// The stats cloud function: summary figures and draft, rankings and their reasons, alerts, the assessment rule, exports.
import { action, type FunctionDef } from '../core/runtime';
import { exportStatus, startExport } from '../core/stats/exportJob';
import { saveRuleSchema } from '../core/stats/rule';
import { alertsSchema, explainSchema, exportSchema, exportStatusSchema, rankingSchema, rulesSchema, summarySchema } from '../core/stats/schemas';
import { alerts, explain, ranking, rules, saveRule, summary } from '../core/stats/service';

export const statsFunction: FunctionDef = {
  name: 'stats',
  actions: {
    summary: action(summarySchema, summary),
    ranking: action(rankingSchema, ranking),
    explain: action(explainSchema, explain),
    alerts: action(alertsSchema, alerts),
    rules: action(rulesSchema, (ctx, caller) => rules(ctx, caller)),
    saveRule: action(saveRuleSchema, saveRule),
    export: action(exportSchema, startExport),
    exportStatus: action(exportStatusSchema, exportStatus),
  },
};
