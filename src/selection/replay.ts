import { freeze } from "../core/freeze.js";
import { isObject } from "../core/isObject.js";
import { issueOf } from "../core/issue.js";
import { need } from "../core/need.js";
import { fits } from "../core/patterns.js";
import { failed } from "../core/result.js";
import { describeReceived, KcnError } from "../errors.js";
import { type CompiledMachine, compile } from "./compile.js";
import { isMoment } from "./deps.js";
import { laterStart } from "./guards.js";
import { machineMismatch, tampered } from "./issues.js";
import { safeParseAuditLog, safeParseSnapshot } from "./schemas.js";
import { makeSnapshot } from "./snapshot.js";
import { evaluate } from "./step.js";
import { isTrusted } from "./trusted.js";
import type { AuditEntry, AuditLog, LifecycleIssue, Machine, ReplayResult, Snapshot } from "./types.js";

/**
 * Rebuilds a record's snapshot from its audit log, checking every entry against the machine as if
 * it were sent live: the event must be accepted in the state reached so far, by the recorded role,
 * not dated surely before any earlier entry or the start, and pass the guards on the recorded payload and note
 * (screening runs `checkEligibility` again, at the log's `submit` entry); the recorded `from` and `to` must be the states the
 * machine gives. A log that was edited this way is refused at its first bad entry.
 *
 * Entries that the library made ({@link transition}) or parsed ({@link safeParseAuditLog}) are frozen
 * and well formed, so the snapshot shares them instead of copying (of such a log only `machine`,
 * `applicationId`, `startedAt` and a snapshot's `state` and `updatedAt` are read; other keys are
 * ignored, as the rebuilt snapshot has none). Any other log is first read as
 * {@link safeParseAuditLog} (or {@link safeParseSnapshot}, when it has a `state`) reads it, so that
 * what replay accepts those read back: its refusals (an unknown key, a note over 10,000 characters,
 * an unknown role...) come back as `LOG_TAMPERED` at their paths, in English and Korean.
 *
 * @param machine - the machine the log belongs to (its id must equal `log.machine`)
 * @param log - the audit log (`machine`, `applicationId`, `startedAt`, `entries`), or a stored
 *   {@link Snapshot}, whose `state` and `updatedAt` must then be where its entries lead. Parse JSON
 *   with {@link safeParseSnapshot} (a snapshot) or {@link safeParseAuditLog} (a bare log) first.
 *   Replay checks that a trail is consistent, not that it is whole: a bare log cut short after any
 *   entry is still a valid log, so a store that must notice keeps its own count or hash.
 * @returns `{ ok: true, snapshot }` (frozen, equal to the live snapshot), or `{ ok: false, issues }`
 *   with `LOG_TAMPERED` (recorded from/to disagree, a malformed entry, or a snapshot's `state` or
 *   `updatedAt` that its entries do not reach, at the path `["state"]` or `["updatedAt"]`), `MACHINE_MISMATCH`,
 *   `ILLEGAL_TRANSITION`, `ROLE_NOT_ALLOWED` or `GUARD_FAILED`, each with the entry's path
 * @throws {@link KcnError} `INVALID_LOG` when `log` is not an object with an `entries` array;
 *   `INVALID_MACHINE` when `machine` is not shaped like a {@link Machine}
 * @example
 * ```ts
 * const m = machineFor(2021, "urban-planning");
 * const s = start(m, { applicationId: "2021-ke-nairobi", at: "2021-03" });
 * const r = transition(s, { type: "submit", at: "2021-04", actor: { id: "ke", role: "applicant" } });
 * r.ok && replay(m, r.snapshot).ok; //=> true
 * replay(m, { ...s, entries: [{ from: "draft", to: "selected", event: "submit", at: "2021-04", actor: { id: "ke", role: "applicant" } }] }).ok;
 * //=> false
 * ```
 * @category Selection
 */
export function replay(machine: Machine, log: AuditLog): ReplayResult {
  need(isObject(log) && Array.isArray(log.entries), "INVALID_LOG", "an audit log with an entries array", log);
  const compiled = compile(machine);
  if (log.machine !== machine.id) return failed([machineMismatch(["machine"], machine.id, log.machine)]);
  // A log the library did not make or parse is read as safeParseAuditLog (or safeParseSnapshot)
  // reads it: what replay accepts, those read back. Its refusals are LOG_TAMPERED at their paths.
  const id = log.applicationId;
  if (
    !(
      isTrusted(log.entries) &&
      typeof id === "string" &&
      id !== "" &&
      fits(id, 200) &&
      isMoment(log.startedAt)
    )
  ) {
    const parsed = ("state" in log ? safeParseSnapshot : safeParseAuditLog)(log);
    if (!parsed.ok)
      return failed(
        parsed.issues.map((i) =>
          issueOf<LifecycleIssue>("LOG_TAMPERED", i.path, i.message.en, i.message.ko, {
            expected: i.expected,
            received: i.received,
          }),
        ),
      );
    log = parsed.value;
  }
  const startedAt = log.startedAt;
  const r = replayChecked(compiled, log, startedAt);
  // A stored snapshot also says where its trail ends: an edited state or time is refused too.
  if (r.ok && "state" in log)
    for (const k of ["state", "updatedAt"] as const) {
      const said = (log as Snapshot)[k];
      if (said !== r.snapshot[k])
        return failed([tampered([k], k, JSON.stringify(r.snapshot[k]), describeReceived(said))]);
    }
  return r;
}

/**
 * The interpreter over a log: every entry checked in order (from, event in this state, role, date
 * order, guards, to), with the issues of the first one refused. Entries the library made or parsed
 * (trusted: frozen, well formed, valid dates) are read in place: no copy, no allocation per entry.
 */
function replayChecked(compiled: CompiledMachine, log: AuditLog, startedAt: string): ReplayResult {
  const machine = compiled.machine;
  const source = log.entries;
  const n = source.length;
  let state = machine.initial;
  let at = startedAt;
  let floor = startedAt; // the date-order floor, carried forward (laterStart)
  for (let i = 0; i < n; i++) {
    const e = source[i] as AuditEntry;
    if (e.from !== state) {
      return failed([
        tampered(["entries", i, "from"], "from", JSON.stringify(state), describeReceived(e.from)),
      ]);
    }
    const t = evaluate(compiled, state, floor, source, i, e.event, e.actor.role, e.at, true, e, i);
    if (Array.isArray(t)) return failed(t);
    if (e.to !== t.def.to) {
      return failed([tampered(["entries", i, "to"], "to", JSON.stringify(t.def.to), describeReceived(e.to))]);
    }
    state = t.def.to;
    at = e.at;
    floor = laterStart(floor, at);
  }
  return freeze({
    ok: true as const,
    snapshot: makeSnapshot(machine.id, log.applicationId, startedAt, state, at, source),
  });
}
