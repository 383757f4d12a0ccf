/**
 * Library messages as the CLI says them: a message that names a function or an option of the
 * library (`asOf`), which a user of the command line does not set, is said in the words of the
 * command line (`--on`).
 *
 * @internal
 * @module
 */
import type { Lang } from "../core/label.js";
import type { FieldPath, Issue } from "../core/result.js";
import { describeReceived, KcnError } from "../errors.js";
import type { Krw } from "../money/money.js";
import { safeParseKrw } from "../money/parseKrw.js";
import { receivedKo } from "./koreanErrors.js";
import { refuseOption, say } from "./say.js";
import { type Particle, withParticle } from "./text.js";
import type { CliArgs } from "./types.js";

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

/**
 * Reads an amount of won typed as an option (`--budget`) or written as text in a file's options.
 * A refusal says what was expected (with `example`, in both languages) and why the parser refused
 * it; its details hold the parser's issues as `money parse` gives them (`UNKNOWN_UNIT`,
 * `INPUT_TOO_LONG`, ...), so a script tells the causes apart under one code: `INVALID_OPTIONS` with
 * `details.option` for an option (see {@link refuseOption}), `INVALID_INPUT` with `details.path` for a
 * value in the file.
 *
 * @param args - the command's arguments (their `lang` picks the message)
 * @param text - the amount as typed or written
 * @param name - the option as typed (`--budget`) or the field as messages name it (`options.budget`)
 * @param example - an amount such as the option takes, in English and in Korean
 * @param path - for a value in the file, its field path (`["options", "budget"]`)
 * @returns the amount
 * @throws {@link KcnError} `INVALID_OPTIONS` or `INVALID_INPUT`, as above
 */
export function readAmount(
  args: CliArgs,
  text: string,
  name: string,
  example: readonly [en: string, ko: string],
  path?: FieldPath,
): Krw {
  const r = safeParseKrw(text);
  if (r.ok) return r.value;
  const issue = r.issues[0] as Issue;
  const received = describeReceived(text);
  const en = `Expected ${name} as an amount of won such as ${example[0]}, received ${received}: ${krwIssueMessage(issue, "en")}`;
  const ko = `${name}에는 ${example[1]} 같은 원화 금액이 필요합니다. 받은 값 ${receivedKo(received)}: ${krwIssueMessage(issue, "ko")}`;
  // an option keeps its value as typed (the message cuts a long one); a file's value is described
  if (path === undefined) return refuseOption(args, name, text, en, ko, { issues: r.issues });
  throw new KcnError("INVALID_INPUT", say(args.lang, en, ko), { path, received, issues: r.issues });
}
