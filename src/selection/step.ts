/**
 * One step of the interpreter, shared by {@link transition} and {@link replay}.
 *
 * @internal
 * @module
 */

import type { FieldPath } from "../core/result.js";
import { type CompiledMachine, type CompiledTransition, eventsAt } from "./compile.js";
import { isMoment } from "./deps.js";
import { checkChronology, type GuardCheck, type GuardEvidence } from "./guards.js";
import { guardFailed, illegal, roleNotAllowed } from "./issues.js";
import type { AuditEntry, LifecycleIssue } from "./types.js";

/** The issue path: the entry's index in a log, or the event itself (-1). */
function pathOf(index: number): FieldPath {
  return index < 0 ? [] : ["entries", index];
}

/**
 * Decides whether the record in `state`, with the date-order floor `floor` (a valid date: of its
 * start and its entries' times, the one that starts latest, {@link laterStart}) and the first
 * `count` of `entries` behind it, accepts event `type` sent by `role` at `at` with `evidence` (note
 * and payload). The event must exist in this state (else only ILLEGAL_TRANSITION); then the role, the time and the
 * guards are all checked and every failure reported. `atIsValid` skips re-validating a date the
 * library already checked; `index` is the entry's place in a log (-1 for a live event), for paths.
 */
export function evaluate(
  compiled: CompiledMachine,
  state: string,
  floor: string,
  entries: readonly AuditEntry[],
  count: number,
  type: string,
  role: string,
  at: unknown,
  atIsValid: boolean,
  evidence: GuardEvidence,
  index: number,
): CompiledTransition | LifecycleIssue[] {
  const t = compiled.rows[state]?.[type];
  if (t === undefined) return [illegal(pathOf(index), state, String(type), eventsAt(compiled, state))];
  let issues: LifecycleIssue[] | undefined;
  if (!t.roles.has(role as never)) {
    issues = [roleNotAllowed(pathOf(index), t.def.event, role, t.def.roles)];
  }
  // Canonical dates sort as strings: a date wholly before another sorts before it, so string order
  // picks out every date that may go back (a coarser one that overlaps, "2021-04" after "2021-04-15",
  // goes on to the exact check, which lets it pass).
  if (!(atIsValid || isMoment(at)) || (at as string) < floor) {
    const late = checkChronology(floor, at);
    if (late !== undefined) {
      issues = issues ?? [];
      issues.push(guardFailed(pathOf(index), "chronological", late));
    }
  }
  const guards = t.def.guards;
  for (let i = 0; i < guards.length; i++) {
    const why = (t.checks[i] as GuardCheck)(compiled.machine, evidence, entries, count);
    if (why !== undefined) {
      issues = issues ?? [];
      issues.push(guardFailed(pathOf(index), guards[i] as (typeof guards)[number], why));
    }
  }
  return issues ?? t;
}
