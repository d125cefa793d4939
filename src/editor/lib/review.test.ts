// The editor's decisions follow the core's state machine and need the reason the reporter will read.
import { availableDecisions, decisionLabel, reviewPayload, reviewProblem } from './review';

describe('what an editor may decide', () => {
  it('offers 采用, 请补充信息 and 不采用 on a new lead', () => {
    expect(availableDecisions('submitted').map(decisionLabel)).toEqual(['采用', '请补充信息', '不采用']);
  });

  it('only lets an unanswered request for information be closed', () => {
    expect(availableDecisions('needs_info')).toEqual(['reject']);
  });

  it('offers nothing on a lead already decided', () => {
    for (const status of ['accepted', 'rejected', 'merged', 'used'] as const) {
      expect(availableDecisions(status)).toEqual([]);
    }
  });
});

describe('the reason box', () => {
  it('may stay empty when accepting', () => {
    expect(reviewProblem('L1', 'accept', '')).toBeNull();
    expect(reviewPayload('L1', 'accept', '  ')).toEqual({ id: 'L1', decision: 'accept' });
    expect(reviewPayload('L1', 'accept', '', 7)).toEqual({ id: 'L1', decision: 'accept', version: 7 });
  });

  it('must say why when asking for more or rejecting', () => {
    expect(reviewProblem('L1', 'needs_info', '   ')).toBe('请填写原因：通讯员会看到这段说明');
    expect(reviewProblem('L1', 'reject', '')).toBe('请填写原因：通讯员会看到这段说明');
    expect(reviewProblem('L1', 'reject', '与上周报道重复')).toBeNull();
  });

  it('sends the reason trimmed', () => {
    expect(reviewPayload('L1', 'needs_info', '  请补充现场照片 ')).toEqual({
      id: 'L1',
      decision: 'needs_info',
      note: '请补充现场照片',
    });
  });
});
