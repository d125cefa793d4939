// An article written from leads starts with what the reporters sent: their text, their photos, their names.
import {
  articleFields,
  defaultCredits,
  draftFromLeads,
  draftProblem,
  fromParagraphs,
  moveParagraph,
  toggleCredit,
  toParagraphs,
  type DraftLead,
} from '@/lib/articleDraft';

const lead = (id: string, authorId: string, body: string, photos: string[] = []): DraftLead => ({
  id,
  title: `标题${id}`,
  body,
  authorId,
  authorName: `通讯员${authorId}`,
  photos: photos.map((f) => ({ fileID: f, url: `/files/${f}` })),
});

describe('an article drafted from two leads', () => {
  const leads = [lead('L1', 'A', '第一段。\n\n第二段。', ['f1', 'f2']), lead('L2', 'B', '  第三段。 ', ['f2', 'f3'])];

  it('takes the first title, every paragraph in order and each photo once', () => {
    const draft = draftFromLeads(leads);
    expect(draft.title).toBe('标题L1');
    expect(draft.paragraphs).toEqual(['第一段。', '第二段。', '第三段。']);
    expect(draft.photos.map((p) => p.fileID)).toEqual(['f1', 'f2', 'f3']);
    expect(draft.leadIds).toEqual(['L1', 'L2']);
  });

  it('credits each author once, in the order of the leads', () => {
    expect(defaultCredits([...leads, lead('L3', 'A', 'x')])).toEqual([
      { id: 'A', name: '通讯员A' },
      { id: 'B', name: '通讯员B' },
    ]);
  });

  it('keeps at most nine photos', () => {
    const many = lead(
      'L9',
      'A',
      'x',
      Array.from({ length: 12 }, (_, i) => `p${i}`),
    );
    expect(draftFromLeads([many]).photos).toHaveLength(9);
  });
});

describe('the body as paragraphs', () => {
  it('stores paragraphs apart by a blank line and drops blank ones, whatever markup the text holds', () => {
    const body = fromParagraphs(['  <script>alert(1)</script> ', '', '第二段']);
    expect(body).toBe('<script>alert(1)</script>\n\n第二段');
    expect(toParagraphs(body)).toEqual(['<script>alert(1)</script>', '第二段']);
  });

  it('moves a paragraph up or down and ignores a move past either end', () => {
    expect(moveParagraph(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveParagraph(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveParagraph(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

it('adds or removes a credited reporter', () => {
  const a = { id: 'A', name: '甲' };
  const b = { id: 'B', name: '乙' };
  expect(toggleCredit([a], b)).toEqual([a, b]);
  expect(toggleCredit([a, b], a)).toEqual([b]);
});

describe('saving a draft', () => {
  const draft = {
    ...draftFromLeads([lead('L1', 'A', '甲段', ['f1'])]),
    title: '  新标题 ',
    paragraphs: ['甲段', '', '乙段'],
  };

  it('sends the body as stored plain text and people and photos by id', () => {
    expect(articleFields(draft)).toEqual({ title: '新标题', body: '甲段\n\n乙段', credits: ['A'], photos: ['f1'] });
  });

  it('asks for a title, a kind and at least one lead', () => {
    expect(draftProblem({ ...draft, title: ' ' }, 'news', 60)).toBe('请填写稿件标题');
    expect(draftProblem({ ...draft, title: '长'.repeat(61) }, 'news', 60)).toBe('标题最多60个字');
    expect(draftProblem(draft, null, 60)).toBe('请选择稿件体裁');
    expect(draftProblem({ ...draft, leadIds: [] }, 'news', 60)).toBe('稿件至少要引用一条线索');
    expect(draftProblem(draft, 'feature', 60)).toBeNull();
  });
});
