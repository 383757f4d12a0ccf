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
 * A Korean particle that changes with the sound before it, named by its combined form: 이(가) (subject),
 * 은(는) (topic), 을(를) (object), 와(과) ("and", "with") and (으)로 (direction, means).
 */
export type Particle = "이(가)" | "은(는)" | "을(를)" | "와(과)" | "(으)로";

/** Each particle after a final consonant, after a vowel, and after a final ㄹ. */
const FORMS: Readonly<Record<Particle, readonly [consonant: string, vowel: string, rieul: string]>> = {
  "이(가)": ["이", "가", "이"],
  "은(는)": ["은", "는", "은"],
  "을(를)": ["을", "를", "을"],
  "와(과)": ["과", "와", "과"],
  "(으)로": ["으로", "로", "로"],
};

/** How a digit is read (Sino-Korean): 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGITS = "영일이삼사오육칠팔구";
/** The last word said for a whole number ending in 1, 2 or 3 zeros (십, 백, 천)... */
const TENS = ["", "십", "백", "천"];
/** ...and from 4 zeros on, the unit of the last group of four: 만, 억, 조, 경. */
const MYRIADS = ["", "만", "억", "조", "경"];

/**
 * The last syllable of the English words `kcity` names in Korean sentences, as they are said in
 * Korean (`edition` 에디션, `--rounding` 라운딩, `-v` 브이, `kickoff` 킥오프, `app.json` 제이슨):
 * command names, option names, milestone kinds, the last word of sub-program and track ids, and file
 * extensions. A word not listed keeps the combined particle (`ISO은(는)`).
 */
const READINGS: Readonly<Record<string, string>> = {
  // commands
  check: "크",
  convert: "트",
  deadlines: "스",
  edition: "션",
  editions: "스",
  eligible: "블",
  format: "맷",
  machine: "신",
  money: "니",
  parse: "스",
  projects: "츠",
  replay: "이",
  schedule: "줄",
  select: "트",
  split: "릿",
  stats: "츠",
  status: "스",
  timeline: "인",
  // options (the last word of --value-date, --sub-program, --country-cap, --calendar-days)
  budget: "짓",
  cap: "캡",
  consulted: "드",
  country: "리",
  currency: "시",
  cutoff: "프",
  date: "트",
  days: "즈",
  h: "치",
  help: "프",
  ics: "스",
  json: "슨",
  lang: "랭",
  mermaid: "드",
  met: "멧",
  months: "스",
  on: "온",
  program: "램",
  quota: "터",
  quote: "트",
  rate: "트",
  rounding: "딩",
  start: "트",
  style: "일",
  text: "트",
  track: "랙",
  tranche: "치",
  v: "이",
  version: "전",
  year: "어",
  // milestone kinds (kickoff, inception-report, training-course, ..., completion)
  completion: "션",
  course: "스",
  kickoff: "프",
  report: "트",
  // the last word of sub-program and track ids
  demonstration: "션",
  development: "트",
  planning: "닝",
  solution: "션",
};

/** Closing quotes and brackets, and the opening mark of each. */
const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  "”": "“",
  "’": "‘",
  "」": "「",
  "』": "『",
  "》": "《",
  "〉": "〈",
  ">": "<",
  ")": "(",
  "]": "[",
};

/**
 * The syllable a particle after `word` agrees with, or `undefined` when it is neither Hangul nor a
 * number. Quoted text is read inside its quotes (`"약 4억"` ends in 억), and a part in parentheses or
 * square brackets is skipped when something stands before it (`절차(2024-urban-planning)` ends in
 * 차), as a particle follows the word before the parentheses. A number is read as said in Korean:
 * `13` ends in 삼, `2024-04-30` in 십 (30), `1,000` in 천, `1385.20` in 영 (a decimal digit).
 */
function lastSound(word: string): string | undefined {
  let w = word.trimEnd();
  for (let guard = 0; guard < 100 && w.length > 0; guard++) {
    const last = w[w.length - 1] as string;
    const open = CLOSERS[last];
    if (open === undefined) break;
    const start = w.lastIndexOf(open, w.length - 2);
    const before = start > 0 ? w.slice(0, start).trimEnd() : "";
    const aside = last === ")" || last === "]";
    // a part in brackets is skipped when a word stands before it; a quotation is read inside
    w = aside && before.length > 0 ? before : start >= 0 ? w.slice(start + 1, -1).trimEnd() : w.slice(0, -1);
  }
  // a percentage is read 퍼센트
  if (/\d%$/.test(w)) return "트";
  const number = /(\d[\d,]*)(?:\.(\d+))?$/.exec(w);
  if (number !== null) {
    // after a decimal point, digits are read one by one
    if (number[2] !== undefined) return DIGITS[Number(number[2].slice(-1))];
    const digits = (number[1] as string).replace(/,/g, "");
    const zeros = (/0*$/.exec(digits)?.[0] ?? "").length;
    if (zeros === digits.length) return "영";
    if (zeros === 0) return DIGITS[Number(digits.slice(-1))];
    return zeros < 4 ? TENS[zeros] : (MYRIADS[Math.floor(zeros / 4)] ?? "경");
  }
  const latin = /[A-Za-z]+$/.exec(w)?.[0].toLowerCase();
  if (latin !== undefined) return Object.hasOwn(READINGS, latin) ? READINGS[latin] : undefined;
  const code = w.charCodeAt(w.length - 1);
  return code >= 0xac00 && code <= 0xd7a3 ? w[w.length - 1] : undefined;
}

/**
 * `word` followed by `particle` in the form its last sound takes: 이/은/을/과/으로 after a final
 * consonant (금액이, 금액은, 금액을, 금액과, 금액으로), 가/는/를/와/로 after a vowel (코드가, 코드는,
 * 코드를, 코드와, 코드로), and 로 after a final ㄹ (파일로). Numbers are read in Korean (`13은`,
 * `2024-04-01은`, `10으로`, `1로`), quotes are read inside and a part in parentheses is skipped (see
 * {@link lastSound}). The English words kcity names are read as said in Korean (`edition은`,
 * `--rounding은`, `-v는`, `kickoff를`, `app.json은`; see READINGS). After anything else (another
 * Latin word, a symbol) the combined form stays: `ISO은(는)`.
 *
 * @param word - the word the particle follows
 * @param particle - the particle, by its combined form
 */
export function withParticle(word: string, particle: Particle): string {
  const sound = lastSound(word);
  if (sound === undefined) return `${word}${particle}`;
  const final = (sound.charCodeAt(0) - 0xac00) % 28;
  const [consonant, vowel, rieul] = FORMS[particle];
  return `${word}${final === 0 ? vowel : final === 8 ? rieul : consonant}`;
}

/**
 * `word` with the subject particle it takes: 이 after a final consonant (값이, 금액이), 가 after a
 * vowel (정수가, 코드가), and 이(가) when the word does not end in Hangul or a number.
 */
export function withSubjectParticle(word: string): string {
  return withParticle(word, "이(가)");
}
