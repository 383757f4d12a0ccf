/**
 * Reading the JSON file a command is given (`kcity check <file.json>`, `kcity replay <log.json>`), in
 * one place: the same refusals, in the user's language, for every command that reads a file.
 *
 * @internal
 * @module
 */
import { KcnError, type KcnErrorCode } from "../errors.js";
import { say } from "./say.js";
import type { CliArgs, CliContext } from "./types.js";

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The one file argument of a command, read and parsed as JSON.
 *
 * @param args - the command's arguments (the first positional is the file)
 * @param ctx - the CLI context (its `readFile` is the only door to the disk)
 * @param usage - the command line to show when the argument is missing, e.g. `kcity check <file.json>`
 * @param code - the error code for a file that cannot be read or is not JSON
 * @returns the parsed JSON value and the file's path
 * @throws {@link KcnError} `INVALID_OPTIONS` without a file argument; `code` when the file
 *   cannot be read or is not JSON (exit code 2), with the message in `args.lang`
 */
export function readJsonArgument(
  args: CliArgs,
  ctx: CliContext,
  usage: string,
  code: KcnErrorCode,
): { readonly path: string; readonly data: unknown } {
  const { lang } = args;
  // (more than one argument is refused before the command runs, from its usage line)
  const path = args.positionals[0];
  if (path === undefined) {
    throw new KcnError(
      "INVALID_OPTIONS",
      say(lang, `Expected a file argument: ${usage}`, `파일 인자가 필요합니다: ${usage}`),
      { usage },
    );
  }
  let text: string;
  try {
    text = ctx.readFile(path);
  } catch (e) {
    throw new KcnError(
      code,
      say(lang, `Cannot read ${path}: ${reason(e)}`, `${path} 파일을 읽을 수 없습니다: ${reason(e)}`),
      { path },
    );
  }
  let data: unknown;
  try {
    // a byte order mark (as Notepad writes UTF-8) is not part of the JSON text
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new KcnError(
      code,
      say(lang, `${path} is not JSON: ${reason(e)}`, `${path}은(는) JSON이 아닙니다: ${reason(e)}`),
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
        `${path}은(는) 배열이나 객체가 ${MAX_FILE_DEPTH}단계보다 깊게 중첩되어 있습니다`,
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
