/**
 * The one way the CLI lists issues as text.
 *
 * @internal
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Issue } from "../core/result.js";
import { charactersKo } from "./koreanErrors.js";

/** Where an issue at the top of the input is: ` at (root)`, ` (최상위)`. */
export const ROOT: Readonly<Record<Lang, string>> = { en: " at (root)", ko: " (최상위)" };

/** Where an issue is, in running text: ` at a.b.0` in English, ` (a.b.0)` in Korean, nothing for the root. */
export function issueWhere(path: readonly (string | number)[], lang: Lang): string {
  if (path.length === 0) return "";
  return lang === "ko" ? ` (${path.join(".")})` : ` at ${path.join(".")}`;
}

/**
 * An issue's message in `lang` (in Korean with a cut value's length in Korean, `(300자)`) without the path the schema issues write into it (`… at a.b.0`,
 * `a.b.0: …`, `… (a.b.0)`, `(root)` for the top): the line names the path once, before the message.
 */
export function issueMessage(issue: Issue, lang: Lang): string {
  // in Korean, the length of a long value the message cuts in Korean too (300자), and the top of
  // the input named as the line names it (최상위), not "(root)에 알 수 없는 키"
  const m =
    lang === "ko" ? charactersKo(issue.message.ko).replace(/^\(root\)에 /, "최상위에 ") : issue.message[lang];
  const at = issue.path.length === 0 ? "(root)" : issue.path.join(".");
  if (m.endsWith(` at ${at}`)) return m.slice(0, -` at ${at}`.length);
  if (m.startsWith(`${at}: `)) return m.slice(`${at}: `.length);
  if (m.endsWith(` (${at})`)) return m.slice(0, -` (${at})`.length);
  return m;
}

/** Issues as indented lines, `  CODE at a.b.0: message` (Korean: `  CODE (a.b.0): message`), in `lang`. */
export function issueLines(issues: readonly Issue[], lang: Lang): string {
  return issues
    .map((i) => `  ${i.code}${issueWhere(i.path, lang) || ROOT[lang]}: ${issueMessage(i, lang)}`)
    .join("\n");
}
