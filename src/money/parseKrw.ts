import { issueOf } from "../core/issue.js";
import { receivedKo } from "../core/ko.js";
import { flagOf, optionsOf } from "../core/need.js";
import { err, type Issue, ok, type Result } from "../core/result.js";
import { describeReceived, KcnError } from "../errors.js";
import { pow10 } from "./decimal.js";
import { type Krw, makeMoney } from "./money.js";

/**
 * The longest text {@link parseKrw} reads (256 UTF-16 code units). Longer input is refused with
 * `INPUT_TOO_LONG` before any other work, so parsing is linear and bounded.
 *
 * @example
 * ```ts
 * MAX_KRW_TEXT_LENGTH; //=> 256
 * ```
 * @category Money
 */
export const MAX_KRW_TEXT_LENGTH = 256;

/**
 * Why a text was not read as an amount of won.
 *
 * @category Money
 */
export type KrwParseIssueCode =
  | "NOT_TEXT"
  | "RANGE_NOT_AMOUNT"
  | "REVERSED_RANGE"
  | "INPUT_TOO_LONG"
  | "EMPTY_INPUT"
  | "MISSING_NUMBER"
  | "MALFORMED_NUMBER"
  | "UNEXPECTED_CHARACTER"
  | "UNKNOWN_UNIT"
  | "MULTIPLE_NUMBERS"
  | "UNIT_ORDER"
  | "DUPLICATE_CURRENCY"
  | "MISPLACED_SIGN"
  | "APPROXIMATE_AMOUNT"
  | "AMBIGUOUS_AMOUNT"
  | "NEGATIVE_AMOUNT"
  | "NOT_WHOLE_WON";

/**
 * One reason a text was refused by {@link safeParseKrw}: an {@link Issue} with the place in the text.
 *
 * @category Money
 */
export interface KrwParseIssue extends Issue<KrwParseIssueCode> {
  /** 0-based offset (UTF-16 code units) of the offending part of the text. */
  readonly position: number;
  /** Length of the offending part (0 at the end of the text). */
  readonly length: number;
}

/**
 * Options of {@link parseKrw} and {@link safeParseKrw}.
 *
 * @category Money
 */
export interface ParseKrwOptions {
  /** Accept a leading `-` (default `false`: a funding amount is never negative). */
  readonly allowNegative?: boolean | undefined;
}

// ---- tokens -------------------------------------------------------------------------------------

/** @internal */
export type Token =
  | {
      readonly k: "num";
      /** The digits as an integer: the number is `n / 10^scale`. */
      readonly n: bigint;
      /** How many of the digits are after the decimal point. */
      readonly scale: number;
      readonly pos: number;
      readonly end: number;
    }
  | {
      readonly k: "cur";
      readonly prefix: boolean;
      readonly suffix: boolean;
      readonly pos: number;
      readonly end: number;
    }
  | { readonly k: "scale"; readonly exp: number; readonly pos: number; readonly end: number }
  | { readonly k: "su"; readonly exp: number; readonly pos: number; readonly end: number }
  | { readonly k: "mu"; readonly exp: number; readonly pos: number; readonly end: number }
  | { readonly k: "sign"; readonly neg: boolean; readonly pos: number; readonly end: number }
  | { readonly k: "approx"; readonly pos: number; readonly end: number }
  | { readonly k: "sep"; readonly pos: number; readonly end: number };

type TokenKind = Token extends infer T ? (T extends Token ? Omit<T, "pos" | "end"> : never) : never;

/** @internal */
export class Refusal {
  // declared, not defined: the constructor sets them all (no field list in the bundle)
  declare readonly code: KrwParseIssueCode;
  declare readonly pos: number;
  declare readonly end: number;
  declare readonly en: string;
  declare readonly ko: string;
  declare readonly expected?: string;
  constructor(code: KrwParseIssueCode, pos: number, end: number, en: string, ko: string, expected?: string) {
    Object.assign(this, { code, pos, end, en, ko, expected });
  }
}

