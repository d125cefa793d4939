// Every unit's year, and the few events two units reported, which the editor merged into the first report.
import { CULTURE, HEXI, LVYUAN, ROAD } from './others';
import type { UnitStories } from './story';
import { LIUTANG, QINGSHI, TAOYUAN } from './villages';

export { seriesStory, type Story } from './story';

export const DEMO_STORIES: readonly UnitStories[] = [QINGSHI, LIUTANG, TAOYUAN, HEXI, LVYUAN, ROAD, CULTURE];

export interface DuplicateReport {
  unitId: string;
  title: string;
  body: string;
  /** The title of the other unit's lead it repeats. */
  of: string;
}

export const DUPLICATE_REPORTS: readonly DuplicateReport[] = [
  {
    unitId: 'u_hexi',
    title: '河西社区舞蹈队获全镇广场舞大赛一等奖',
    body: '在全镇广场舞大赛上，河西社区“夕阳红”舞蹈队表演的《茶乡春早》获得一等奖，队员平均年龄63岁。',
    of: '示范镇广场舞大赛落幕',
  },
  {
    unitId: 'u_qingshi',
    title: '青石村党支部和绿源茶业党支部签订共建协议',
    body: '青石村党支部与绿源茶业党支部签订结对共建协议，公司将派技术员帮茶农管护茶园。',
    of: '绿源茶业党支部与青石村党支部结对共建',
  },
  {
    unitId: 'u_liutang',
    title: '县道柳塘路口段改为夜间施工',
    body: '县道改扩建项目部通知，柳塘路口段改在夜间施工，白天保留双向通行，村民出行基本不受影响。',
    of: '县道柳塘路口段夜间施工 白天保通行',
  },
  {
    unitId: 'u_taoyuan',
    title: '桃源村黄桃亮相示范镇丰收节',
    body: '在示范镇庆祝中国农民丰收节活动上，桃源村黄桃摆上展台，半天卖出3000多斤。',
    of: '示范镇庆祝中国农民丰收节',
  },
  {
    unitId: 'u_liutang',
    title: '柳塘村莲子住进绿源冷链仓库',
    body: '绿源茶业冷链仓储中心投用，柳塘村合作社第一批两万斤莲子入库冷藏，可以错峰销售了。',
    of: '绿源茶业冷链仓储中心投用',
  },
];
