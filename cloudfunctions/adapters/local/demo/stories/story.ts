// What a demo unit reports over a year: one-off stories in their season, and series that recur month by month
// (a monthly 主题党日, a safety check), each with its own topic, so no reporter sends the same title twice.
import type { ArticleKind } from '../../../../core/vocabulary';

export interface Story {
  /** Months (1–12) the story can happen in. */
  months: readonly number[];
  category: string;
  place: string;
  title: string;
  body: string;
  /** The highlight section (亮点) an accepted lead of this story belongs in, if it is one. */
  section?: string;
  /** What the editor writes from it beyond a 消息: the kind and the headline. */
  article?: { kind: Exclude<ArticleKind, 'news'>; title: string };
}

export interface Series {
  category: string;
  place: string;
  /** `{m}` becomes the month, `{t}` that month's topic. */
  title: string;
  body: string;
  /** Twelve topics, January first. */
  topics: readonly string[];
  section?: string;
}

export interface UnitStories {
  unitId: string;
  series: readonly Series[];
  stories: readonly Story[];
}

/** "3", "6-8", "11-2" (wrapping the new year) or "3,9" into month numbers. */
export function monthsOf(spec: string): number[] {
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number) as [number, number | undefined];
    if (b === undefined) return [a];
    const out: number[] = [];
    for (let m = a; ; m = (m % 12) + 1) {
      out.push(m);
      if (m === b) return out;
    }
  });
}

export function story(
  months: string,
  category: string,
  place: string,
  title: string,
  body: string,
  more: Pick<Story, 'section' | 'article'> = {},
): Story {
  return { months: monthsOf(months), category, place, title, body, ...more };
}

/** The story of one month of a series. */
export function seriesStory(series: Series, month: number): Story {
  const fill = (text: string) =>
    text.replaceAll('{m}', String(month)).replaceAll('{t}', series.topics[month - 1] ?? '');
  return {
    months: [month],
    category: series.category,
    place: series.place,
    title: fill(series.title),
    body: fill(series.body),
    section: series.section,
  };
}
