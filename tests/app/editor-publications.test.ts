// A publication as the office records it: outlet, level, date, an http(s) link or none, a proof screenshot.
import { byRank, emptyPublicationForm, publicationPayload, publicationProblems, publishedIn } from '@/lib/publications';

const form = { ...emptyPublicationForm('2026-03-10'), outlet: ' 浙江日报 ', level: 'provincial' as const };

it('reads "已刊发于 <outlet>（<level>）"', () => {
  expect(publishedIn({ outlet: '浙江日报', level: 'provincial' })).toBe('已刊发于 浙江日报（省级）');
  expect(publishedIn({ outlet: '镇公众号', level: 'own' })).toBe('已刊发于 镇公众号（自有平台）');
});

it('asks for the outlet, the level and the date', () => {
  expect(publicationProblems(emptyPublicationForm(''))).toEqual({
    outlet: '请填写刊发媒体，例如：XX日报',
    level: '请选择媒体级别',
    publishedAt: '请选择刊发日期',
  });
  expect(publicationProblems(form)).toEqual({});
});

it('refuses links that are not http(s), such as javascript:', () => {
  expect(publicationProblems({ ...form, url: 'javascript:alert(1)' }).url).toMatch(/http/);
  expect(publicationProblems({ ...form, url: 'www.example.com/a' }).url).toMatch(/http/);
  expect(publicationProblems({ ...form, url: 'https://zjrb.example.com/a?id=1' })).toEqual({});
});

it('sends the outlet trimmed, a blank link as null, and the publication id only when editing', () => {
  expect(publicationPayload('A1', { ...form, url: '  ', proofFileID: 'f1' })).toEqual({
    articleId: 'A1',
    outlet: '浙江日报',
    level: 'provincial',
    publishedAt: '2026-03-10',
    url: null,
    proofFileID: 'f1',
  });
  expect(publicationPayload('A1', form, 'P1').publicationId).toBe('P1');
});

it('lists the highest level first, then the newest', () => {
  const list = [
    { level: 'county' as const, publishedAt: '2026-03-01' },
    { level: 'provincial' as const, publishedAt: '2026-02-01' },
    { level: 'county' as const, publishedAt: '2026-03-05' },
  ];
  expect(byRank(list)).toEqual([list[1], list[2], list[0]]);
});
