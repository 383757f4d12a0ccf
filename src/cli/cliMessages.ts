/**
 * Library messages as the CLI says them: a message that names a function or an option of the
 * library (`asOf`), which a user of the command line does not set, is said in the words of the
 * command line (`--on`).
 *
 * @internal
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Issue } from "../core/result.js";

/** What the library says, and what the CLI says instead, in both languages. */
const REPHRASED: readonly (readonly [string, string])[] = [
  // the date the call window is checked on is --on on the command line (SUBMISSION_TIME_UNKNOWN)
  ["no asOf", "no --on"],
  ["asOf가", "--on이"],
  ["제출 시각과 기준 시각이", "제출 시각과 --on이"],
];

/** A library message (English or Korean) in the words of the command line. */
export function cliMessage(text: string): string {
  let out = text;
  for (const [library, cli] of REPHRASED) out = out.replaceAll(library, cli);
  return out;
}

/** An issue's message in `lang`, in the words of the command line (see {@link cliMessage}). */
export function krwIssueMessage(issue: Issue, lang: Lang): string {
  return cliMessage(issue.message[lang]);
}
