// Highlight stories of a period by summary section, each with the highest place it ran: the database sorts, keeps
// the first few per section and finds each one's top publication; only those few stories come back.
import type { HighlightSection } from '../../../core/stats/figures';
import type { HighlightsQuery } from '../../../core/stats/ports';
import { NO_UNIT_NAME } from '../../../core/stats/ranking';
import { cmp } from '../../../core/stats/referenceFigures';
import { PUBLICATION_LEVEL_LABELS, type PublicationLevel } from '../../../core/vocabulary';
import { COLLECTIONS as C } from '../documents';
import type { Database } from '../sdk';
import { all, createdIn, minBy, topKey } from './pipeline';
import { unitsOf } from './township';

type Story = {
  section: string;
  id: string;
  title: string;
  unitId?: string | null;
  createdAt: string;
  top: { level: PublicationLevel; outlet: string; publishedAt: string } | null;
};

export async function highlights(db: Database, q: HighlightsQuery): Promise<HighlightSection[]> {
  const $ = db.command.aggregate;
  const [units, stories] = await Promise.all([
    unitsOf(db, q.townshipId),
    all<Story>(
      db
        .collection(C.leads)
        .aggregate()
        .match({ ...createdIn(db, q), highlightSection: db.command.neq(null) })
        .sort({ createdAt: 1, _id: 1 })
        .group({
          _id: '$highlightSection',
          items: $.push({ id: '$_id', title: '$title', unitId: '$unitId', createdAt: '$createdAt' }),
        })
        .project({ items: $.slice(['$items', q.perSection]) })
        .unwind('$items')
        .lookup({ from: C.articles, localField: 'items.id', foreignField: 'leadIds', as: 'arts' })
        .lookup({ from: C.publications, localField: 'arts._id', foreignField: 'articleId', as: 'pubs' })
        .project({
          _id: 0,
          section: '$_id',
          id: '$items.id',
          title: '$items.title',
          unitId: '$items.unitId',
          createdAt: '$items.createdAt',
          top: minBy($, '$pubs', (v) => topKey($, v)),
        }),
    ),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const bySection = new Map<string, HighlightSection>(q.sections.map((s) => [s, { section: s, leads: [] }]));
  for (const s of stories.sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id))) {
    const section = bySection.get(s.section) ?? { section: s.section, leads: [] };
    bySection.set(s.section, section);
    section.leads.push({
      id: s.id,
      title: s.title,
      unitName: (s.unitId && unitName.get(s.unitId)) || NO_UNIT_NAME,
      ...(s.top
        ? { publishedIn: `${PUBLICATION_LEVEL_LABELS[s.top.level]}·${s.top.outlet} ${s.top.publishedAt}` }
        : {}),
    });
  }
  return [...bySection.values()].filter((s) => s.leads.length > 0);
}
