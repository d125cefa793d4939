// The local host's moderator: the township's own word list for text; photos were already vetted on upload (magic
// bytes, size, re-encoding in host/images), so a stored photo passes.
import type { TownshipStore } from '../../core/accounts/ports';
import type { MediaVerdict, ModerationPort, TextCheckInput } from '../../core/moderation/ports';
import type { Moderation } from '../../core/moderation/verdicts';

/** The words of `words` found in `text`, compared without regard to case, each once and in list order. */
export function matchedWords(words: string[], text: string): string[] {
  const haystack = text.toLowerCase();
  return words.filter((w) => w.trim() !== '' && haystack.includes(w.trim().toLowerCase()));
}

export class KeywordModerator implements ModerationPort {
  constructor(private readonly townships: Pick<TownshipStore, 'getTownship'>) {}

  async checkText(input: TextCheckInput): Promise<Moderation> {
    const township = await this.townships.getTownship(input.townshipId);
    const found = matchedWords(township?.moderationWords ?? [], `${input.title ?? ''}\n${input.body}`);
    if (found.length === 0) return { state: 'pass', reasons: [] };
    return { state: 'review', reasons: found.map((w) => `含敏感词“${w}”`) };
  }

  async checkMedia(): Promise<MediaVerdict> {
    return { state: 'pass', reasons: [] };
  }
}
