import type { Label, Lang } from "../core/label.js";

/** How a command ended: 0 success, 1 a negative answer, 2 bad input. */
export type ExitCode = 0 | 1 | 2;

/** What a command hands back: text for stdout and stderr, and the exit code. The CLI prints it. */
export interface CliOutput {
  readonly exitCode: ExitCode;
  readonly stdout: string;
  readonly stderr?: string;
}

/** The only doors to the outside world a command gets. Tests pass fakes. */
export interface CliContext {
  /** Reads a UTF-8 text file (for `kcity check <file>`); `"-"` is standard input. */
  readonly readFile: (path: string) => string;
  /** The current instant (only used when a command's `--on` is not given). */
  readonly now: () => Date;
}

/** Parsed arguments handed to a command. */
export interface CliArgs {
  /** Positional arguments after the command words. */
  readonly positionals: readonly string[];
  /** Command-specific options by name (`--country KE` → `{ country: "KE" }`). */
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly lang: Lang;
  readonly json: boolean;
}

/** An option a command accepts. */
export interface CliOptionSpec {
  readonly type: "string" | "boolean";
  readonly multiple?: boolean;
  /** What the option does, in English and Korean (the command's `--help`). */
  readonly description: Label;
}

/** One `kcity` command. */
export interface CliCommand {
  /** The command words, e.g. `"money parse"`. */
  readonly name: string;
  /** `<text>`-style usage after the name. */
  readonly usage: string;
  /**
   * The usage in the Korean help and refusals, with Korean placeholders (`<연도>`, `[--on <날짜>]`):
   * the same arguments as `usage`, which it replaces when `--lang ko` (default: `usage`).
   */
  readonly usageKo?: string;
  readonly summary: Label;
  readonly options?: Readonly<Record<string, CliOptionSpec>>;
  /** Runs the command. Throwing a KcnError gives exit code 2 with the reason on stderr. */
  readonly run: (args: CliArgs, ctx: CliContext) => CliOutput;
}
