// Notifications derived from the reporter's own leads: decisions with the editor's words and publications, read state
// kept on the device.
import type { LeadView } from '@core';
import { firstReadState, markAllRead, noticesFrom, noticeTime, unreadCount } from '@/lib/notices';

const lead = (over: Partial<LeadView>): LeadView =>
  ({ id: 'L1', title: '东村丰收节', history: [], articles: [], replies: [], ...over }) as LeadView;

const leads = [
  lead({
    history: [
      { at: '2025-11-20T02:00:00.000Z', by: 'e', byName: '王编辑', decision: 'needs_info', note: '请补一张现场照片' },
    ],
  }),
  lead({
    id: 'L2',
    title: '西村修桥',
    history: [{ at: '2025-11-25T02:00:00.000Z', by: 'e', byName: '王编辑', decision: 'accept', note: null }],
    articles: [
      {
        id: 'A1',
        title: '西村新桥通车',
        kind: 'news',
        status: 'published',
        publications: [{ outlet: '县融媒体中心', level: 'county', publishedAt: '2025-11-10', url: null }],
      },
    ],
  }),
] as LeadView[];

it('turns decisions and publications into notices, newest first, with the editor’s words', () => {
  const notices = noticesFrom(leads);
  expect(notices.map((n) => [n.kind, n.leadId])).toEqual([
    ['decision', 'L2'],
    ['decision', 'L1'],
    ['publication', 'L2'],
  ]);
  expect(notices[1]!.text).toBe('王编辑：请补一张现场照片');
  expect(notices[2]!.title).toContain('县融媒体中心');
});

it('on a first start, only the last week counts as news', () => {
  const notices = noticesFrom(leads);
  const first = firstReadState(notices, new Date('2025-11-26T00:00:00Z'));
  // Both decisions (11-20, 11-25) are within the week; the publication of 11-10 is not.
  expect(unreadCount(notices, first)).toBe(2);
  expect(unreadCount(notices, firstReadState(notices, new Date('2025-12-20T00:00:00Z')))).toBe(0);
});

it('marks everything read, and a publication recorded later with an old date is still news', () => {
  const read = markAllRead(noticesFrom(leads), new Date('2025-11-26T00:00:00Z'), {
    readUpTo: '2000-01-01T00:00:00Z',
    seenPublications: [],
  });
  expect(unreadCount(noticesFrom(leads), read)).toBe(0);
  const later = [
    ...leads,
    lead({
      id: 'L3',
      articles: [
        {
          id: 'A2',
          title: '丰收',
          kind: 'news',
          status: 'published',
          publications: [{ outlet: '省报', level: 'provincial', publishedAt: '2025-11-01', url: null }],
        },
      ],
    }),
  ] as LeadView[];
  expect(unreadCount(noticesFrom(later), read)).toBe(1);
});

describe('when a notice happened', () => {
  // 2025-11-10 22:02 in China: the editor recorded today's publication two minutes ago.
  const now = new Date('2025-11-10T14:02:00.000Z');
  const notices = noticesFrom([
    ...leads,
    lead({
      id: 'L3',
      history: [{ at: '2025-11-10T14:00:00.000Z', by: 'e', byName: '王编辑', decision: 'accept', note: null }],
    }),
  ]);
  const publication = notices.find((n) => n.kind === 'publication');
  const decision = notices.find((n) => n.leadId === 'L3');

  it('a publication has a day, not an hour: recorded two minutes ago it reads 今天, not 10小时前', () => {
    expect(noticeTime(publication!, now)).toBe('今天');
    expect(noticeTime(publication!, new Date('2025-11-11T01:00:00.000Z'))).toBe('昨天');
    expect(noticeTime(publication!, new Date('2025-11-20T01:00:00.000Z'))).toBe('11月10日');
  });

  it('a decision has its age', () => {
    expect(noticeTime(decision!, now)).toBe('2分钟前');
  });
});
