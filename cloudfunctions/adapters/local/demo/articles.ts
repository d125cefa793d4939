// About forty demo articles written from accepted leads (which become `used`): the stories worth a feature, a
// profile or a commentary get one, the others a 消息 or a 图片新闻; then their publications, mostly on the
// township's own platforms and the county's media, a few in the city's, rarely the province's, once the nation's.
import type { ArticleRecord, PublicationRecord } from '../../../core/articles/records';
import type { LeadRecord } from '../../../core/leads/records';
import { PUBLICATION_LEVELS, type ArticleKind, type PublicationLevel } from '../../../core/vocabulary';
import { DAY, HOUR, shanghaiDate } from './calendar';
import type { DemoLeads } from './leads';
import { DEMO_TOWNSHIP_ID, accountIdOf } from './people';
import type { Random } from './prng';
import type { Story } from './stories';

export const DEMO_ARTICLE_COUNT = 40;

export const OUTLETS: Record<PublicationLevel, readonly string[]> = {
  national: ['学习强国', '新华网', '人民日报客户端'],
  provincial: ['浙江日报', '浙江新闻客户端', '浙江卫视'],
  municipal: ['丽水日报', '丽水广播电视台', '处州晚报'],
  county: ['今日松阳', '松阳电视台', '松阳新闻网'],
  own: ['“示范镇发布”公众号', '示范镇视频号'],
  newmedia: ['今日头条', '抖音', '澎湃号'],
};

/** Categories whose events are told in pictures as often as in words. */
const VISUAL = new Set(['文化活动', '文明实践', '产业发展']);

function lastAcceptAt(lead: LeadRecord): number {
  const accept = [...lead.history].reverse().find((h) => h.decision === 'accept');
  return new Date(accept?.at ?? lead.createdAt).getTime();
}

export interface DemoArticles {
  articles: ArticleRecord[];
  publications: PublicationRecord[];
}

/** How likely an article reaches each level: the better the story, the further it travels. */
function levelChances(kind: ArticleKind, story: Story): Record<PublicationLevel, number> {
  const headline = story.article !== undefined;
  const outward = headline && story.section === '对外宣传';
  return {
    national: 0,
    provincial: outward ? 0.6 : kind === 'news' ? 0.02 : 0.05,
    municipal: headline ? 0.6 : 0.12,
    county: headline ? 0.9 : 0.5,
    own: 0.9,
    newmedia: kind === 'commentary' ? 0.1 : 0.55,
  };
}

/** The leads that make articles: every accepted headline story, then others spread over the year. */
function pickLeads(leads: LeadRecord[], storyOf: Map<string, Story>, nowMs: number): LeadRecord[] {
  const candidates = leads.filter((l) => l.status === 'accepted' && lastAcceptAt(l) < nowMs - 2 * DAY);
  const chosen = new Set(candidates.filter((l) => storyOf.get(l.id)?.article));
  const others = candidates.filter((l) => !chosen.has(l));
  const stride = Math.max(1, Math.floor(others.length / Math.max(1, DEMO_ARTICLE_COUNT - chosen.size)));
  for (let i = 0; i < others.length && chosen.size < DEMO_ARTICLE_COUNT; i += stride)
    chosen.add(others[i] as LeadRecord);
  return candidates.filter((l) => chosen.has(l));
}

/** Writes articles from the demo's leads and marks the cited leads `used` in place. */
export function generateArticles(rnd: Random, now: Date, { leads, storyOf }: DemoLeads): DemoArticles {
  const nowMs = now.getTime();
  const articles: ArticleRecord[] = [];
  const publications: PublicationRecord[] = [];
  const publish = (article: ArticleRecord, level: PublicationLevel, fromMs: number) => {
    const publishedMs = Math.min(fromMs + rnd.int(0, level === 'own' || level === 'newmedia' ? 2 : 8) * DAY, nowMs);
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
  };
  let stalledHighlight = false;
  const published: { article: ArticleRecord; story: Story; createdMs: number }[] = [];
  for (const lead of pickLeads(leads, storyOf, nowMs)) {
    const story = storyOf.get(lead.id) as Story;
    const kind: ArticleKind = story.article?.kind ?? (VISUAL.has(lead.category) && rnd.chance(0.3) ? 'photo' : 'news');
    const title = story.article?.title ?? (kind === 'photo' ? `【图片新闻】${lead.title}` : lead.title);
    const createdMs = Math.min(lastAcceptAt(lead) + rnd.int(2, 72) * HOUR, nowMs - HOUR);
    const createdAt = new Date(createdMs).toISOString();
    const drawn = nowMs - createdMs > 3 * DAY ? rnd.chance(0.92) : rnd.chance(0.3);
    // One highlight story left unpublished for weeks, so the desk's "亮点未刊发" list has something to show.
    const stalled = !stalledHighlight && nowMs - createdMs > 14 * DAY && lead.highlightSection !== null;
    if (stalled) stalledHighlight = true;
    const article: ArticleRecord = {
      id: `ar_demo_${String(articles.length + 1).padStart(3, '0')}`,
      townshipId: DEMO_TOWNSHIP_ID,
      title,
      kind,
      body: lead.body,
      status: drawn && !stalled ? 'published' : 'draft',
      photos: [...lead.photos],
      credits: [lead.authorId],
      leadIds: [lead.id],
      createdBy: accountIdOf('editor'),
      createdAt,
      updatedAt: createdAt,
      version: 1,
    };
    articles.push(article);
    lead.status = 'used';
    lead.updatedAt = createdAt;
    lead.version += 1;
    if (article.status !== 'published') continue;
    published.push({ article, story, createdMs });
    const chances = levelChances(kind, story);
    const levels = PUBLICATION_LEVELS.filter((level) => rnd.chance(chances[level]));
    for (const level of levels.length > 0 ? levels : (['own'] as const)) publish(article, level, createdMs);
  }
  // Once a year a story of the township travels to the nation's media: the best outward story, by its headline.
  const best =
    published.find((p) => p.story.section === '对外宣传' && p.story.article?.kind === 'profile') ?? published[0];
  const seen = new Set(publications.map((p) => p.level));
  for (const level of PUBLICATION_LEVELS) if (best && !seen.has(level)) publish(best.article, level, best.createdMs);
  return { articles, publications };
}
