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
import { type Particle, withParticle } from "./text.js";

/** What the library says, and what the CLI says instead, in both languages. */
const REPHRASED: readonly (readonly [string, string])[] = [
  // the date the call window is checked on is --on on the command line (SUBMISSION_TIME_UNKNOWN)
  ["no asOf", "no --on"],
  ["asOf가", "--on이"],
  ["제출 시각과 기준 시각이", "제출 시각과 --on이"],
];

/**
 * A quoted value and the combined particle the library writes after it (`"abc"을(를)`): the library
 * leaves the form to the reader; the CLI picks it where the value's last sound says which.
 */
const QUOTED_PARTICLE = /("(?:[^"\\]|\\.)*")(이\(가\)|은\(는\)|을\(를\)|와\(과\)|\(으\)로)/g;

/**
 * A library message (English or Korean) in the words of the command line; in Korean, the particle
 * after a quoted value in the form its last sound takes (`"1.5원"을`, `"-5"를`; after a Latin word
 * kcity cannot read, such as `"abc"`, the combined form stays).
 */
export function cliMessage(text: string): string {
  let out = text;
  for (const [library, cli] of REPHRASED) out = out.replaceAll(library, cli);
  return out.replace(QUOTED_PARTICLE, (_, quoted: string, particle: Particle) =>
    withParticle(quoted, particle),
  );
}

/** An issue's message in `lang`, in the words of the command line (see {@link cliMessage}). */
export function krwIssueMessage(issue: Issue, lang: Lang): string {
  return cliMessage(issue.message[lang]);
}
