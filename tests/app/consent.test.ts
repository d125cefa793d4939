// Issue 10, item 4: when the privacy guide is asked, and what a yes or a no leads to.
import { asksAtStart, consentChoice, consentForPhotos, recordConsent, type ConsentStorage } from '@/privacy/consent';

function memory(): ConsentStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: <T>(key: string) => (data.has(key) ? (data.get(key) as T) : null),
    set: (k, v) => void data.set(k, v),
  };
}

describe('at start', () => {
  it('the browser asks a device that never answered, and never again after either answer', () => {
    const kv = memory();
    expect(asksAtStart(kv, null)).toBe(true);
    recordConsent(kv, 'declined');
    expect(asksAtStart(kv, null)).toBe(false);
    recordConsent(kv, 'agreed');
    expect(asksAtStart(kv, null)).toBe(false);
  });

  it('WeChat asks when its guide needs agreeing, but not again after a no on this phone', () => {
    const kv = memory();
    expect(asksAtStart(kv, false)).toBe(false);
    expect(asksAtStart(kv, true)).toBe(true);
    recordConsent(kv, 'agreed');
    expect(asksAtStart(kv, true)).toBe(true); // an updated guide needs a new yes
    recordConsent(kv, 'declined');
    expect(asksAtStart(kv, true)).toBe(false);
  });

  it('an unknown stored value counts as no answer', () => {
    const kv = memory();
    kv.set('xx.privacy.consent', 'maybe');
    expect(consentChoice(kv)).toBeNull();
  });
});

describe('before photos', () => {
  it('after a no, photos ask again: a no keeps them closed, a yes opens them and is remembered', async () => {
    const kv = memory();
    recordConsent(kv, 'declined');
    const asked: boolean[] = [];
    const answer = (yes: boolean) => async () => (asked.push(yes), yes);

    expect(await consentForPhotos(kv, answer(false))).toBe(false);
    expect(consentChoice(kv)).toBe('declined');
    expect(await consentForPhotos(kv, answer(true))).toBe(true);
    expect(consentChoice(kv)).toBe('agreed');
    expect(await consentForPhotos(kv, answer(false))).toBe(true); // agreed: not asked again in the browser
    expect(asked).toEqual([false, true]);
  });

  it('on WeChat the platform is asked every time: it alone knows whether its current guide is agreed', async () => {
    const kv = memory();
    recordConsent(kv, 'agreed');
    expect(await consentForPhotos(kv, async () => false, true)).toBe(false);
  });
});
