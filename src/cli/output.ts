/**
 * Printing what `runCli` answers, for `src/cli/main.ts`: the text on stdout and stderr and the exit
 * code, and what the user reads instead of Node's stack trace when printing fails (a full disk) or
 * a command fails in a way no refusal foresaw.
 *
 * @internal
 * @module
 */
import { isLang, type Lang } from "../core/label.js";
import type { CliOutput } from "./types.js";

/** Where the text goes: each writer may throw (a file on a full disk throws `ENOSPC` at once). */
export interface OutputWriters {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * The language the user asked for on the command line, read as `runCli` reads it: the last `--lang`
 * with a valid value before any `--` (`--lang=ko --lang en` is English, the language of `runCli`'s
 * refusal of it); a `--lang` followed by nothing or by a flag has no value; else English.
 */
export function langOfArgv(argv: readonly string[]): Lang {
  let lang: Lang = "en";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") break;
    let value: string | undefined;
    if (a.startsWith("--lang=")) value = a.slice("--lang=".length);
    else if (a === "--lang") {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("-")) continue;
      value = next;
      i++;
    }
    if (isLang(value)) lang = value;
  }
  return lang;
}

const code = (e: unknown): unknown => (e as { code?: unknown } | null)?.code;
const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Whether an error is a reader that stopped early (`kcity projects | head -1`): not ours to report. */
export const isClosedPipe = (e: unknown): boolean => code(e) === "EPIPE";

/** The line that says the output could not be written (`ENOSPC`), in `lang`. */
export function writeFailure(e: unknown, lang: Lang): string {
  const ko = code(e) === "ENOSPC" ? `디스크 공간이 부족합니다 (ENOSPC)` : reason(e);
  return lang === "ko"
    ? `kcity: 출력을 쓸 수 없습니다: ${ko}\n`
    : `kcity: cannot write the output: ${reason(e)}\n`;
}

/**
 * The line that says a command failed unexpectedly, in `lang`: a bug to report, with the stack after it
 * only when asked (`debug`, from `KCITY_DEBUG=1`), never Node's bare stack trace.
 */
export function internalFailure(e: unknown, lang: Lang, debug = false): string {
  // KCITY_DEBUG=1: the stack too, for the report
  const stack = debug && e instanceof Error && e.stack ? `${e.stack}\n` : "";
  return lang === "ko"
    ? `kcity: 내부 오류: ${reason(e)} (명령줄과 함께 알려 주세요${debug ? "" : ". KCITY_DEBUG=1로 실행하면 스택이 나옵니다"})\n${stack}`
    : `kcity: internal error: ${reason(e)} (please report it with the command line${debug ? "" : "; KCITY_DEBUG=1 prints the stack"})\n${stack}`;
}

/**
 * Writes a command's output and answers the exit code: the command's, or 2 with the reason on stderr
 * when the output cannot be written (a full disk), rather than Node's stack trace and its exit code
 * 1, which reads as a negative answer. A closed pipe ends quietly with the command's exit code.
 */
export function emit(out: CliOutput, writers: OutputWriters, lang: Lang): number {
  try {
    if (out.stdout) writers.stdout(out.stdout);
    if (out.stderr) writers.stderr(out.stderr);
    return out.exitCode;
  } catch (e) {
    if (isClosedPipe(e)) return out.exitCode;
    try {
      writers.stderr(writeFailure(e, lang));
    } catch {
      // stderr cannot be written either: the exit code alone says it
    }
    return 2;
  }
}
