import { refuseWith } from "../core/zodIssues.js";
import type { Application } from "./application.js";
import { safeParseApplication } from "./safeParseApplication.js";

/**
 * Checks unknown input against the application schema and returns the frozen typed
 * {@link Application}; throws when it is not one. A parsed application parses again to an equal
 * value (see {@link safeParseApplication}).
 *
 * @param input - anything (typically `JSON.parse` output)
 * @returns the parsed application (requested funding as exact won)
 * @throws {@link KcnError} `INVALID_APPLICATION` with `details.issues` (paths, codes, en/ko messages)
 * @example
 * ```ts
 * const app = parseApplication({ year: 2024, subProgramId: "planning", title: "Smart city master plan",
 *   site: { country: "KE", city: "Nairobi" },
 *   consortium: [{ name: "Nairobi City County", type: "foreign-local-government", country: "KE", role: "lead" }],
 *   requestedFunding: "5억 원" });
 * app.requestedFunding.amount; //=> 500000000n
 * ```
 * @category Eligibility
 */
export function parseApplication(input: unknown): Application {
  const r = safeParseApplication(input);
  return r.ok ? r.value : refuseWith("INVALID_APPLICATION", "an application", input, r.issues);
}
