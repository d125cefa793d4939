// The moderation port (`ctx.moderation`): the local keyword list, or WeChat's content security checks.
import type { Moderation } from './verdicts';

/** Where the text comes from; the WeChat adapter maps it to msgSecCheck's scene. */
export type TextScene = 'lead' | 'reply' | 'article';

export interface TextCheckInput {
  townshipId: string;
  /** The author's WeChat identity (msgSecCheck v2 needs an openid active in the last two hours); null locally. */
  openid: string | null;
  scene: TextScene;
  title?: string;
  body: string;
}

export interface MediaCheckInput {
  townshipId: string;
  fileID: string;
  openid: string | null;
}

/** A verdict now, or a promise of one: the platform answers later, matched by `traceId`. */
export type MediaVerdict = Moderation | { pending: true; traceId: string };

export interface ModerationPort {
  /** Never throws for a check that could not run: answers `review` with the reason instead. */
  checkText(input: TextCheckInput): Promise<Moderation>;
  /** Never throws for a check that could not run: answers `review` with the reason instead. */
  checkMedia(input: MediaCheckInput): Promise<MediaVerdict>;
}

/** Used where a deployment wires no checks (test contexts that do not care): everything passes. */
export const NO_MODERATION: ModerationPort = {
  checkText: async () => ({ state: 'pass', reasons: [] }),
  checkMedia: async () => ({ state: 'pass', reasons: [] }),
};
