// Text cut to a schema's limit at typing time. Limits count UTF-16 units, as the schemas (zod's maxLength) and
// the browser's maxlength do; a cut never leaves half an emoji, which the server refuses as a lone surrogate.

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** `value` with at most `max` UTF-16 units, ending on a whole character. */
export function clampText(value: string, max: number | undefined): string {
  if (max === undefined || max < 0 || value.length <= max) return value;
  const end = isHighSurrogate(value.charCodeAt(max - 1)) ? max - 1 : max;
  return value.slice(0, end);
}