const WORDS: Readonly<Record<string, TokenKind>> = {
  krw: { k: "cur", prefix: true, suffix: true },
  won: { k: "cur", prefix: false, suffix: true },
  k: { k: "scale", exp: 3 },
  thousand: { k: "scale", exp: 3 },
  m: { k: "scale", exp: 6 },
  mn: { k: "scale", exp: 6 },
  mil: { k: "scale", exp: 6 },
  million: { k: "scale", exp: 6 },
  b: { k: "scale", exp: 9 },
  bn: { k: "scale", exp: 9 },
  billion: { k: "scale", exp: 9 },
  t: { k: "scale", exp: 12 },
  tn: { k: "scale", exp: 12 },
  trillion: { k: "scale", exp: 12 },
  to: { k: "sep" },
  about: { k: "approx" },
  approx: { k: "approx" },
  approximately: { k: "approx" },
  around: { k: "approx" },
  nearly: { k: "approx" },
  some: { k: "approx" },
};

const CHARS: Readonly<Record<string, TokenKind>> = {
  "₩": { k: "cur", prefix: true, suffix: false },
  "￦": { k: "cur", prefix: true, suffix: false },
  원: { k: "cur", prefix: false, suffix: true },
  십: { k: "su", exp: 1 },
  백: { k: "su", exp: 2 },
  천: { k: "su", exp: 3 },
  만: { k: "mu", exp: 4 },
  억: { k: "mu", exp: 8 },
  조: { k: "mu", exp: 12 },
  약: { k: "approx" },
  "~": { k: "sep" },
  "～": { k: "sep" },
  "〜": { k: "sep" },
  "–": { k: "sep" },
  "—": { k: "sep" },
  "≈": { k: "approx" },
  "-": { k: "sign", neg: true },
  "−": { k: "sign", neg: true },
  "+": { k: "sign", neg: false },
  "＋": { k: "sign", neg: false },
  "－": { k: "sign", neg: true },
};

/** Code of an ASCII digit for ASCII and full-width digits, else -1. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}
function isComma(c: string | undefined): boolean {
  return c === "," || c === "，";
}
function isPoint(c: string | undefined): boolean {
  return c === "." || c === "．";
}
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x202f;
}
function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xff21 && c <= 0xff3a) ||
    (c >= 0xff41 && c <= 0xff5a)
  );
}

function badGroup(start: number, end: number): Refusal {
  return new Refusal(
    "MALFORMED_NUMBER",
    start,
    end,
    "digit groups between commas must have 3 digits",
    "쉼표 사이 자릿수는 3자리여야 합니다",
    "digits grouped by three, such as 400,000,000",
  );
}

function readNumber(s: string, start: number): Token {
  let i = start;
  let digits = "";
  let group = 0; // digits since the last comma, or since the start
  let sawComma = false;
  const n = s.length;
  while (i < n) {
    const d = digitAt(s, i);
    if (d >= 0) {
      digits += d;
      group++;
      i++;
      continue;
    }
    if (isComma(s[i]) && digitAt(s, i + 1) >= 0) {
      if (sawComma ? group !== 3 : group > 3) throw badGroup(start, i + 1);
      sawComma = true;
      group = 0;
      i++;
      continue;
    }
    break;
  }
  if (sawComma && group !== 3) throw badGroup(start, i);
  if (isComma(s[i])) {
    throw new Refusal(
      "MALFORMED_NUMBER",
      i,
      i + 1,
      "a comma must be followed by three digits",
      "쉼표 뒤에는 세 자리 숫자가 와야 합니다",
      "digits grouped by three, such as 400,000,000",
    );
  }
  let frac = 0;
  if (isPoint(s[i])) {
    if (digitAt(s, i + 1) < 0) {
      throw new Refusal(
        "MALFORMED_NUMBER",
        i,
        i + 1,
        "a decimal point must be followed by digits",
        "소수점 뒤에는 숫자가 와야 합니다",
        "a number such as 4.2",
      );
    }
    i++;
    while (i < n) {
      const d = digitAt(s, i);
      if (d < 0) break;
      digits += d;
      frac++;
      i++;
    }
    if (isPoint(s[i]) || isComma(s[i])) {
      throw new Refusal(
        "MALFORMED_NUMBER",
        i,
        i + 1,
        "a number has at most one decimal point and no comma after it",
        "숫자에는 소수점이 하나만 있고 그 뒤에 쉼표가 올 수 없습니다",
        "a number such as 4.2",
      );
    }
  }
  return { k: "num", n: BigInt(digits), scale: frac, pos: start, end: i };
}

/** @internal Splits text into tokens; throws a Refusal. */
export function tokenize(s: string): Token[] {
  const out: Token[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (digitAt(s, i) >= 0) {
      const t = readNumber(s, i);
      out.push(t);
      i = t.end;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      while (j < n && isLetter(s.charCodeAt(j))) j++;
      // full-width letters (ＫＲＷ) read as their ASCII forms
      const word = s.slice(i, j).normalize("NFKC").toLowerCase();
      const t = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
      if (!t) {
        const q = JSON.stringify(s.slice(i, j));
        throw new Refusal(
          "UNKNOWN_UNIT",
          i,
          j,
          `unknown unit ${q}`,
          `알 수 없는 단위 ${q}`,
          "KRW, won, thousand, million (M), billion (bn), trillion, 원, 만, 억, 조",
        );
      }
      out.push({ ...t, pos: i, end: j } as Token);
      i = j;
      continue;
    }
    const ch = s[i] as string;
    const t = Object.hasOwn(CHARS, ch) ? CHARS[ch] : undefined;
    if (!t) {
      const shown = String.fromCodePoint(s.codePointAt(i) ?? c);
      const q = JSON.stringify(shown);
      throw new Refusal(
        "UNEXPECTED_CHARACTER",
        i,
        i + shown.length,
        `unexpected character ${q}`,
        `예상하지 못한 문자 ${q}`,
        "one amount of won such as 400,000,000 won, KRW 400 million or 4억 원",
      );
    }
    out.push({ ...t, pos: i, end: i + 1 } as Token);
    i++;
  }
  return out;
}

