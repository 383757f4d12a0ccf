/**
 * Reading the JSON file a command is given (`kcity check <file.json>`, `kcity replay <log.json>`), in
 * one place: the same refusals, in the user's language, for every command that reads a file.
 *
 * @internal
 * @module
 */
import type { Label } from "../core/label.js";
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

/** What the system said of a file it could not read, in Korean: 파일이 없습니다 (ENOENT). */
export function fileReasonKo(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const name = typeof code === "string" ? code : /^([A-Z]{2,}):/.exec(reason(e))?.[1];
  const ko =
    name === "ENOENT"
      ? "파일이 없습니다"
      : name === "EACCES" || name === "EPERM"
        ? "읽기 권한이 없습니다"
        : name === "EISDIR"
          ? "파일이 아니라 폴더입니다"
          : name === "EILSEQ"
            ? "UTF-8 텍스트가 아닙니다 (UTF-8로 저장하세요)"
            : undefined;
  return ko === undefined ? reason(e) : `${ko} (${name})`;
}

/**
 * Where the first error of a JSON text is (an index into `text`), found by reading it as
 * `JSON.parse` does: the character that cannot stand where it stands, or `text.length` when the text
 * ends too early; `-1` for valid JSON. Node's message gives no position for an unexpected token
 * (`Unexpected token '}', "{"a":}" is not valid JSON`). Iterative, so a file nested deeper than the
 * stack is read too.
 */
export function jsonErrorIndex(text: string): number {
  const n = text.length;
  let i = 0;
  const stack: string[] = [];
  const space = (): void => {
    while (i < n && " \t\n\r".includes(text[i] as string)) i++;
  };
  const digits = (): number => {
    const from = i;
    while (i < n && /\d/.test(text[i] as string)) i++;
    return i - from;
  };
  // each reader moves i past what it read and answers -1, or answers the index of the error
  const string = (): number => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return -1;
      }
      if (c < 0x20) return i;
      if (c !== 0x5c) continue;
      const e = text[++i];
      if (e === undefined) return n;
      if (e === "u") {
        for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) return Math.min(i + k, n);
        i += 4;
      } else if (!'"\\/bfnrt'.includes(e)) return i;
    }
    return n;
  };
  const number = (): number => {
    if (text[i] === "-") i++;
    if (text[i] === "0") i++;
    else if (digits() === 0) return Math.min(i, n);
    if (text[i] === ".") {
      i++;
      if (digits() === 0) return Math.min(i, n);
    }
    if (text[i] === "e" || text[i] === "E") {
      i++;
      if (text[i] === "+" || text[i] === "-") i++;
      if (digits() === 0) return Math.min(i, n);
    }
    return -1;
  };
  const key = (): number => {
    space();
    if (i >= n) return n;
    if (text[i] !== '"') return i;
    const bad = string();
    if (bad >= 0) return bad;
    space();
    if (i >= n) return n;
    if (text[i] !== ":") return i;
    i++;
    return -1;
  };
  let value = true;
  for (;;) {
    space();
    if (value) {
      if (i >= n) return n;
      const c = text[i] as string;
      value = false;
      if (c === "{" || c === "[") {
        i++;
        space();
        if (text[i] === (c === "{" ? "}" : "]")) i++;
        else {
          stack.push(c);
          if (c === "{") {
            const bad = key();
            if (bad >= 0) return bad;
          }
          value = true;
        }
      } else if (c === '"' || c === "-" || (c >= "0" && c <= "9")) {
        const bad = c === '"' ? string() : number();
        if (bad >= 0) return bad;
      } else {
        const word = ["true", "false", "null"].find((w) => w[0] === c);
        if (word === undefined) return i;
        for (const ch of word) {
          if (i >= n) return n;
          if (text[i] !== ch) return i;
          i++;
        }
      }
      continue;
    }
    const open = stack[stack.length - 1];
    if (open === undefined) return i < n ? i : -1;
    if (i >= n) return n;
    if (text[i] === ",") {
      i++;
      if (open === "{") {
        const bad = key();
        if (bad >= 0) return bad;
      }
      value = true;
    } else if (text[i] === (open === "{" ? "}" : "]")) {
      stack.pop();
      i++;
    } else return i;
  }
}

/** A character as a reader sees it, in Korean: `'}'`, or its name when it is invisible (`줄바꿈`, `U+0000`). */
function charKo(c: string): string {
  const named: Readonly<Record<string, string>> = {
    "\n": "줄바꿈",
    "\r": "캐리지 리턴",
    "\t": "탭",
    " ": "공백",
  };
  const code = c.codePointAt(0) ?? 0;
  return (
    named[c] ??
    (/[\p{Cc}\p{Cf}\p{Z}]/u.test(c) ? `U+${code.toString(16).toUpperCase().padStart(4, "0")}` : `'${c}'`)
  );
}

