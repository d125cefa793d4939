// The lead form checks with the same schema as the cloud function and sends what the function expects.
import { leadPayload, emptyLeadForm, validateLeadForm, counter, type LeadFormState } from '@/lib/leadForm';
import { addPhotos } from '@/lib/photos';

const clientId = '0b7c8a2e-3f4d-4c6b-9a1e-2d3c4b5a6f70';
const now = new Date('2025-11-26T06:00:00Z');

function filled(patch: Partial<LeadFormState> = {}): LeadFormState {
  return {
    ...emptyLeadForm(clientId, now),
    title: '青山村举办丰收节',
    body: '11月26日上午，青山村文化广场……',
    category: '文化活动',
    ...patch,
  };
}

describe('a reporter filling in the lead form', () => {
  it('starts with the time set to now and nothing else', () => {
    const form = emptyLeadForm(clientId, now);
    expect(form).toMatchObject({
      clientId,
      title: '',
      body: '',
      category: '',
      date: '2025-11-26',
      time: '14:00',
      urgent: false,
      photos: [],
    });
  });

  it('is told in Chinese what is missing in an empty form', () => {
    const errors = validateLeadForm(emptyLeadForm(clientId, now));
    expect(errors.title).toBe('标题不能为空');
    expect(errors.body).toBe('内容不能为空');
    expect(errors.category).toBe('请选择类别');
  });

  it('may not send a title longer than 40 characters', () => {
    expect(validateLeadForm(filled({ title: '字'.repeat(41) })).title).toBe('标题不能超过40个字');
    expect(validateLeadForm(filled({ title: '字'.repeat(40) })).title).toBeUndefined();
  });

  it('may not send a body longer than 2000 characters', () => {
    expect(validateLeadForm(filled({ body: '字'.repeat(2001) })).body).toBe('内容不能超过2000个字');
  });

  it('cannot pass blank-only text as a title', () => {
    expect(validateLeadForm(filled({ title: '   ' })).title).toBe('标题不能为空');
  });

  it('sends a complete form without complaint', () => {
    expect(validateLeadForm(filled({ place: '青山村文化广场', urgent: true }))).toEqual({});
  });

  it('is stopped at 10 photos by the shared schema even if the picker let them through', () => {
    const nine = addPhotos(
      [],
      Array.from({ length: 9 }, (_, i) => `p${i}.jpg`),
    ).items;
    const tenth = { ...nine[0], key: 'extra' };
    expect(validateLeadForm(filled({ photos: [...nine, tenth] })).photos).toBe('照片最多9张');
    expect(validateLeadForm(filled({ photos: nine })).photos).toBeUndefined();
  });

  it('sends trimmed text, the pickers as occurredAt, no empty place, and the stored photos in order', () => {
    const payload = leadPayload(
      filled({ title: '  标题  ', place: '  ', date: '2025-11-20', time: '08:30', urgent: true }),
      ['f1', 'f2'],
    );
    expect(payload).toEqual({
      clientId,
      title: '标题',
      body: '11月26日上午，青山村文化广场……',
      category: '文化活动',
      occurredAt: '2025-11-20T08:30:00+08:00',
      place: null,
      urgent: true,
      photos: ['f1', 'f2'],
    });
  });

  it('shows counters as typed/maximum', () => {
    expect(counter('青山村', 40)).toBe('3/40');
  });
});
