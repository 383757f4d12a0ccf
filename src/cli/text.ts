/**
 * Columns that line up in a terminal: Hangul and other wide characters take two columns, so padding
 * by `String.length` misaligns Korean text.
 *
 * @internal
 * @module
 */

/** Wide characters (East Asian Wide and Fullwidth): Hangul, CJK, full-width forms. */
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/g;

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0);
}

/** `text` padded with spaces on the right to `width` columns. */
export function padEndColumns(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` padded with spaces on the left to `width` columns. */
export function padStartColumns(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * `word` with the subject particle it takes: 이 after a final consonant (값이, 금액이), 가 after a
 * vowel (정수가, 코드가), and 이(가) when the word does not end in a Hangul syllable.
 */
export function withSubjectParticle(word: string): string {
  const last = word.charCodeAt(word.length - 1) - 0xac00;
  if (!(last >= 0 && last <= 0xd7a3 - 0xac00)) return `${word}이(가)`;
  return `${word}${last % 28 === 0 ? "가" : "이"}`;
}
