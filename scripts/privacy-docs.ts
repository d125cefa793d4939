// Renders docs/privacy.md, the text for WeChat's 用户隐私保护指引, from src/privacy/declaration.ts, so the guide
// cannot drift from the code. `npm run docs:privacy` writes it; tests/app/privacyDeclaration.test.ts fails when stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WECHAT_PRIVACY_APIS } from '../src/privacy/catalogue';
import { DECLARED_APIS, DECLARED_DATA, NEVER, WITHOUT_CONSENT } from '../src/privacy/declaration';

const categoryOf = (api: string) => WECHAT_PRIVACY_APIS.find((p) => p.name === api)?.category ?? '（未登记的接口）';

export function renderPrivacyGuide(): string {
  return [
    '# 乡讯隐私保护指引',
    '',
    '<!-- 由 src/privacy/declaration.ts 生成（npm run docs:privacy），请勿手改。 -->',
    '',
    '乡讯是乡镇宣传办收集新闻线索的小程序。以下是它处理的个人信息、用到的隐私接口和各自的用途，',
    '可直接填入微信公众平台「用户隐私保护指引」。',
    '',
    '## 收集的个人信息',
    '',
    '| 信息 | 来源 | 用途 |',
    '|---|---|---|',
    ...DECLARED_DATA.map((d) => `| ${d.item} | ${d.source} | ${d.purpose} |`),
    '',
    '## 使用的隐私接口',
    '',
    '| 接口 | 涉及的信息 | 用途 |',
    '|---|---|---|',
    ...DECLARED_APIS.map((a) => `| \`${a.api}\` | ${categoryOf(a.api)} | ${a.purpose} |`),
    '',
    '## 您的选择',
    '',
    `- ${WITHOUT_CONSENT}`,
    `- ${NEVER}`,
    '',
  ].join('\n');
}

export const PRIVACY_DOCS_PATH = join(__dirname, '..', 'docs', 'privacy.md');

if (require.main === module) {
  writeFileSync(PRIVACY_DOCS_PATH, renderPrivacyGuide());
  console.log(`wrote ${PRIVACY_DOCS_PATH}`);
}
