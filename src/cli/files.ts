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
 * Why a text is not JSON, in Korean: what is wrong and where (`1행 2열`), from the engine's English
 * message (`Expected property name or '}' in JSON at position 1`).
 */
export function jsonReasonKo(e: unknown, text: string): string {
  const m = reason(e);
  const at = /at position (\d+)/.exec(m);
  let where = "";
  if (at) {
    const pos = Number(at[1]);
    const before = text.slice(0, pos);
    const line = before.split("\n").length;
    where = ` (${line}행 ${pos - before.lastIndexOf("\n")}열)`;
  }
  const token = /^Unexpected token '(.+?)'/.exec(m)?.[1];
  const what = /Unexpected end of JSON input/.test(m)
    ? "JSON이 끝나지 않았습니다(빈 파일이거나 닫는 괄호나 따옴표가 없음)"
    : /Expected (?:double-quoted )?property name/.test(m)
      ? "큰따옴표로 감싼 속성 이름이 필요합니다"
      : /Unterminated string/.test(m)
        ? "문자열의 따옴표가 닫히지 않았습니다"
        : /after JSON/.test(m)
          ? "JSON 값 뒤에 다른 글자가 있습니다"
          : token !== undefined
            ? `예상하지 못한 글자 '${token}'`
            : `JSON 문법 오류 (${m})`;
  return `${what}${where}`;
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
  let text: string;
  try {
    text = ctx.readFile(path);
  } catch (e) {
    throw new FileError(
      "INVALID_INPUT",
      say(lang, `Cannot read ${path}: ${reason(e)}`, `${path} 파일을 읽을 수 없습니다: ${fileReasonKo(e)}`),
      { path },
    );
  }
  let data: unknown;
  // a byte order mark (as Notepad writes UTF-8) is not part of the JSON text
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new KcnError(
      code,
      say(
        lang,
        `${path} is not JSON: ${reason(e)}`,
        `${withParticle(path, "은(는)")} JSON이 아닙니다: ${jsonReasonKo(e, json)}`,
      ),
      { path },
    );
  }
  // refused here, the same for every command and output: nothing the commands read nests this
  // deep (an audit payload at most 64 levels), and writing it back would overflow the stack
  if (nestedBeyond(data, MAX_FILE_DEPTH)) {
    throw new KcnError(
      code,
      say(
        lang,
        `${path} nests arrays or objects more than ${MAX_FILE_DEPTH} levels deep`,
        `${withParticle(path, "은(는)")} 배열이나 객체가 ${MAX_FILE_DEPTH}단계보다 깊게 중첩되어 있습니다`,
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
