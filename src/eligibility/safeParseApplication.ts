import { issueOf } from "../core/issue.js";
import { INVALID_INPUT } from "../core/need.js";
import { failed, type Issue, type Result } from "../core/result.js";
import { describeReceived } from "../errors.js";
import type { Application } from "./application.js";
import type { ApplicationIssueCode } from "./eligibilityIssue.js";
import { validateApplication } from "./validateApplication.js";

/**
 * Checks unknown input (typically `JSON.parse` output) against the application schema and returns
 * the frozen typed {@link Application}, or every issue found.
 *
 * Each issue has the field path, a stable code (`INVALID_TYPE`, `TOO_SMALL`, `TOO_BIG`,
 * `INVALID_FORMAT`, `INVALID_VALUE`, `INVALID_UNION`, `UNKNOWN_KEY`, `INVALID_AMOUNT`,
 * `LEAD_COUNT`) and messages in English and Korean. Unknown keys are refused at every level, so keys
 * such as `__proto__` or `constructor` never reach the result; limits are in
 * {@link APPLICATION_LIMITS}. On JSON input it gives the same verdict as {@link ApplicationSchema}.
 * It also reads the typed {@link Application} it returns (funding as a `Krw` of at most 15 digits),
 * so a parsed application parses again to an equal value. Never throws.
 *
 * @param input - anything
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * const r = safeParseApplication({ year: 2024, subProgramId: "planning", title: "Plan",
 *   site: { country: "KE", city: "Nairobi" },
 *   consortium: [{ name: "Nairobi City County", type: "foreign-local-government", country: "KE", role: "lead" }],
 *   requestedFunding: { amount: "500000000", currency: "KRW" }, colour: "blue" });
 * r.ok; //=> false
 * r.ok ? [] : r.issues[0]?.path; //=> ["colour"]
 * ```
 * @category Eligibility
 */
export function safeParseApplication(input: unknown): Result<Application, Issue<ApplicationIssueCode>> {
  let r: ReturnType<typeof validateApplication>;
  try {
    r = validateApplication(input);
  } catch (e) {
    // Hostile input (a getter or a proxy that throws): refuse it as a whole.
    return failed([
      issueOf(
        INVALID_INPUT,
        [],
        `Input could not be read: ${e instanceof Error ? e.message : describeReceived(e)}`,
        "입력을 읽을 수 없습니다",
      ),
    ]);
  }
  if (!r.ok) return failed(r.issues);
  return r;
}
