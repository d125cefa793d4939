// What clients receive for an article: its leads and credited reporters by name, publications with proof photos.
import type { Moderation } from '../moderation/verdicts';
import type { LeadStatus, PublicationLevel, ArticleKind } from '../vocabulary';
import type { PhotoView } from '../photos';
import type { ArticleStatus } from './schemas';

export interface ArticleLeadView {
  id: string;
  title: string;
  status: LeadStatus;
  authorId: string;
  authorName: string;
  unitName: string | null;
  highlightSection: string | null;
}

export interface CreditView {
  id: string;
  name: string;
  unitName: string | null;
}

export interface PublicationView {
  id: string;
  outlet: string;
  level: PublicationLevel;
  /** YYYY-MM-DD, Asia/Shanghai. */
  publishedAt: string;
  url: string | null;
  proof: PhotoView | null;
}

export interface ArticleView {
  id: string;
  title: string;
  kind: ArticleKind;
  status: ArticleStatus;
  /** Plain text as stored: render it as text, never as HTML. */
  body: string;
  photos: PhotoView[];
  leads: ArticleLeadView[];
  credits: CreditView[];
  /** Oldest publication first. */
  publications: PublicationView[];
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  createdByName: string;
  /** The content check of title and body (DESIGN 4.5); it never blocks a save. */
  moderation: Moderation;
}
