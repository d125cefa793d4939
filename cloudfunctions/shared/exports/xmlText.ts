// Text bound for an Office file must be valid XML 1.0, or Word and Excel refuse the whole file. The schemas refuse
// such characters on the way in, but older rows and other clients may still hold them: both writers pass every text
// through here. Allowed: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and whole surrogate pairs.
const NOT_XML_1_0 =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with every character XML 1.0 forbids replaced by U+FFFD, so the reader still sees where one was. */
export const xmlText = (text: string): string => text.replace(NOT_XML_1_0, '\ufffd');

/** A sheet row with its strings made XML-safe; numbers and dates pass as they are. */
export const xmlRow = <T>(values: T[]): T[] => values.map((v) => (typeof v === 'string' ? (xmlText(v) as T) : v));
