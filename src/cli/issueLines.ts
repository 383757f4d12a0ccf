/**
 * The one way the CLI lists issues as text.
 *
 * @internal
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Issue } from "../core/result.js";

/** Where an issue is, in running text: ` at a.b.0` in English, ` (a.b.0)` in Korean, nothing for the root. */
export function issueWhere(path: readonly (string | number)[], lang: Lang): string {
  if (path.length === 0) return "";
  return lang === "ko" ? ` (${path.join(".")})` : ` at ${path.join(".")}`;
}

/** Issues as indented lines, `  CODE at a.b.0: message` (Korean: `  CODE (a.b.0): message`), in `lang`. */
export function issueLines(issues: readonly Issue[], lang: Lang): string {
  return issues.map((i) => `  ${i.code}${issueWhere(i.path, lang)}: ${i.message[lang]}`).join("\n");
}
