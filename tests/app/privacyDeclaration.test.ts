// Issue 10, item 4: the privacy declaration is the truth about src/. Every WeChat privacy API the app uses is
// declared with a purpose, nothing is declared that is not used, and docs/privacy.md is generated from it.
import fs from 'node:fs';
import path from 'node:path';
import { PRIVACY_DOCS_PATH, renderPrivacyGuide } from '../../scripts/privacy-docs';
import { WECHAT_PRIVACY_APIS, type PrivacyApi } from '../../src/privacy/catalogue';
import { DECLARED_APIS, DECLARED_DATA } from '../../src/privacy/declaration';

const SRC = path.join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function usePattern(api: PrivacyApi): RegExp {
  if (api.use === 'openType') return new RegExp(`openType=\\{?['"\`]${api.name}['"\`]`);
  if (api.use === 'component') return new RegExp(`<${api.name}[\\s/>]`);
  return new RegExp(`\\b(?:Taro|wx)\\.${api.name}\\b`);
}

/** The privacy APIs a piece of code uses, as `name (file)`. */
function privacyApisIn(files: { file: string; text: string }[]): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const api of WECHAT_PRIVACY_APIS) {
    const where = files.filter(({ text }) => usePattern(api).test(text)).map(({ file }) => path.relative(SRC, file));
    if (where.length > 0) used.set(api.name, [...(used.get(api.name) ?? []), ...where]);
  }
  return used;
}

const appFiles = () => sourceFiles(SRC).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));
const declared = new Set(DECLARED_APIS.map((a) => a.api));

test('every privacy API called in src/ is declared', () => {
  const used = privacyApisIn(appFiles());
  expect(used.size).toBeGreaterThan(0); // the scan does find chooseMedia
  const undeclared = [...used]
    .filter(([api]) => !declared.has(api))
    .map(([api, files]) => `${api}: ${files.join(', ')}`);
  expect(undeclared).toEqual([]);
});

test('nothing is declared that src/ does not use, and each declaration has a purpose', () => {
  const used = privacyApisIn(appFiles());
  expect([...declared].filter((api) => !used.has(api))).toEqual([]);
  expect(DECLARED_APIS.every((a) => WECHAT_PRIVACY_APIS.some((p) => p.name === a.api))).toBe(true);
  for (const entry of [...DECLARED_APIS, ...DECLARED_DATA]) expect(entry.purpose.length).toBeGreaterThan(4);
});

test('the personal data declared are the four the app holds', () => {
  expect(DECLARED_DATA.map((d) => d.item)).toEqual(['姓名', '手机号', '照片', '微信身份（openid）']);
});

test.each([
  ['a call', "Taro.getLocation({ type: 'gcj02' })", 'getLocation'],
  ['a button open type', "<Button openType='getPhoneNumber' />", 'getPhoneNumber'],
  ['a component', "<Camera devicePosition='back' />", 'Camera'],
  ['a wx call', 'wx.saveImageToPhotosAlbum({ filePath })', 'saveImageToPhotosAlbum'],
])('the scan catches %s', (_, code, api) => {
  expect([...privacyApisIn([{ file: path.join(SRC, 'x.tsx'), text: code }]).keys()]).toEqual([api]);
});

test('docs/privacy.md is what the declaration says (run `npm run docs:privacy` after changing it)', () => {
  expect(fs.readFileSync(PRIVACY_DOCS_PATH, 'utf8')).toBe(renderPrivacyGuide());
});
