// About forty demo articles of every kind written from accepted leads (which become `used`), and their
// publications at every level, so the highlights and rankings have a year to count.
import type { ArticleRecord, PublicationRecord } from '../../../core/articles/records';
import type { LeadRecord } from '../../../core/leads/records';
import { ARTICLE_KINDS, PUBLICATION_LEVELS, type ArticleKind, type PublicationLevel } from '../../../core/vocabulary';
import { DEMO_TOWNSHIP_ID, accountIdOf, unitNameOf } from './people';
import type { Random } from './prng';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_ARTICLE_COUNT = 40;

export const OUTLETS: Record<PublicationLevel, readonly string[]> = {
  national: ['人民日报', '新华网', '央视新闻客户端'],
  provincial: ['省日报', '省广播电视台', '学习强国省级平台'],
  municipal: ['市日报', '市广播电视台', '市融媒体中心'],
  county: ['县融媒体中心', '县电视台', '县报'],
  own: ['示范镇公众号', '示范镇视频号'],
  newmedia: ['抖音', '视频号', '今日头条'],
};
const LEVEL_WEIGHTS = [1, 3, 5, 8, 9, 6];
const KIND_WEIGHTS = [16, 8, 6, 6, 4];

const FEATURE_TITLES = ['小山村走出振兴路', '一片茶叶富了一方百姓', '家门口的幸福“加减法”', '绿水青山间的新答卷', '老院子里的新变化'];
const PROFILE_TITLES = ['守山人：二十年如一日的坚守', '返乡青年的“甜蜜事业”', '十年孝心温暖一个家', '田埂上的“土专家”', '老党员的新使命'];
const COMMENTARY_TITLES = ['让“微宣讲”传得更远', '办好家门口的民生小事', '以文明新风滋养乡村振兴', '安全生产重在常抓不懈'];

/** The Asia/Shanghai calendar date (no daylight saving there, so a fixed +8 h is exact). */
export const shanghaiDate = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

function titleFor(rnd: Random, kind: ArticleKind, lead: LeadRecord): string {
  const unit = unitNameOf(lead.unitId);
  switch (kind) {
    case 'news':
      return lead.title;
    case 'photo':
      return `【图片新闻】${lead.title}`;
    case 'feature':
      return `${unit}：${rnd.pick(FEATURE_TITLES)}`;
    case 'profile':
      return rnd.pick(PROFILE_TITLES);
    case 'commentary':
      return rnd.pick(COMMENTARY_TITLES);
  }
}

function lastAcceptAt(lead: LeadRecord): number {
  const accept = [...lead.history].reverse().find((h) => h.decision === 'accept');
  return new Date(accept?.at ?? lead.createdAt).getTime();
}

export interface DemoArticles {
  articles: ArticleRecord[];
  publications: PublicationRecord[];
}

/** Picks leads, writes articles and marks the cited leads `used` in place. */
export function generateArticles(rnd: Random, now: Date, leads: LeadRecord[]): DemoArticles {
  const nowMs = now.getTime();
  const candidates = leads.filter((l) => l.status === 'accepted' && lastAcceptAt(l) < nowMs - 2 * DAY);
  const articles: ArticleRecord[] = [];
  const publications: PublicationRecord[] = [];
  // Spread the articles over the year: step through the candidates in time order.
  const stride = Math.max(1, Math.floor(candidates.length / DEMO_ARTICLE_COUNT));
  let stalledHighlight = false;
  for (let i = 0; i < candidates.length && articles.length < DEMO_ARTICLE_COUNT; i += stride) {
    const first = candidates[i] as LeadRecord;
    if (first.status !== 'accepted') continue;
    const kind: ArticleKind =
      first.category === '先进典型' ? 'profile' : rnd.weighted(ARTICLE_KINDS, KIND_WEIGHTS);
    const group = [first];
    const extra = kind === 'feature' || kind === 'commentary' ? rnd.int(1, 2) : rnd.chance(0.2) ? 1 : 0;
    for (let k = 1; k <= extra; k++) {
      const more = candidates[i + k];
      if (more && more.status === 'accepted' && more.category === first.category) group.push(more);
    }
    const ready = Math.max(...group.map(lastAcceptAt));
    const createdMs = Math.min(ready + rnd.int(2, 72) * HOUR, nowMs - HOUR);
    const createdAt = new Date(createdMs).toISOString();
    const drawn = nowMs - createdMs > 3 * DAY ? rnd.chance(0.92) : rnd.chance(0.3);
    // One highlight story left unpublished for weeks, so the desk's "亮点未刊发" list has something to show.
    const stalled = !stalledHighlight && nowMs - createdMs > 14 * DAY && group.some((l) => l.highlightSection !== null);
    if (stalled) stalledHighlight = true;
    const published = drawn && !stalled;
    const article: ArticleRecord = {
      id: `ar_demo_${String(articles.length + 1).padStart(3, '0')}`,
      townshipId: DEMO_TOWNSHIP_ID,
      title: titleFor(rnd, kind, first),
      kind,
      body: group.map((l) => l.body).join('\n\n'),
      status: published ? 'published' : 'draft',
      photos: [...new Set(group.flatMap((l) => l.photos))],
      credits: [...new Set(group.map((l) => l.authorId))],
      leadIds: group.map((l) => l.id),
      createdBy: accountIdOf('editor'),
      createdAt,
      updatedAt: createdAt,
      version: 1,
    };
    articles.push(article);
    for (const lead of group) {
      lead.status = 'used';
      lead.updatedAt = createdAt;
      lead.version += 1;
    }
    if (!published) continue;
    // The first published articles cover every level once, so every figure has something to show.
    const forced = publications.length < PUBLICATION_LEVELS.length ? [PUBLICATION_LEVELS[publications.length]] : [];
    const count = forced.length > 0 ? 1 : rnd.int(1, 3);
    const levels = new Set<PublicationLevel>(forced as PublicationLevel[]);
    while (levels.size < count) levels.add(rnd.weighted(PUBLICATION_LEVELS, LEVEL_WEIGHTS));
    for (const level of levels) {
      const publishedMs = Math.min(createdMs + rnd.int(0, 8) * DAY, nowMs);
      publications.push({
        id: `p_demo_${String(publications.length + 1).padStart(3, '0')}`,
        articleId: article.id,
        townshipId: DEMO_TOWNSHIP_ID,
        outlet: rnd.pick(OUTLETS[level]),
        level,
        publishedAt: shanghaiDate(publishedMs),
        url: null,
        proofFileID: null,
        createdBy: accountIdOf('editor'),
        createdAt: new Date(Math.min(publishedMs + 2 * HOUR, nowMs)).toISOString(),
      });
    }
  }
  return { articles, publications };
}
