// leads.highlight: files an accepted lead under a section of the township's summary (亮点), or takes it off.
import { conflict, invalid } from '../errors';
import type { Context } from '../ports';
import type { AccountRecord } from '../accounts/records';
import type { HighlightInput } from './schemas';
import { DEFAULT_HIGHLIGHT_SECTIONS, LEAD_STATUS_LABELS, type LeadStatus } from '../vocabulary';
import type { LeadView } from './views';
import { findVisibleLead } from './access';
import { presentLead } from './present';
import { saveOrConflict } from './review';

/** Only stories the township has taken up can be its highlights. */
const HIGHLIGHT_STATUSES: readonly LeadStatus[] = ['accepted', 'used'];

export async function markHighlight(ctx: Context, caller: AccountRecord, input: HighlightInput): Promise<LeadView> {
  const township = await ctx.townships.getTownship(caller.townshipId);
  const sections = township?.highlightSections ?? [...DEFAULT_HIGHLIGHT_SECTIONS];
  if (input.section !== null && !sections.includes(input.section)) {
    throw invalid(`“${input.section}”不在本镇的亮点栏目中，请从${sections.join('、')}中选择`, { field: 'section' });
  }
  const lead = await findVisibleLead(ctx, caller, input.id);
  if (!HIGHLIGHT_STATUSES.includes(lead.status)) {
    throw conflict(`这条线索当前状态为“${LEAD_STATUS_LABELS[lead.status]}”，只有已采用或已成稿的线索可以标为亮点`, {
      status: lead.status,
    });
  }
  if (lead.highlightSection === input.section) return presentLead(ctx, caller, lead);
  const at = ctx.clock.now().toISOString();
  const saved = await saveOrConflict(
    ctx,
    lead,
    { ...lead, highlightSection: input.section, updatedAt: at },
    {
      at,
      by: caller.id,
      kind: 'highlight',
      decision: null,
      from: lead.status,
      to: lead.status,
      note: input.section,
      ref: null,
    },
  );
  return presentLead(ctx, caller, saved);
}
