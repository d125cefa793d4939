// The demo year's trainings of reporters (队伍建设), so the summary's training figures have something to count:
// an induction in spring, photography before the summer's events, profile writing in autumn.
import type { ActivityRecord } from '../../../core/activities/records';
import { TRAINING_KIND } from '../../../core/vocabulary';
import { pastSession } from './calendar';
import { DEMO_PEOPLE, DEMO_TOWNSHIP_ID, accountIdOf } from './people';

const SESSIONS = [
  { month: 3, day: 12, topic: '新闻线索怎么发现、怎么报：通讯员入门培训', trainer: '县融媒体中心 王记者', every: 1 },
  { month: 6, day: 18, topic: '手机拍出好新闻照片', trainer: '丽水日报摄影部 陈老师', every: 2 },
  { month: 10, day: 22, topic: '人物通讯采写实务', trainer: '镇宣传办 李晓梅', every: 1 },
];

export function demoTrainings(now: Date): ActivityRecord[] {
  const reporters = DEMO_PEOPLE.filter((p) => p.role === 'reporter').map((p) => accountIdOf(p.username));
  return SESSIONS.map((s, i) => {
    const { at, date } = pastSession(now, s.month, s.day);
    const attendeeIds = reporters.filter((_, j) => j % s.every === 0);
    return {
      id: `tr_demo_${i + 1}`,
      townshipId: DEMO_TOWNSHIP_ID,
      kind: TRAINING_KIND,
      title: s.topic,
      date,
      section: '队伍建设',
      unitId: null,
      participants: attendeeIds.length,
      batches: 1,
      speaker: s.trainer,
      note: '',
      photos: [],
      attendeeIds,
      createdBy: accountIdOf('editor'),
      createdAt: at,
      updatedAt: at,
    };
  });
}
