// The person's answer to the privacy guide on this device, and when to ask. Pure: storage and the asking are
// injected, so the rules run in jest; askConsent.ts wires them to Taro.
export type ConsentChoice = 'agreed' | 'declined';

export const CONSENT_KEY = 'xx.privacy.consent';

export interface ConsentStorage {
  get<T>(key: string): T | null;
  set(key: string, value: unknown): void;
}

export function consentChoice(kv: ConsentStorage): ConsentChoice | null {
  const value = kv.get<unknown>(CONSENT_KEY);
  return value === 'agreed' || value === 'declined' ? value : null;
}

export const recordConsent = (kv: ConsentStorage, choice: ConsentChoice) => kv.set(CONSENT_KEY, choice);

/**
 * Whether the first screen asks. WeChat knows when its guide still needs agreeing (a new or updated guide) and
 * a "no" given here is not asked again at every start; the browser has only this device's answer.
 */
export function asksAtStart(kv: ConsentStorage, platformNeedsIt: boolean | null): boolean {
  const choice = consentChoice(kv);
  if (platformNeedsIt === null) return choice === null;
  return platformNeedsIt && choice !== 'declined';
}

/**
 * Before picking photos: asks again unless already agreed (`ask` is WeChat's own authorization on weapp, a
 * confirmation in the browser) and remembers a yes. With `platformDecides`, WeChat is asked every time: it
 * answers at once when agreed, and knows when an updated guide needs a new yes.
 */
export async function consentForPhotos(
  kv: ConsentStorage,
  ask: () => Promise<boolean>,
  platformDecides = false,
): Promise<boolean> {
  if (!platformDecides && consentChoice(kv) === 'agreed') return true;
  const yes = await ask();
  if (yes) recordConsent(kv, 'agreed');
  return yes;
}
