/**
 * Reading the JSON file a command is given (`kcity check <file.json>`, `kcity replay <log.json>`), in
 * one place: the same refusals, in the user's language, for every command that reads a file.
 *
 * @internal
 * @module
 */
import type { Label, Lang } from "../core/label.js";
import { KcnError, type KcnErrorCode } from "../errors.js";
import { say } from "./say.js";
import { withParticle } from "./text.js";
import type { CliArgs, CliContext } from "./types.js";

/**
 * A file's bytes as UTF-8 text, refusing bytes that are not UTF-8 (an EUC-KR or Latin-1 file would
 * otherwise be read with replacement characters and pass): the error's code is `EILSEQ`. A byte order
 * mark is kept, as `readFileSync(path, "utf8")` keeps it.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw Object.assign(new Error("EILSEQ: the file is not UTF-8 text (save it as UTF-8)"), {
      code: "EILSEQ",
    });
  }
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The title of a refused file argument, in every command: the file could not be read. */
export const FILE_ERROR_TITLE: Label = { en: "File error", ko: "파일 오류" };

/**
 * A file argument that cannot be read: `INVALID_INPUT` (exit code 2), like every refused input of a
 * command, under the title {@link FILE_ERROR_TITLE} instead of the schema's.
 */
export class FileError extends KcnError {
  override readonly title: Label = FILE_ERROR_TITLE;
}

/**
 * What the system says of a file it could not read, in Korean, by error code: missing, no permission,
 * a folder, not UTF-8, a part of the path that is a file (`application.json/x`), a name too long, a
 * loop of symbolic links.
 */
const FILE_REASONS_KO: Readonly<Record<string, string>> = {
  ENOENT: "파일이 없습니다",
  EACCES: "읽기 권한이 없습니다",
  EPERM: "읽기 권한이 없습니다",
  EISDIR: "파일이 아니라 폴더입니다",
  EILSEQ: "UTF-8 텍스트가 아닙니다 (UTF-8로 저장하세요)",
  ENOTDIR: "경로 중간에 폴더가 아닌 파일이 있습니다",
  ENAMETOOLONG: "파일 경로가 너무 깁니다",
  ELOOP: "심볼릭 링크가 너무 많이 이어지거나 순환합니다",
};

/** What the system said of a file it could not read, in Korean: 파일이 없습니다 (ENOENT). */
export function fileReasonKo(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const name = typeof code === "string" ? code : /^([A-Z]{2,}):/.exec(reason(e))?.[1];
  // own keys only: a code named like a name of Object.prototype is no reason of ours
  const ko = name !== undefined && Object.hasOwn(FILE_REASONS_KO, name) ? FILE_REASONS_KO[name] : undefined;
  return ko === undefined ? reason(e) : `${ko} (${name})`;
}

/**
 * How many spaces, digits, plain characters of a string or characters of a line
 * ({@link jsonErrorIndex}, {@link lineColumn}) are read one at a time before the rest of the row is
 * read at once, by a sticky regular expression: a file of a hundred million line breaks, or one long
 * string, is read about as fast as the engine reads it, and short rows cost no call.
 */
