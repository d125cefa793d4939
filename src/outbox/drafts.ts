// Drafts on the device: every change of the lead form is written at once, so closing the app, a crash or a reboot
// loses nothing. Photos in a draft are refs into the photo vault (persistent copies), never temporary files.
import type { LeadFormState } from '@/lib/leadForm';
import type { SentContent } from './returned';
import type { KeyValue } from './ports';

export const DRAFTS_KEY = 'xx.drafts';

/** The lead form's fields as typed, with photos kept as vault refs instead of the form's picked files. */
export interface Draft extends Omit<LeadFormState, 'photos'> {
  /** Vault refs, in the order the reporter arranged them. */
  photos: string[];
  updatedAt: number;
  /** Set when a failed outbox item came back to the form: what was sent, and why the server refused it. */
  returned?: SentContent;
}

/** A draft nobody typed anything into is not worth listing. */
export const isBlankDraft = (d: Draft) => !d.title.trim() && !d.body.trim() && !d.place.trim() && d.photos.length === 0;

/** "东山村便民桥通车" or "（无标题）" in the drafts list. */
export const draftTitle = (d: Draft) => d.title.trim() || d.body.trim().slice(0, 20) || '（无标题）';

export class Drafts {
  constructor(private readonly kv: KeyValue) {}

  /** Newest first. */
  list(): Draft[] {
    return [...(this.kv.get<Draft[]>(DRAFTS_KEY) ?? [])].sort((a, b) => b.updatedAt - a.updatedAt);
  }

  get(clientId: string): Draft | undefined {
    return this.list().find((d) => d.clientId === clientId);
  }

  /** Blank drafts are dropped rather than kept. */
  save(draft: Draft): void {
    const others = this.list().filter((d) => d.clientId !== draft.clientId);
    this.kv.set(DRAFTS_KEY, isBlankDraft(draft) ? others : [draft, ...others]);
  }

  /** Forgets the draft; its photos are the caller's to discard or to hand to the outbox. */
  remove(clientId: string): Draft | undefined {
    const found = this.get(clientId);
    this.kv.set(
      DRAFTS_KEY,
      this.list().filter((d) => d.clientId !== clientId),
    );
    return found;
  }
}
