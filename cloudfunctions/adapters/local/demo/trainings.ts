// The demo year's trainings of reporters (队伍建设), so the summary's training figures have something to count.
import type { TrainingRecord } from '../../../core/trainings/records';
import { DEMO_PEOPLE, DEMO_TOWNSHIP_ID, accountIdOf } from './people';

const DAY_MS = 24 * 3_600_000;

const SESSIONS = [
  { daysAgo: 300, topic: '新闻线索怎么发现、怎么报：通讯员入门培训', trainer: '县融媒体中心 王记者', every: 1 },
  { daysAgo: 160, topic: '手机拍出好新闻照片', trainer: '市日报摄影部 陈老师', every: 2 },
  { daysAgo: 45, topic: '人物通讯采写实务', trainer: '镇宣传办 李晓梅', every: 1 },
];

/** YYYY-MM-DD of an instant in China time. */
const chinaDate = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export function demoTrainings(now: Date): TrainingRecord[] {
  const reporters = DEMO_PEOPLE.filter((p) => p.role === 'reporter').map((p) => accountIdOf(p.username));
  return SESSIONS.map((s, i) => {
    const at = new Date(now.getTime() - s.daysAgo * DAY_MS).toISOString();
    return {
      id: `tr_demo_${i + 1}`,
      townshipId: DEMO_TOWNSHIP_ID,
      topic: s.topic,
      date: chinaDate(now.getTime() - s.daysAgo * DAY_MS),
      trainer: s.trainer,
      attendeeIds: reporters.filter((_, j) => j % s.every === 0),
      createdBy: accountIdOf('editor'),
      createdAt: at,
      updatedAt: at,
    };
  });
}
