/**
 * Builders of the bilingual issues a refused transition or log carries.
 *
 * @internal
 * @module
 */

import { deepFreeze } from "../core/deepFreeze.js";
import { issueOf } from "../core/issue.js";
import type { Label } from "../core/label.js";
import type { FieldPath } from "../core/result.js";
import { describeReceived } from "../errors.js";
import { label } from "../programs/data/build.js";
import type { GuardName, LifecycleIssue, LifecycleIssueCode, Role } from "./types.js";

/** @internal A label: `{ en, ko }`, frozen (the programs data's builder). */
export { label };

/**
 * Titles of the lifecycle issue codes, in English and Korean.
 *
 * @example
 * ```ts
 * LIFECYCLE_ISSUE_CODES.ROLE_NOT_ALLOWED.ko; //=> "허용되지 않은 역할"
 * ```
 * @category Selection
 */
export const LIFECYCLE_ISSUE_CODES: Readonly<Record<LifecycleIssueCode, Label>> = deepFreeze({
  ILLEGAL_TRANSITION: label("Event not allowed in this state", "현재 단계에서 허용되지 않는 이벤트"),
  GUARD_FAILED: label("A condition of the step is not met", "단계 조건을 충족하지 못함"),
  ROLE_NOT_ALLOWED: label("Role not allowed", "허용되지 않은 역할"),
  LOG_TAMPERED: label("The audit log disagrees with the machine", "감사 기록이 절차와 맞지 않음"),
  MACHINE_MISMATCH: label("The record belongs to another machine", "다른 절차의 기록"),
});

const list = (xs: readonly string[]): string => (xs.length ? xs.join(", ") : "none");

export function illegal(
  path: FieldPath,
  state: string,
  event: string,
  allowed: readonly string[],
): LifecycleIssue {
  const events = list(allowed);
  return issueOf<LifecycleIssue>(
    "ILLEGAL_TRANSITION",
    path,
    `Event "${event}" is not allowed in state "${state}"; allowed now: ${events}`,
    `"${state}" 단계에서는 "${event}" 이벤트를 보낼 수 없습니다. 가능한 이벤트: ${allowed.length ? events : "없음"}`,
    { expected: `one of ${events}`, received: JSON.stringify(event), allowed },
  );
}

export function roleNotAllowed(
  path: FieldPath,
  event: string,
  role: string,
  roles: readonly Role[],
): LifecycleIssue {
  const allowed = list(roles);
  return issueOf<LifecycleIssue>(
    "ROLE_NOT_ALLOWED",
    path,
    `Role "${role}" may not send "${event}"; allowed roles: ${allowed}`,
    `"${role}" 역할은 "${event}" 이벤트를 보낼 수 없습니다. 허용 역할: ${allowed}`,
    { expected: `one of ${allowed}`, received: JSON.stringify(role) },
  );
}

export function guardFailed(
  path: FieldPath,
  guard: GuardName | "chronological",
  reason: Label,
): LifecycleIssue {
  return issueOf<LifecycleIssue>(
    "GUARD_FAILED",
    path,
    `Guard "${guard}" failed: ${reason.en}`,
    `조건 "${guard}" 불충족: ${reason.ko}`,
    { guard },
  );
}

export function tampered(path: FieldPath, what: string, expected: string, received: string): LifecycleIssue {
  return issueOf<LifecycleIssue>(
    "LOG_TAMPERED",
    path,
    `Recorded ${what} is ${received}, but the machine gives ${expected}`,
    `기록의 ${what} 값 ${received}이(가) 절차가 정한 ${expected}와(과) 다릅니다`,
    { expected, received },
  );
}

export function machineMismatch(path: FieldPath, expected: string, received: unknown): LifecycleIssue {
  const e = JSON.stringify(expected);
  const r = describeReceived(received);
  return issueOf<LifecycleIssue>(
    "MACHINE_MISMATCH",
    path,
    `Expected a record of machine ${e}, received ${r}`,
    `${e} 절차의 기록이 필요하지만 ${r} 기록을 받았습니다`,
    { expected: e, received: r },
  );
}
