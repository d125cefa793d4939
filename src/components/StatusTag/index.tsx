// A lead's status as a coloured tag; `js-status` and `status-<code>` are stable hooks for tests.
import type { LeadStatus } from '@core';
import { statusTag } from '../../lib/leadStatusStyle';
import Tag from '../Tag';

export default function StatusTag({ status }: { status: LeadStatus }) {
  const { label, tone } = statusTag(status);
  return (
    <Tag tone={tone} className={`js-status status-${status}`}>
      {label}
    </Tag>
  );
}