// ---- grammar ------------------------------------------------------------------------------------

/** A rational `n / 10^scale`. */
interface Q {
  n: bigint;
  scale: number;
}

function addQ(a: Q, b: Q): Q {
  const scale = Math.max(a.scale, b.scale);
  return { n: a.n * pow10(scale - a.scale) + b.n * pow10(scale - b.scale), scale };
}
/** `a × 10^exp`, with the scale no lower than needed (a number token is a `Q` itself). */
function mulPow(a: Q, exp: number): Q {
  return exp >= a.scale ? { n: a.n * pow10(exp - a.scale), scale: 0 } : { n: a.n, scale: a.scale - exp };
}
function ltPow(a: Q, exp: number): boolean {
  return a.n < pow10(exp + a.scale);
}

/** The part of the text a token covers, in JSON quotes. */
function quote(text: string, t: Token): string {
  return JSON.stringify(text.slice(t.pos, t.end));
}

function unexpected(t: Token, text: string, next?: Token): Refusal {
  if (t.k === "sep" || (t.k === "sign" && next?.k === "num")) {
    return new Refusal(
      "RANGE_NOT_AMOUNT",
      t.pos,
      t.end,
      "this is a range of two amounts, not one amount: give one amount",
      "금액 하나가 아니라 두 금액의 범위입니다. 금액 하나를 쓰세요",
      "one amount",
    );
  }
  if (t.k === "num") {
    return new Refusal(
      "MULTIPLE_NUMBERS",
      t.pos,
      t.end,
      "a second number where one amount was expected",
      "금액 하나가 와야 할 자리에 두 번째 숫자가 있습니다",
      "one amount",
    );
  }
  if (t.k === "cur") {
    return new Refusal(
      "DUPLICATE_CURRENCY",
      t.pos,
      t.end,
      `the currency ${quote(text, t)} cannot stand here`,
      `이 자리에는 통화 표시 ${quote(text, t)}을(를) 쓸 수 없습니다`,
      "one currency mark: ₩ or KRW before the number, or KRW, won or 원 after it",
    );
  }
  if (t.k === "sign") {
    return new Refusal(
      "MISPLACED_SIGN",
      t.pos,
      t.end,
      "a sign may only stand before the amount",
      "부호는 금액 앞에만 올 수 있습니다",
      "a sign at the start",
    );
  }
  return new Refusal(
    "UNIT_ORDER",
    t.pos,
    t.end,
    `the unit ${quote(text, t)} cannot stand here`,
    `이 자리에는 단위 ${quote(text, t)}을(를) 쓸 수 없습니다`,
    "units from the largest to the smallest, such as 4억 5천만 원",
  );
}

