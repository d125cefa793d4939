// A moderation port whose verdicts a test sets: pass by default, or whatever the case needs (pending with a trace id,
// a check that throws) — the core's handling of each verdict is tested without any platform.
import type {
  MediaCheckInput,
  MediaVerdict,
  ModerationPort,
  TextCheckInput,
} from '../../cloudfunctions/core/moderation/ports';
import type { Moderation } from '../../cloudfunctions/core/moderation/verdicts';

export class ScriptedModerator implements ModerationPort {
  text: (input: TextCheckInput) => Moderation = () => ({ state: 'pass', reasons: [] });
  media: (input: MediaCheckInput) => MediaVerdict = () => ({ state: 'pass', reasons: [] });
  readonly textCalls: TextCheckInput[] = [];
  readonly mediaCalls: MediaCheckInput[] = [];

  async checkText(input: TextCheckInput): Promise<Moderation> {
    this.textCalls.push(input);
    return this.text(input);
  }

  async checkMedia(input: MediaCheckInput): Promise<MediaVerdict> {
    this.mediaCalls.push(input);
    return this.media(input);
  }
}
