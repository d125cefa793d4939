// Downloads keep their titles: RFC 6266 filename* in UTF-8, an ASCII fallback, and no name can break the header.
import { contentDisposition } from '../../cloudfunctions/host/plugins/contentDisposition';

const utf8Name = (header: string) => decodeURIComponent(/filename\*=UTF-8''([^;]+)$/.exec(header)![1]!);

it('a Chinese title travels in filename*, with the fileID as the ASCII fallback', () => {
  const header = contentDisposition('attachment', '示范镇2026年宣传思想工作总结.docx', 'f_0123.docx');
  expect(header).toMatch(/^attachment; filename="f_0123\.docx"; filename\*=UTF-8''%E7%A4%BA/);
  expect(utf8Name(header)).toBe('示范镇2026年宣传思想工作总结.docx');
  expect(header).toMatch(/^[\x20-\x7e]+$/);
});

it("an ASCII name is its own fallback; ' ( ) * are escaped as RFC 8187 asks", () => {
  const header = contentDisposition('inline', "report (v2)'s*.xlsx", 'f_1.xlsx');
  expect(header).toContain('filename="report (v2)\'s*.xlsx"');
  expect(header).toContain("filename*=UTF-8''report%20%28v2%29%27s%2A.xlsx");
});

it('quotes, backslashes, slashes and line breaks never reach the header', () => {
  const header = contentDisposition('attachment', '总结"\r\nSet-Cookie: x=1\\..\\/a.docx', 'f_2.docx');
  expect(header).not.toMatch(/[\r\n]/);
  expect(header.match(/"/g)).toHaveLength(2);
  expect(utf8Name(header)).toBe('总结"Set-Cookie: x=1..a.docx');
});