/** @internal Reads one amount from all of `toks`; throws a Refusal. */
export function parseTokens(text: string, toks: readonly Token[], allowNegative: boolean): bigint {
  let i = 0;
  let negative = false;
  let sign: Token | undefined;
  let currency: Token | undefined;
  // a leading tilde is "about" (~400 million), not the middle of a range
  const approx = toks.find(
    (t, j) => t.k === "approx" || (!j && t.k === "sep" && "~～〜".includes(text[t.pos] as string)),
  );
  if (approx) {
    throw new Refusal(
      "APPROXIMATE_AMOUNT",
      approx.pos,
      approx.end,
      `${quote(text, approx)} marks an approximate amount`,
      `${quote(text, approx)}은(는) 어림 금액을 뜻합니다`,
      "an exact amount",
    );
  }
  // Leading sign and currency prefix, in either order.
  for (let round = 0; round < 2; round++) {
    const t = toks[i];
    if (t?.k === "sign" && !sign) {
      sign = t;
      negative = t.neg;
      i++;
    } else if (t?.k === "cur" && t.prefix && !currency) {
      currency = t;
      i++;
    }
  }
  const first = toks[i];
  if (!first || (first.k !== "num" && first.k !== "su")) {
    if (!first) {
      throw new Refusal(
        "MISSING_NUMBER",
        text.length,
        text.length,
        "no number",
        "숫자가 없습니다",
        "a number such as 400,000,000",
      );
    }
    if (first.k === "mu" || first.k === "scale" || first.k === "cur") {
      throw new Refusal(
        "MISSING_NUMBER",
        first.pos,
        first.end,
        `a number must come before ${quote(text, first)}`,
        `${quote(text, first)} 앞에 숫자가 와야 합니다`,
        "a number such as 400,000,000",
      );
    }
    throw unexpected(first, text);
  }
  let value: Q = { n: 0n, scale: 0 };
  let bare: number | undefined;
  const next = toks[i + 1];
  if (first.k === "num" && next?.k === "scale") {
    // English form: one number and a scale word ("400 million", "4.2bn").
    value = mulPow(first, next.exp);
    i += 2;
  } else {
    // Korean units (or a plain number): myriad groups from the largest unit down.
    let lastMu = Number.POSITIVE_INFINITY;
    let groups = 0;
    let dec = false; // a decimal fixes every smaller digit: nothing may follow it ("4.2억 5천만")
    for (;;) {
      let small: Q = { n: 0n, scale: 0 };
      let lastSu = 4;
      let terms = 0;
      let start = toks[i]?.pos ?? text.length;
      let plain = false; // the small part ended with a bare number
      for (;;) {
        const t = toks[i];
        if (t?.k === "num") {
          if (dec) throw unexpected(t, text);
          dec = t.scale > 0;
          const u = toks[i + 1];
          if (u?.k === "su") {
            if (u.exp >= lastSu) throw unexpected(u, text);
            if (!ltPow(t, 1)) {
              throw new Refusal(
                "MALFORMED_NUMBER",
                t.pos,
                u.end,
                `a number under 10 must come before ${quote(text, u)}`,
                `${quote(text, u)} 앞에는 10보다 작은 수가 와야 합니다`,
                "a digit such as 5천",
              );
            }
            small = addQ(small, mulPow(t, u.exp));
            lastSu = u.exp;
            terms++;
            i += 2;
            continue;
          }
          // a second bare number, or one after a small unit ("5천3" style: the ones digit group) that is
          // not under that unit
          if (plain || (terms > 0 && !ltPow(t, lastSu))) throw unexpected(t, text);
          small = addQ(small, mulPow(t, 0));
          plain = true;
          terms++;
          i++;
          continue;
        }
        if (t?.k === "su" && !plain) {
          if (dec || t.exp >= lastSu) throw unexpected(t, text);
          small = addQ(small, { n: pow10(t.exp), scale: 0 });
          lastSu = t.exp;
          terms++;
          i++;
          continue;
        }
        break;
      }
      if (terms === 0) break;
      const t = toks[i];
      const exp = t?.k === "mu" ? t.exp : 0;
      if (t?.k === "mu") {
        if (exp >= lastMu) throw unexpected(t, text);
        i++;
      }
      if (groups > 0 && !ltPow(small, 4)) {
        throw new Refusal(
          "UNIT_ORDER",
          start,
          toks[i - 1]?.end ?? text.length,
          "after a larger unit, each group must be under 10,000",
          "큰 단위 뒤의 각 묶음은 10,000보다 작아야 합니다",
          "units from the largest to the smallest, such as 4억 5,000만 원",
        );
      }
      value = addQ(value, mulPow(small, exp));
      // A last group with no unit of its own after 억 or 조 ("4억 5천", "4억 5000") is said for
      // 4억 5천만 as often as for 4억 5,000 won: only a won suffix makes it plain (below). After 만
      // no unit is left out ("700만 5천" is 7,005,000).
      if (exp === 0 && groups > 0 && lastMu > 4) bare = start;
      groups++;
      start = toks[i]?.pos ?? text.length;
      if (exp === 0) break;
      lastMu = exp;
    }
  }
  // Currency suffix.
  const suf = toks[i];
  if (suf?.k === "cur" && suf.suffix) {
    if (currency) throw unexpected(suf, text);
    currency = suf;
    i++;
  } else if (!suf && bare !== undefined) {
    const end = (toks[i - 1] as Token).end;
    const q = quote(text, { pos: bare, end } as Token);
    // biome-ignore lint/style/useTemplate: the template literal measured 60,129 bytes in the whole-library bundle, 135 over this concatenation (size budget, 60,000)
    const won = (negative ? "-" : "") + text.slice(first.pos, end) + "원";
    throw new Refusal(
      "AMBIGUOUS_AMOUNT",
      bare,
      end,
      `${q} has no unit: add one (4억 5천만 원) or end with won (${won})`,
      `${q}에 단위가 없습니다: 단위를 붙이거나(4억 5천만 원) 원으로 끝내세요(${won})`,
      "units from the largest to the smallest, such as 4억 5,000만 원",
    );
  }
  const rest = toks[i];
  if (rest) throw unexpected(rest, text, toks[i + 1]);
  if (value.scale > 0 && value.n % pow10(value.scale) !== 0n) {
    throw new Refusal(
      "NOT_WHOLE_WON",
      first.pos,
      toks[toks.length - 1]?.end ?? text.length,
      "the amount is not a whole number of won",
      "금액이 원 단위 정수가 아닙니다",
      "a whole number of won",
    );
  }
  let won = value.scale > 0 ? value.n / pow10(value.scale) : value.n;
  if (negative && won !== 0n) {
    if (!allowNegative && sign) {
      throw new Refusal(
        "NEGATIVE_AMOUNT",
        sign.pos,
        sign.end,
        "a funding amount cannot be negative",
        "지원 금액은 음수일 수 없습니다",
        "an amount of zero or more",
      );
    }
    won = -won;
  }
  return won;
}

