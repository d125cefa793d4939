// The one builder of text fields (DESIGN 4.5): a text is stored exactly as accepted or refused with 400. Half an
// emoji (a lone surrogate, as a phone's length limit can cut one) and control characters XML cannot hold are
// refused; a title made only of spaces and zero-width characters is blank.
import * as z from 'zod/mini';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** C0 controls but tab, line feed and carriage return, and the two noncharacters U+FFFE, U+FFFF. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
/** Whitespace (\s covers U+3000 and U+FEFF) and the characters that take no room on screen. */
const INVISIBLE = /[\s\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f]/gu;

export const hasVisibleCharacter = (value: string): boolean => value.replace(INVISIBLE, '').length > 0;

/** True when the text can be stored and written to Word or Excel as it is. */
export const isWellFormedText = (value: string): boolean => !LONE_SURROGATE.test(value) && !CONTROL.test(value);

/** Any string field: well-formed, or refused with a sentence a person can act on. */
export const plainString = (params?: { error?: string }) =>
  z.string(params).check(
    z.refine(isWellFormedText, {
      error: '含有无法识别的字符（可能是被截断的表情或控制字符），请删除后重试',
      abort: true,
    }),
  );

const notBlank = z.superRefine<string>((value, ctx) => {
  if (!hasVisibleCharacter(value))
    ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: value });
});

/** Required text, trimmed, with at least one visible character. */
export const text = (max: number) => plainString().check(z.trim(), z.minLength(1), notBlank, z.maxLength(max));

/** Optional text, trimmed; may be empty. */
export const optionalText = (max: number) => z.optional(plainString().check(z.trim(), z.maxLength(max)));
