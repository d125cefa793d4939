// The `setup` cloud function: run once from the console's 云端测试 after the first deploy (and again after an
// upgrade that adds a collection); it also moves trainings kept before the activity ledger into activities. A call
// from a phone carries an OPENID and is refused: setup is for the technician.
import { denied, errorEnvelope, type Envelope } from '../../core/errors';
import { requireRealSdk } from './main';
import type { WxCloud } from './sdk';
import { setupDatabase, type SetupReport } from './setup';
import { migrateAllTrainings } from './stats/trainingsMigration';

export interface SetupAnswer extends SetupReport {
  /** Trainings of the old collection written as activities of kind 业务培训 by this run (0 on a rerun). */
  trainingsMigrated: number;
}

export function setupMain(loadSdk: () => WxCloud = requireRealSdk): () => Promise<Envelope<SetupAnswer>> {
  return async () => {
    try {
      const wx = loadSdk();
      wx.init({ env: wx.DYNAMIC_CURRENT_ENV as unknown as string });
      if (wx.getWXContext().OPENID) throw denied('初始化只能在云开发控制台里运行');
      const db = wx.database();
      const report = await setupDatabase(db);
      return { ok: true, data: { ...report, trainingsMigrated: await migrateAllTrainings(db) } };
    } catch (err) {
      return errorEnvelope(err) as Envelope<SetupAnswer>;
    }
  };
}
