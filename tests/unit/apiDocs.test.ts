import { readFileSync } from 'node:fs';
import { API_DOCS_PATH, renderApiDocs } from '../../scripts/api-docs';

it('docs/api.md is what the schemas say (run `npm run docs:api` after changing a schema)', () => {
  expect(readFileSync(API_DOCS_PATH, 'utf8')).toBe(renderApiDocs());
});

it('the docs name every field limit the schemas enforce', () => {
  const docs = renderApiDocs();
  expect(docs).toContain('| `title` | 标题 | string | 是 | 至少 1 字，至多 40 字 |');
  expect(docs).toContain('### `leads.queue`\n\n调用者：editor、admin');
});
