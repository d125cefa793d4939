// The records the desk keeps beside the leads (assessment rules, activities, the work plan, new-media figures) on
// the WeChat cloud database: all the activities, workPlan and platforms functions need, so their bundles never carry
// the statistics pipelines or the Word and Excel writers (WxStatsStore adds those for the stats function).
import type * as port from '../../../core/stats/ports';
import { serverOnly } from '../locked';
import type { Database, WxCloud } from '../sdk';
import * as records from './records';
import * as workPlan from './workPlan';
import * as reach from './reach';

/** What the activities, workPlan and platforms bundles pass to wxMain; client-written documents stay invisible. */
export const wxRecordsStore = (wx: WxCloud): port.RecordsStore => new WxRecordsStore(serverOnly(wx.database()));

export class WxRecordsStore implements port.RecordsStore {
  constructor(protected readonly db: Database) {}

  listRules(townshipId: string): Promise<port.AssessmentRule[]> {
    return records.listRules(this.db, townshipId);
  }
  insertRule(rule: port.AssessmentRule): Promise<void> {
    return records.insertRule(this.db, rule);
  }
  saveActivity(activity: port.ActivityRecord): Promise<void> {
    return records.saveActivity(this.db, activity);
  }
  getActivity(townshipId: string, id: string): Promise<port.ActivityRecord | null> {
    return records.getActivity(this.db, townshipId, id);
  }
  listActivities(q: port.ActivityQuery): Promise<port.Page<port.ActivityRecord>> {
    return records.listActivities(this.db, q);
  }
  saveWorkTask(task: port.WorkTaskRecord): Promise<void> {
    return workPlan.saveWorkTask(this.db, task);
  }
  getWorkTask(townshipId: string, id: string): Promise<port.WorkTaskRecord | null> {
    return workPlan.getWorkTask(this.db, townshipId, id);
  }
  listWorkTasks(townshipId: string, year: number): Promise<port.WorkTaskRecord[]> {
    return workPlan.listWorkTasks(this.db, townshipId, year);
  }
  savePlatformMonths(records: port.PlatformMonthRecord[]): Promise<void> {
    return reach.savePlatformMonths(this.db, records);
  }
  listPlatformMonths(townshipId: string, month: string, unitId?: string): Promise<port.PlatformMonthRecord[]> {
    return reach.listPlatformMonths(this.db, townshipId, month, unitId);
  }
  existingAccounts(townshipId: string, ids: string[]): Promise<Set<string>> {
    return records.existingAccounts(this.db, townshipId, ids);
  }
}
