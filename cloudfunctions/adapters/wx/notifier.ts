// Subscription messages on WeChat through cloud.openapi.subscribeMessage.send: each editor decision goes to the
// lead's author, each new lead to the township's editors. Someone who did not subscribe (or whose one-time
// acceptance is used up: errCode 43101) simply gets no message; any failure is logged and recorded, never thrown.
import type { Notifier, Store } from '../../core/ports';
import type { HistoryEntry, LeadRecord } from '../../core/leads/records';
import { DECISION_LABELS } from '../../core/vocabulary';
import type { Database, WxCloud } from './sdk';
import { WxStore } from './store';

export interface SubscribeMessageApi {
  send(options: {
    touser: string;
    templateId: string;
    page: string;
    data: Record<string, { value: string }>;
    miniprogramState?: string;
  }): Promise<unknown>;
}

/** The slice of the SDK this notifier needs. */
export type NotifierCloud = Pick<WxCloud, 'database'> & { openapi?: { subscribeMessage?: SubscribeMessageApi } };

export const FAILURES_COLLECTION = 'subscriptionFailures';
export const LEAD_PAGE = 'reporter/pages/lead/index';
export const REVIEW_PAGE = 'editor/pages/review/index';
/** Editors and admins told of one new lead at most (a county office has a handful). */
const MAX_EDITORS_TOLD = 20;

/** WeChat caps thing.* values at 20 characters. */
const thing = (text: string) => ({ value: text.length > 20 ? `${text.slice(0, 19)}…` : text });

/** 2024-05-01 10:00 in China time, the way time.* values read. */
function chinaTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}

/** The new-lead template's fields: thing1 标题, thing2 类别, time3 报送时间. */
export function newLeadMessage(lead: LeadRecord): Record<string, { value: string }> {
  return {
    thing1: thing(lead.title),
    thing2: thing(lead.urgent ? `紧急·${lead.category}` : lead.category),
    time3: { value: chinaTime(lead.createdAt) },
  };
}

/** The decision template's fields: thing1 标题, phrase2 审核结果, thing3 编辑说明, time4 审核时间. */
export function decisionMessage(lead: LeadRecord, entry: HistoryEntry): Record<string, { value: string }> {
  return {
    thing1: thing(lead.title),
    phrase2: { value: (DECISION_LABELS[entry.decision] ?? entry.decision).slice(0, 5) },
    thing3: thing(entry.note?.trim() || '点击查看详情'),
    time4: { value: chinaTime(entry.at) },
  };
}

export interface SubscriptionNotifierOptions {
  store: Pick<Store, 'getAccount' | 'listAccounts'>;
  templateId?: string;
  /** Template of the message to editors about a new lead. */
  newLeadTemplateId?: string;
  log?: (message: string, detail: unknown) => void;
  now?: () => Date;
}

export function subscriptionNotifier(cloud: NotifierCloud, options: SubscriptionNotifierOptions): Notifier {
  const templateId = options.templateId ?? process.env.WX_TPL_LEAD_DECIDED ?? '';
  const newLeadTemplateId = options.newLeadTemplateId ?? process.env.WX_TPL_LEAD_SUBMITTED ?? '';
  const log = options.log ?? ((message, detail) => console.warn(message, detail));
  const now = options.now ?? (() => new Date());

  async function record(db: Database | null, lead: LeadRecord, err: unknown): Promise<void> {
    const code = (err as { errCode?: unknown } | null)?.errCode ?? null;
    const message = err instanceof Error ? err.message : String((err as { errMsg?: unknown } | null)?.errMsg ?? err);
    log('订阅消息未发送', { leadId: lead.id, authorId: lead.authorId, code, message });
    try {
      await db?.collection(FAILURES_COLLECTION).add({
        data: {
          leadId: lead.id,
          authorId: lead.authorId,
          townshipId: lead.townshipId,
          code,
          message,
          at: now().toISOString(),
        },
      });
    } catch {
      // Recording is best effort too: the decision stands either way.
    }
  }

  /** Sends one message; a failure is recorded against the lead and swallowed. */
  async function send(
    lead: LeadRecord,
    touser: string,
    template: string,
    page: string,
    data: Record<string, { value: string }>,
  ) {
    try {
      await cloud.openapi!.subscribeMessage!.send({ touser, templateId: template, page, data });
    } catch (err) {
      let db: Database | null = null;
      try {
        db = cloud.database();
      } catch {
        // no database either: the log line is all that is kept
      }
      await record(db, lead, err);
    }
  }

  const canSend = (template: string) => Boolean(template && cloud.openapi?.subscribeMessage?.send);

  return {
    async leadDecided(lead, entry) {
      if (!canSend(templateId)) return;
      try {
        const author = await options.store.getAccount(lead.authorId);
        if (!author?.openid) return; // an account of the local host: nobody to message on WeChat
        await send(
          lead,
          author.openid,
          templateId,
          `${LEAD_PAGE}?id=${encodeURIComponent(lead.id)}`,
          decisionMessage(lead, entry),
        );
      } catch (err) {
        await record(null, lead, err);
      }
    },
    async leadSubmitted(lead) {
      if (!canSend(newLeadTemplateId)) return;
      try {
        const page = `${REVIEW_PAGE}?id=${encodeURIComponent(lead.id)}`;
        const pages = await Promise.all(
          (['editor', 'admin'] as const).map((role) =>
            options.store.listAccounts({ townshipId: lead.townshipId, role, limit: MAX_EDITORS_TOLD }),
          ),
        );
        const editors = pages.flatMap((p) => p.items).filter((e) => e.active && e.openid);
        // In parallel: each send is a round trip of its own, and each failure is recorded on its own.
        await Promise.all(editors.map((e) => send(lead, e.openid!, newLeadTemplateId, page, newLeadMessage(lead))));
      } catch (err) {
        await record(null, lead, err);
      }
    },
  };
}

/** What the generated function entries pass to wxMain: the author's openid is read through the cloud store. */
export const wxSubscriptionNotifier = (cloud: WxCloud): Notifier => {
  const withOpenapi = cloud as NotifierCloud;
  return subscriptionNotifier(withOpenapi, { store: new WxStore(cloud.database()) });
};
