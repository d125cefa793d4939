// The `setup` cloud function: run once from the console's 云端测试 after the first deploy (and again after an
// upgrade that adds a collection). A call from a phone carries an OPENID and is refused: setup is for the technician.
import { denied, errorEnvelope, type Envelope } from '../../core/errors';
import { requireRealSdk } from './main';
import type { WxCloud } from './sdk';
import { setupDatabase, type SetupReport } from './setup';

export function setupMain(loadSdk: () => WxCloud = requireRealSdk): () => Promise<Envelope<SetupReport>> {
  return async () => {
    try {
      const wx = loadSdk();
      wx.init({ env: wx.DYNAMIC_CURRENT_ENV as unknown as string });
      if (wx.getWXContext().OPENID) throw denied('初始化只能在云开发控制台里运行');
      return { ok: true, data: await setupDatabase(wx.database()) };
    } catch (err) {
      return errorEnvelope(err) as Envelope<SetupReport>;
    }
  };
}
