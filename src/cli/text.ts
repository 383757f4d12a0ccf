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
