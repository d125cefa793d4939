// The gateway's envelope unwrapping: what a page receives for every kind of answer.
import { CloudError, NETWORK_MESSAGE, envelopeFromHttp, messageOf, unwrapEnvelope } from '@/services/envelope';

function thrown(fn: () => unknown): CloudError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CloudError) return err;
    throw err;
  }
  throw new Error('expected a CloudError');
}

describe('unwrapping the envelope', () => {
  it('hands the data of a successful call to the page', () => {
    expect(unwrapEnvelope({ ok: true, data: { id: 'L1' } })).toEqual({ id: 'L1' });
    expect(unwrapEnvelope({ ok: true, data: null })).toBeNull();
  });

  it('turns an error envelope into a CloudError with the server’s code, message and details', () => {
    const err = thrown(() =>
      unwrapEnvelope({
        ok: false,
        error: { code: 'CONFLICT', message: '这条线索已被其他编辑处理', details: { status: 'accepted' } },
      }),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toBe('这条线索已被其他编辑处理');
    expect(err.details).toEqual({ status: 'accepted' });
  });

  it('treats anything that is not an envelope as a broken answer, not as data', () => {
    for (const raw of [
      undefined,
      null,
      'ok',
      { data: 1 },
      { ok: false, error: 'x' },
      { ok: false, error: { code: 1 } },
    ]) {
      expect(thrown(() => unwrapEnvelope(raw)).code).toBe('INTERNAL');
    }
  });
});

describe('reading an HTTP answer from the local host', () => {
  it('parses the JSON envelope whatever the status', () => {
    const body = {
      ok: false,
      error: { code: 'RATE_LIMITED', message: '尝试次数过多', details: { retryAfterSeconds: 60 } },
    };
    expect(envelopeFromHttp(429, JSON.stringify(body))).toEqual(body);
  });

  it('reads a bare 401 as "log in again"', () => {
    expect(thrown(() => unwrapEnvelope(envelopeFromHttp(401, 'Unauthorized'))).code).toBe('UNAUTHENTICATED');
  });

  it('reads a proxy error page as a network problem the person can retry', () => {
    const err = thrown(() => unwrapEnvelope(envelopeFromHttp(502, '<html>Bad Gateway</html>')));
    expect(err.code).toBe('NETWORK');
    expect(err.message).toBe('网络不给力，请稍后重试');
  });
});

describe('messages shown to people', () => {
  it('uses the server’s sentence for CloudErrors and the network sentence for anything else', () => {
    expect(messageOf(new CloudError('NOT_FOUND', '线索不存在'))).toBe('线索不存在');
    expect(messageOf(new TypeError('Failed to fetch'))).toBe(NETWORK_MESSAGE);
  });
});
