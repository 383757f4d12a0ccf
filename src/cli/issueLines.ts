/**
 * The one way the CLI lists issues as text.
 *
 * @internal
 * @module
 */
import type { Lang } from "../core/label.js";
import type { Issue } from "../core/result.js";

/** Issues as indented lines, `  CODE at a.b.0: message` (no `at` for the root), in `lang`. */
export function issueLines(issues: readonly Issue[], lang: Lang): string {
  return issues
    .map((i) => `  ${i.code}${i.path.length ? ` at ${i.path.join(".")}` : ""}: ${i.message[lang]}`)
    .join("\n");
}