/** @internal */
export function toIssue(text: string, r: Refusal): KrwParseIssue {
  const col = r.pos + 1;
  const fragment = text.slice(r.pos, r.end); // "" when the refusal is at the end
  return issueOf<KrwParseIssue>(
    r.code,
    [],
    `Cannot read ${describeReceived(text)} as won at column ${col}: ${r.en}`,
    `${describeReceived(text)}을(를) 원화 금액으로 읽을 수 없습니다 (${col}번째 글자): ${r.ko}`,
    {
      expected: r.expected,
      received: fragment === "" ? "the end of the text" : JSON.stringify(fragment),
      position: r.pos,
      length: Math.max(0, r.end - r.pos),
    },
  );
}

/**
 * Reads an amount of won written in English or Korean, without throwing.
 *
 * Accepted forms (with any surrounding spaces, full-width digits and commas):
 * `₩400,000,000`, `KRW 400,000,000`, `400,000,000 won`, `400000000원`, `400 million KRW`, `400M`,
 * `KRW 0.4 billion`, `4.2bn`, `3.3 billion won`, `4억`, `4억 원`, `42억원`, `4억5천만원`,
 * `4억 5,000만 원`, `700만 원`, `2천만원`, `천만 원`. Refused, with the position and the reason: two
 * numbers, a term after a decimal (`4.2억 5천만`), an unknown unit, units out of order, a second currency
 * mark, an approximate amount
 * (`약`, `about`, `≈`), a negative amount (unless `allowNegative`), a value that is not whole won,
 * and text longer than {@link MAX_KRW_TEXT_LENGTH}. Time is linear in the length of the text.
 *
 * @param text - the text to read
 * @param options - {@link ParseKrwOptions}
 * @returns `{ ok: true, value: Krw }` or `{ ok: false, issues }` with one {@link KrwParseIssue}
 * @throws {@link KcnError} `INVALID_OPTIONS` only when `options` is not an object, has another key,
 *   or an `allowNegative` that is not a boolean (text never throws)
 * @example
 * ```ts
 * const r = safeParseKrw("4억 5,000만 원");
 * r.ok && r.value.amount; //=> 450000000n
 * const bad = safeParseKrw("400 600");
 * !bad.ok && bad.issues[0].code; //=> "MULTIPLE_NUMBERS"
 * !bad.ok && bad.issues[0].position; //=> 4
 * ```
 * @category Money
 */
