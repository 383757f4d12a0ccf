/**
 * Regular expressions shared by the zod schema, the generated JSON Schema and the fast validator,
 * so that all three give the same verdict, and by every reader of a date-time (eligibility's
 * `asOf` and `submittedAt`, the timeline's instants): a day that does not exist (30 February) or
 * `24:00` is refused everywhere alike.
 *
 * @internal
 * @module
 */

/** kebab-case id. */
export const ID_SOURCE = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
/** Whole won as digits, no sign, no leading zero except "0". */
export const AMOUNT_SOURCE = "^(?:0|[1-9][0-9]{0,14})$";
const DAY =
  "(?:(?:[0-9]{2}(?:[2468][048]|[13579][26]|0[48])|(?:[02468][048]|[13579][26])00)-02-29|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))";
/** A calendar day `YYYY-MM-DD` (leap years included). */
export const DATE_SOURCE = `^${DAY}$`;
/** An ISO 8601 date-time with seconds optional, fraction optional, and a required offset. */
export const DATE_TIME_SOURCE = `^${DAY}T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`;

/**
 * The length of a text in characters (Unicode code points), as zod (4.6 and later) and JSON Schema
 * count it: an emoji is one, where `.length` counts its two UTF-16 code units.
 */
export function charCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** Whether a text has at most `max` characters; `.length` answers first, as it is never fewer. */
export const fits = (s: string, max: number): boolean => s.length <= max || charCount(s) <= max;

export const ID_RE: RegExp = /* @__PURE__ */ new RegExp(ID_SOURCE);
/**
 * A text with at least one visible character: not white space, and not an invisible control or format
 * character (U+200B, U+FEFF, a soft hyphen, a direction mark: categories Cc and Cf). A name of spaces
 * or of zero-width spaces is no name.
 */
export const VISIBLE: RegExp = /[^\p{Cc}\p{Cf}\s]/u;
export const AMOUNT_RE: RegExp = /* @__PURE__ */ new RegExp(AMOUNT_SOURCE);
export const DATE_RE: RegExp = /* @__PURE__ */ new RegExp(DATE_SOURCE);
export const DATE_TIME_RE: RegExp = /* @__PURE__ */ new RegExp(DATE_TIME_SOURCE);
