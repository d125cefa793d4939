// A lead's status as a coloured tag; `js-status` and `status-<code>` are stable hooks for tests. Given the whole lead
// it also says 已刊发 once an article made from it has run.
import type { LeadStatus, LeadView } from '@core';
import { leadTag, statusTag } from '@/lib/leadStatusStyle';
import Tag from '@/components/Tag';

type Props =
  { status: LeadStatus; lead?: undefined } | { lead: Pick<LeadView, 'status' | 'articles'>; status?: undefined };

export default function StatusTag(props: Props) {
  const status = props.lead ? props.lead.status : props.status;
  const { label, tone } = props.lead ? leadTag(props.lead) : statusTag(status);
  return (
    <Tag tone={tone} className={`js-status status-${status}`}>
      {label}
    </Tag>
  );
}