export function safeParseKrw(text: unknown, options: ParseKrwOptions = {}): Result<Krw, KrwParseIssue> {
  // the options first: a misspelt option is INVALID_OPTIONS whatever the text
  const allowNegative = flagOf(optionsOf(options, "allowNegative").allowNegative, "allowNegative") === true;
  if (typeof text !== "string") {
    return err([
      issueOf<KrwParseIssue>(
        "NOT_TEXT",
        [],
        `Expected text such as "400 million KRW", received ${describeReceived(text)}`,
        `"4억 원" 같은 텍스트 필요, 받은 값 ${receivedKo(text)}`,
        { expected: "a string", received: describeReceived(text), position: 0, length: 0 },
      ),
    ]);
  }
  if (text.length > MAX_KRW_TEXT_LENGTH) {
    return err([
      issueOf<KrwParseIssue>(
        "INPUT_TOO_LONG",
        [],
        `Expected at most ${MAX_KRW_TEXT_LENGTH} characters, received ${text.length}`,
        `최대 ${MAX_KRW_TEXT_LENGTH}자까지 읽을 수 있는데 ${text.length}자를 받았습니다`,
        {
          expected: `at most ${MAX_KRW_TEXT_LENGTH} characters`,
          received: `${text.length} characters`,
          position: MAX_KRW_TEXT_LENGTH,
          length: text.length - MAX_KRW_TEXT_LENGTH,
        },
      ),
    ]);
  }
  try {
    const toks = tokenize(text);
    if (toks.length === 0) {
      throw new Refusal(
        "EMPTY_INPUT",
        0,
        text.length,
        "the text is empty",
        "텍스트가 비어 있습니다",
        "an amount",
      );
    }
    return ok(makeMoney("KRW", parseTokens(text, toks, allowNegative), 0));
  } catch (e) {
    if (e instanceof Refusal) return err([toIssue(text, e)]);
    throw e;
  }
}

/**
 * Reads an amount of won written in English or Korean; throws when the text is not one.
 *
 * Same grammar as {@link safeParseKrw}.
 *
 * @param text - the text to read, such as `"KRW 400 million"` or `"4억 5천만원"`
 * @param options - {@link ParseKrwOptions}
 * @returns the amount as a frozen {@link Krw}
 * @throws {@link KcnError} `PARSE_FAILED` with `details.issues` (position and reason), or
 *   `INPUT_TOO_LONG` for text over {@link MAX_KRW_TEXT_LENGTH} characters; `INVALID_OPTIONS` when
 *   `options` is not an object, has another key, or an `allowNegative` that is not a boolean
 * @example
 * ```ts
 * parseKrw("KRW 0.4 billion").amount; //=> 400000000n
 * parseKrw("42억원").amount; //=> 4200000000n
 * parseKrw("₩400,000,000").amount; //=> 400000000n
 * parseKrw("4억 6억"); // throws KcnError PARSE_FAILED
 * ```
 * @category Money
 */
export function parseKrw(text: string, options: ParseKrwOptions = {}): Krw {
  return valueOrThrow(safeParseKrw(text, options), text);
}

/** @internal The value of a parse, or its refusal thrown (`parseKrw`, `parseFundingRange`). */
export function valueOrThrow<T>(r: Result<T, KrwParseIssue>, text: unknown): T {
  if (r.ok) return r.value;
  const issue = r.issues[0];
  throw new KcnError(issue.code === "INPUT_TOO_LONG" ? "INPUT_TOO_LONG" : "PARSE_FAILED", issue.message.en, {
    issues: r.issues,
    position: issue.position,
    reason: issue.code,
    received: describeReceived(text),
  });
}