const ROW = 32;
/** Rows of JSON's spaces, of digits, and of a string's characters that need no escape (sticky). */
const SPACES = /[ \t\n\r]*/y;
const DIGITS = /[0-9]*/y;
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON refuses them raw in a string: they end the row
const PLAIN = /[^"\\\u0000-\u001f]*/y;

/** The index after a row that a sticky regular expression reads from `i`. */
function rowEnd(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  re.test(text);
  return re.lastIndex;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** What may follow a backslash in a JSON string but `u`: " \ / b f n r t. */
const isEscape = (c: number): boolean =>
  c === 0x22 ||
  c === 0x5c ||
  c === 0x2f ||
  c === 0x62 ||
  c === 0x66 ||
  c === 0x6e ||
  c === 0x72 ||
  c === 0x74;

// The readers of jsonErrorIndex: each reads what stands at i and answers the index after it, or
// ~at (a negative number) for an error at `at`. (charCodeAt past the end is NaN, which equals
// nothing and is no digit.)

/** The index after the spaces at `i`. */
function afterSpaces(text: string, i: number): number {
  for (let k = 0; k < ROW; k++, i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
  }
  return rowEnd(SPACES, text, i);
}

/** The index after the digits at `i` (`i` when there are none). */
function afterDigits(text: string, i: number): number {
  for (let k = 0; k < ROW; k++, i++) if (!isDigit(text.charCodeAt(i))) return i;
  return rowEnd(DIGITS, text, i);
}

/** A string, from its opening quote at `i`. */
function readString(text: string, i: number): number {
  const n = text.length;
  let plain = 0;
  for (i++; i < n; i++) {
    if (++plain === ROW) {
      i = rowEnd(PLAIN, text, i);
      plain = 0;
      if (i >= n) return ~n;
    }
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return ~i;
    if (c !== 0x5c) continue;
    if (++i >= n) return ~n;
    const e = text.charCodeAt(i);
    if (e === 0x75) {
      for (let k = 1; k <= 4; k++) if (!isHex(text.charCodeAt(i + k))) return ~Math.min(i + k, n);
      i += 4;
    } else if (!isEscape(e)) return ~i;
  }
  return ~n;
}

/** A number, from its sign or first digit at `i`. */
function readNumber(text: string, i: number): number {
  const n = text.length;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) i++;
  else {
    const end = afterDigits(text, i);
    if (end === i) return ~Math.min(i, n);
    i = end;
  }
  if (text.charCodeAt(i) === 0x2e) {
    const end = afterDigits(text, ++i);
    if (end === i) return ~Math.min(i, n);
    i = end;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    const sign = text.charCodeAt(++i);
    if (sign === 0x2b || sign === 0x2d) i++;
    const end = afterDigits(text, i);
    if (end === i) return ~Math.min(i, n);
    i = end;
  }
  return i;
}

/** `true`, `false` or `null`, from its first letter at `i`. */
function readWord(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const word = c === 0x74 ? "true" : c === 0x66 ? "false" : c === 0x6e ? "null" : undefined;
  if (word === undefined) return ~i;
  const n = text.length;
  for (let k = 0; k < word.length; k++, i++) {
    if (i >= n) return ~n;
    if (text.charCodeAt(i) !== word.charCodeAt(k)) return ~i;
  }
  return i;
}

/** A property name and its colon, after the spaces at `i`. */
function readKey(text: string, i: number): number {
  const n = text.length;
  i = afterSpaces(text, i);
  if (i >= n) return ~n;
  if (text.charCodeAt(i) !== 0x22) return ~i;
  i = readString(text, i);
  if (i < 0) return i;
  i = afterSpaces(text, i);
  if (i >= n) return ~n;
  if (text.charCodeAt(i) !== 0x3a) return ~i;
  return i + 1;
}

/**
 * Where the first error of a JSON text is (an index into `text`), found by reading it as
 * `JSON.parse` does: the character that cannot stand where it stands, or `text.length` when the text
 * ends too early; `-1` for valid JSON. Node's message gives no position for an unexpected token
 * (`Unexpected token '}', "{"a":}" is not valid JSON`). Iterative, so a file nested deeper than the
 * stack is read too, and linear: one pass over the text.
 */
export function jsonErrorIndex(text: string): number {
  const n = text.length;
  // the arrays and objects open at i, innermost last, by their opening bracket: 0x7b "{", 0x5b "["
  const stack: number[] = [];
  let i = 0;
  let value = true;
  for (;;) {
    i = afterSpaces(text, i);
    if (value) {
      if (i >= n) return n;
      const c = text.charCodeAt(i);
      value = false;
      let next: number;
      if (c === 0x7b || c === 0x5b) {
        i = afterSpaces(text, i + 1);
        // the closing bracket is the opening one + 2: "{" 0x7b "}" 0x7d, "[" 0x5b "]" 0x5d
        if (text.charCodeAt(i) === c + 2) {
          i++;
          continue;
        }
        stack.push(c);
        value = true;
        if (c === 0x5b) continue;
        next = readKey(text, i);
      } else if (c === 0x22) next = readString(text, i);
      else if (c === 0x2d || isDigit(c)) next = readNumber(text, i);
      else next = readWord(text, i);
      if (next < 0) return ~next;
      i = next;
      continue;
    }
    const open = stack[stack.length - 1];
    if (open === undefined) return i < n ? i : -1;
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (c === 0x2c) {
      value = true;
      i++;
      if (open === 0x7b) {
        const next = readKey(text, i);
        if (next < 0) return ~next;
        i = next;
      }
    } else if (c === open + 2) {
      stack.pop();
      i++;
    } else return i;
  }
}

/**
 * Characters a terminal does not show, or shows as something else: controls, format characters
 * (a byte order mark, a zero-width space, a direction mark), lone surrogates (half an emoji),
 * private-use and unassigned code points, line and paragraph separators, the characters Unicode
 * says to ignore by default (a variation selector, a Hangul filler), and every space but U+0020
 * (a no-break space, an ideographic space).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** A code point as Unicode names it: `U+00A0`, `U+1F600`. */
const codePointName = (c: string): string =>
  `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;

/** A character as a reader sees it, in Korean: `'}'`, or its name when it is invisible (`줄바꿈`, `U+0000`). */
function charKo(c: string): string {
  const named: Readonly<Record<string, string>> = {
    "\n": "줄바꿈",
    "\r": "캐리지 리턴",
    "\t": "탭",
    " ": "공백",
  };
  return named[c] ?? (INVISIBLE.test(c) ? codePointName(c) : `'${c}'`);
}

/** Rows of characters that end no line, of `\n`, of `\r\n` and of `\r` alone (sticky). */
const NOT_BREAKS = /[^\r\n]*/y;
const LF_ROW = /\n*/y;
const CRLF_ROW = /(?:\r\n)*/y;
// CRs alone: a row of "\r" (no look-ahead per character: V8 runs out of regex stack on one per
// character past about 8.5 million), less the last one when a "\n" follows it
const CR_ROW = /\r*/y;

/**
 * Line and column (from 1) of an index into `text`. A line ends, as editors end it, at `\r\n`, `\r`
 * or `\n` (a line break belongs to the line it ends); the column counts UTF-16 code units from the
 * line's start. One pass, without splitting the text (a file of a hundred million line breaks costs
 * no array): characters one by one, and past {@link ROW} in a row that end no line, or line breaks,
 * the rest of the row at once, by a sticky regular expression.
 */
export function lineColumn(text: string, index: number): [line: number, column: number] {
  const end = Math.min(index, text.length);
  let line = 1;
  let start = 0;
  // how many characters that end no line, and how many line breaks, were read one by one in a row
  let plain = 0;
  let breaks = 0;
  for (let i = 0; i < end; ) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) {
      breaks = 0;
      if (++plain < ROW) i++;
      else {
        i = rowEnd(NOT_BREAKS, text, i);
        plain = 0;
      }
      continue;
    }
    plain = 0;
    const crlf = c === 0x0d && text.charCodeAt(i + 1) === 0x0a;
    const size = crlf ? 2 : 1;
    // the line breaks of this kind from i, all those that end by index (one, or a row of them)
    let count = 1;
    if (++breaks >= ROW) {
      let row = rowEnd(c === 0x0a ? LF_ROW : crlf ? CRLF_ROW : CR_ROW, text, i);
      if (c !== 0x0a && !crlf && text.charCodeAt(row) === 0x0a) row--;
      count = Math.floor((Math.min(row, end) - i) / size);
      breaks = 0;
    }
    // a "\r\n" that index cuts (index at its "\n") ends no line before index
    if (count === 0 || i + size > end) break;
    line += count;
    start = i += count * size;
  }
  return [line, index - start + 1];
}

/**
 * The index a JSON.parse error points at: its `at position N`, else the first error of the text,
 * else (an engine that reads a text this reader accepts) the end of the text's last character.
 */
export function errorIndex(message: string, text: string): number {
  // at the end only: an unexpected token's message quotes the text, which may say "at position"
  const at = /at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(message);
  if (at) return Math.min(Number(at[1]), text.length);
  const found = jsonErrorIndex(text);
  return found >= 0 ? found : text.trimEnd().length;
}

/** Where a JSON error is: the index into the text, and its line and column (from 1). */
export interface JsonErrorPlace {
  readonly index: number;
  readonly line: number;
  readonly column: number;
}

/**
 * Where the error of a text `JSON.parse` refused is ({@link errorIndex}, {@link lineColumn}): found
 * once for a refusal, whose English and Korean reasons both take it.
 */
export function jsonErrorPlace(e: unknown, text: string): JsonErrorPlace {
  const index = errorIndex(reason(e), text);
  const [line, column] = lineColumn(text, index);
  return { index, line, column };
}

/**
 * What V8 (Node 20) says of a text JSON.parse refuses, in Korean: each of its messages, in the order
 * they are tried (a message that fits none gets the generic reason).
 */
const JSON_REASONS_KO: readonly (readonly [RegExp, string])[] = [
  [/^Unexpected end of JSON input/, "JSON이 끝나지 않았습니다(빈 파일이거나 닫는 괄호나 따옴표가 없음)"],
  [/^Expected property name or '\}'/, "큰따옴표로 감싼 속성 이름이 필요합니다"],
  [
    /^Expected double-quoted property name/,
    "큰따옴표로 감싼 속성 이름이 필요합니다(쉼표 뒤에는 속성이 와야 합니다)",
  ],
  [/^Expected ':' after property name/, "속성 이름 뒤에 콜론(:)이 필요합니다"],
  [/^Expected ',' or '\}' after property value/, "속성 값 뒤에 쉼표(,)나 닫는 중괄호(})가 필요합니다"],
  [/^Expected ',' or '\]' after array element/, "배열 항목 뒤에 쉼표(,)나 닫는 대괄호(])가 필요합니다"],
  [/^Unterminated string/, "문자열의 따옴표가 닫히지 않았습니다"],
  [
    /^Bad control character in string literal/,
    "문자열 안에 제어 문자(탭, 줄바꿈 등)를 그대로 쓸 수 없습니다(\\t, \\n처럼 쓰세요)",
  ],
  [/^Bad Unicode escape/, "\\u 뒤에 16진수 네 자리가 필요합니다"],
  [/^Bad escaped character/, '문자열의 잘못된 이스케이프(\\ 뒤에는 " \\ / b f n r t u만 올 수 있습니다)'],
  [/^No number after minus sign/, "빼기 기호(-) 뒤에 숫자가 필요합니다"],
  [/^Exponent part is missing a number/, "지수 표기(e) 뒤에 숫자가 필요합니다"],
  [/^Unterminated fractional number/, "소수점 뒤에 숫자가 필요합니다"],
  [/^Unexpected number/, "예상하지 못한 숫자"],
  [/^Unexpected string/, "예상하지 못한 문자열"],
  [/^Unexpected non-whitespace character after JSON/, "JSON 값 뒤에 다른 글자가 있습니다"],
];

/**
 * Why a text is not JSON, in Korean, on one line: what is wrong and where (`1행 2열`), from the
 * engine's English message (`Expected property name or '}' in JSON at position 1`) and, where the
 * message gives no position (an unexpected token), from reading the text.
 *
 * @param place - where the error is, when the caller has found it ({@link jsonErrorPlace})
 */
export function jsonReasonKo(
  e: unknown,
  text: string,
  place: JsonErrorPlace = jsonErrorPlace(e, text),
): string {
  const m = reason(e);
  const { index, line, column } = place;
  const where = ` (${line}행 ${column}열)`;
  const known = JSON_REASONS_KO.find(([re]) => re.test(m))?.[1];
  if (known !== undefined) return `${known}${where}`;
  // "Unexpected token 'x', ..." and '"undefined" is not valid JSON': the character the text has there
  const char = String.fromCodePoint(text.codePointAt(index) ?? 0x20);
  if (/^Unexpected token|is not valid JSON/.test(m) && index < text.length)
    return `예상하지 못한 글자 ${charKo(char)}${where}`;
  return `JSON 문법 오류${where}`;
}

/** A character escaped as JSON writes it: `\n`, `\r`, `\t`, else `\u00a0` for each UTF-16 code unit. */
function escaped(c: string): string {
  if (c === "\n") return "\\n";
  if (c === "\r") return "\\r";
  if (c === "\t") return "\\t";
  let out = "";
  for (let k = 0; k < c.length; k++) out += `\\u${c.charCodeAt(k).toString(16).padStart(4, "0")}`;
  return out;
}

/**
 * Why a text is not JSON, in English, on one line: the engine's message with what a terminal would
 * break the line on or not show escaped as JSON writes it (its `Unexpected token` message quotes the
 * text, line breaks, a byte order mark or a no-break space included: `'\ufeff'`, `'\u00a0'`), then
 * the line and column (`line 2, column 11`). An unexpected emoji, which the engine quotes by its
 * first half (`'\ud83d'`), is quoted whole (`'😀'`); half of one where the engine cuts its quote of
 * the text is escaped.
 *
 * @param place - where the error is, when the caller has found it ({@link jsonErrorPlace})
 */
export function jsonReasonEn(
  e: unknown,
  text: string,
  place: JsonErrorPlace = jsonErrorPlace(e, text),
): string {
  const m = reason(e);
  const { index, line, column } = place;
  // the character the engine names by its first UTF-16 code unit, whole (an emoji, an astral letter)
  const astral = text.codePointAt(index) ?? 0;
  const whole =
    astral > 0xffff
      ? m.replace(
          /^(Unexpected token ')[\ud800-\udbff](')/,
          (_, a: string, b: string) => `${a}${String.fromCodePoint(astral)}${b}`,
        )
      : m;
  const oneLine = whole.replace(INVISIBLE_ALL, escaped);
  // (newer engines than Node 20's say "(line 2 column 11)" themselves)
  return /\(line \d+ column \d+\)$/.test(m) ? oneLine : `${oneLine} (line ${line}, column ${column})`;
}

/**
 * The one file argument of a command, read and parsed as JSON.
 *
 * @param args - the command's arguments (the first positional is the file)
 * @param ctx - the CLI context (its `readFile` is the only door to the disk)
 * @param usage - the command line to show when the argument is missing, in each language, e.g.
 *   `kcity check <file.json>` and `kcity check <파일.json>`: its first `<...>` (in English) names the
 *   file argument in the details of a refusal
 * @param code - the error code for a file that is not JSON or nests too deep
 * @returns the parsed JSON value, the file's path as given (`-` for standard input) and its name in
 *   messages, in `args.lang`: the path, or "standard input" (표준 입력) for `-`
 * @throws {@link KcnError} `INVALID_OPTIONS` without a file argument (`details.missing`) or with an
 *   empty one (`details.argument`, `received` `""`); a {@link FileError}
 *   (`INVALID_INPUT`, titled "File error") when the file cannot be read; `code` when it is not JSON
 *   (exit code 2), with the message in `args.lang`
 */
export function readJsonArgument(
  args: CliArgs,
  ctx: CliContext,
  usage: Label,
  code: KcnErrorCode,
): { readonly path: string; readonly name: string; readonly data: unknown } {
  const { lang } = args;
  // (more than one argument is refused before the command runs, from its usage line)
  const path = args.positionals[0];
  // the argument's name in the usage line ("<log.json>"), as every missing argument is named
  const argument = /<[^>]+>/.exec(usage.en)?.[0] ?? "<file>";
  if (path === undefined) {
    throw new KcnError(
      "INVALID_OPTIONS",
      say(lang, `Expected a file argument: ${usage.en}`, `파일 인자가 필요합니다: ${usage.ko}`),
      { missing: argument },
    );
  }
  // an empty argument ("$FILE" with FILE unset) names no file: said so, not "Cannot read : ENOENT"
  if (path === "") {
    throw new KcnError(
      "INVALID_OPTIONS",
      say(
        lang,
        `Expected a file argument, received an empty one (""): ${usage.en}`,
        `파일 인자가 비어 있습니다(""): ${usage.ko}`,
      ),
      { argument, received: "" },
    );
  }
  // "-" is standard input (ctx.readFile reads it), named so in messages
  const name = fileName(path, lang);
  let text: string;
  try {
    text = ctx.readFile(path);
  } catch (e) {
    throw new FileError(
      "INVALID_INPUT",
      say(
        lang,
        `Cannot read ${name}: ${reason(e)}`,
        `${path === "-" ? "표준 입력을" : `${path} 파일을`} 읽을 수 없습니다: ${fileReasonKo(e)}`,
      ),
      // the system's code (ENOENT, EISDIR, EACCES, EILSEQ for text that is not UTF-8), so that a
      // program tells a file it cannot read from a file that is no JSON without reading the title
      {
        file: path,
        ...(typeof (e as { code?: unknown } | null)?.code === "string"
          ? { errno: (e as { code: string }).code }
          : {}),
      },
    );
  }
  let data: unknown;
  // a byte order mark (as Notepad writes UTF-8) is not part of the JSON text
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (e) {
    // found once, for both languages: on a large file each search is a pass over it
    const place = jsonErrorPlace(e, json);
    throw new KcnError(
      code,
      say(
        lang,
        `${atSentenceStart(name)} is not JSON: ${jsonReasonEn(e, json, place)}`,
        `${withParticle(name, "은(는)")} JSON이 아닙니다: ${jsonReasonKo(e, json, place)}`,
      ),
      { file: path, line: place.line, column: place.column },
    );
  }
  // refused here, the same for every command and output: nothing the commands read nests this
  // deep (an audit payload at most 64 levels), and writing it back would overflow the stack
  if (nestedBeyond(data, MAX_FILE_DEPTH)) {
    throw new KcnError(
      code,
      say(
        lang,
        `${atSentenceStart(name)} nests arrays or objects more than ${MAX_FILE_DEPTH} levels deep`,
        `${withParticle(name, "은(는)")} 배열이나 객체가 ${MAX_FILE_DEPTH}단계보다 깊게 중첩되어 있습니다`,
      ),
      { file: path, maxDepth: MAX_FILE_DEPTH },
    );
  }
  return { path, name, data };
}

/** A file argument as messages name it, in `lang`: its path, or "standard input" (표준 입력) for `-`. */
export function fileName(path: string, lang: Lang): string {
  return path === "-" ? say(lang, "standard input", "표준 입력") : path;
}

/** A {@link fileName} that begins a sentence: "Standard input", a path as it is. */
export function atSentenceStart(name: string): string {
  return name === "standard input" ? "Standard input" : name;
}

/** How deep a JSON file given to a command may nest arrays and objects. */
export const MAX_FILE_DEPTH = 200;

/** Whether parsed JSON nests arrays or objects more than `limit` deep (iterative: no recursion). */
export function nestedBeyond(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [v, depth] = top;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}
