/**
 * The one builder of the library's issues.
 *
 * @internal
 * @module
 */

import { freeze } from "./freeze.js";
import type { FieldPath, Issue } from "./result.js";

/**
 * @internal A frozen issue: its code, path (frozen in place) and message in English and Korean, then
 * the defined fields of `extra` in their order (`expected`, `received`, a severity, a position...).
 */
export function issueOf<I extends Issue<string>>(
  code: I["code"],
  path: FieldPath,
  en: string,
  ko: string,
  extra?: { [K in Exclude<keyof I, "code" | "path" | "message">]?: I[K] | undefined },
): I {
  const issue: Record<string, unknown> = {
    code,
    path: freeze(path),
    message: freeze({ en, ko }),
  };
  if (extra !== undefined)
    for (const k in extra) {
      const v = (extra as Record<string, unknown>)[k];
      if (v !== undefined) issue[k] = v;
    }
  return freeze(issue) as unknown as I;
}