/** Line and column (from 1) of an index into `text`; a line ends at a line feed. */
export function lineColumn(text: string, index: number): [line: number, column: number] {
  const before = text.slice(0, index);
  return [before.split("\n").length, index - before.lastIndexOf("\n")];
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
 */
export function jsonReasonKo(e: unknown, text: string): string {
  const m = reason(e);
  const index = errorIndex(m, text);
  const [line, column] = lineColumn(text, index);
  const where = ` (${line}행 ${column}열)`;
  const known = JSON_REASONS_KO.find(([re]) => re.test(m))?.[1];
  if (known !== undefined) return `${known}${where}`;
  // "Unexpected token 'x', ..." and '"undefined" is not valid JSON': the character the text has there
  const char = String.fromCodePoint(text.codePointAt(index) ?? 0x20);
  if (/^Unexpected token|is not valid JSON/.test(m) && index < text.length)
    return `예상하지 못한 글자 ${charKo(char)}${where}`;
  return `JSON 문법 오류${where}`;
}

/**
 * Why a text is not JSON, in English, on one line: the engine's message with its control characters
 * escaped (its `Unexpected token` message quotes the text, line breaks included), then the line and
 * column (`line 2, column 11`).
 */
export function jsonReasonEn(e: unknown, text: string): string {
  const m = reason(e);
  const [line, column] = lineColumn(text, errorIndex(m, text));
  // escapes, as JSON writes them, of what a terminal would break the line on or not show
  const oneLine = m.replace(/[\p{Cc}\u2028\u2029]/gu, (c) =>
    c === "\n"
      ? "\\n"
      : c === "\r"
        ? "\\r"
        : c === "\t"
          ? "\\t"
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  // (newer engines than Node 20's say "(line 2 column 11)" themselves)
  return /\(line \d+ column \d+\)$/.test(m) ? oneLine : `${oneLine} (line ${line}, column ${column})`;
}

/**
 * The one file argument of a command, read and parsed as JSON.
 *
 * @param args - the command's arguments (the first positional is the file)
 * @param ctx - the CLI context (its `readFile` is the only door to the disk)
 * @param usage - the command line to show when the argument is missing, in each language, e.g.
 *   `kcity check <file.json>` and `kcity check <파일.json>`
 * @param code - the error code for a file that is not JSON or nests too deep
 * @returns the parsed JSON value and the file's path
 * @throws {@link KcnError} `INVALID_OPTIONS` without a file argument; a {@link FileError}
 *   (`INVALID_INPUT`, titled "File error") when the file cannot be read; `code` when it is not JSON
 *   (exit code 2), with the message in `args.lang`
 */
export function readJsonArgument(
  args: CliArgs,
  ctx: CliContext,
  usage: Label,
  code: KcnErrorCode,
): { readonly path: string; readonly data: unknown } {
  const { lang } = args;
  // (more than one argument is refused before the command runs, from its usage line)
  const path = args.positionals[0];
  if (path === undefined) {
    throw new KcnError(
      "INVALID_OPTIONS",
      say(lang, `Expected a file argument: ${usage.en}`, `파일 인자가 필요합니다: ${usage.ko}`),
      { usage: usage[lang] },
    );
  }
  // "-" is standard input (ctx.readFile reads it), named so in messages
  const stdin = path === "-";
  const name = stdin ? say(lang, "Standard input", "표준 입력") : path;
  let text: string;
  try {
    text = ctx.readFile(path);
  } catch (e) {
    throw new FileError(
      "INVALID_INPUT",
      say(
        lang,
        `Cannot read ${stdin ? "standard input" : path}: ${reason(e)}`,
        `${stdin ? "표준 입력을" : `${path} 파일을`} 읽을 수 없습니다: ${fileReasonKo(e)}`,
      ),
      { path },
    );
  }
  let data: unknown;
  // a byte order mark (as Notepad writes UTF-8) is not part of the JSON text
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const [line, column] = lineColumn(json, errorIndex(reason(e), json));
    throw new KcnError(
      code,
      say(
        lang,
        `${name} is not JSON: ${jsonReasonEn(e, json)}`,
        `${withParticle(name, "은(는)")} JSON이 아닙니다: ${jsonReasonKo(e, json)}`,
      ),
      { path, line, column },
    );
  }
  // refused here, the same for every command and output: nothing the commands read nests this
  // deep (an audit payload at most 64 levels), and writing it back would overflow the stack
  if (nestedBeyond(data, MAX_FILE_DEPTH)) {
    throw new KcnError(
      code,
      say(
        lang,
        `${name} nests arrays or objects more than ${MAX_FILE_DEPTH} levels deep`,
        `${withParticle(name, "은(는)")} 배열이나 객체가 ${MAX_FILE_DEPTH}단계보다 깊게 중첩되어 있습니다`,
      ),
      { path, maxDepth: MAX_FILE_DEPTH },
    );
  }
  return { path, data };
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
