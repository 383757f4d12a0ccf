import { freeze } from "../core/freeze.js";
import { issueOf } from "../core/issue.js";
import { receivedKo } from "../core/ko.js";
import { need } from "../core/need.js";
import { type FieldPath, failed } from "../core/result.js";
import { describeReceived, KcnError } from "../errors.js";
import { type CompiledMachine, compile } from "./compile.js";
import { isMoment } from "./deps.js";
import { checkChronology } from "./guards.js";
import { guardFailed, machineMismatch, tampered } from "./issues.js";
import { copyPayload } from "./json.js";
import { makeEntry, makeSnapshot } from "./snapshot.js";
import { evaluate } from "./step.js";
import { isTrusted } from "./trusted.js";
import type { AuditEntry, AuditLog, LifecycleIssue, Machine, ReplayResult, Snapshot } from "./types.js";

/** The first own key of `o` that is not one of `keys` (space-separated). */
function unknownKey(o: object, keys: string): string | undefined {
  return Object.keys(o).find((k) => !keys.split(" ").includes(k));
}

function malformed(path: FieldPath, what: string, ko: string, value: unknown): LifecycleIssue {
  const at = path.join(".");
  const received = describeReceived(value);
  return issueOf<LifecycleIssue>(
    "LOG_TAMPERED",
    path,
    `Expected ${what} at ${at}, received ${received}`,
    `${at}: ${ko} 필요, 받은 값 ${receivedKo(value)}`,
    { expected: what, received },
  );
}

/**
 * Rebuilds a record's snapshot from its audit log, checking every entry against the machine as if
 * it were sent live: the event must be accepted in the state reached so far, by the recorded role,
 * not dated before the previous entry, and pass the guards on the recorded payload and note
 * (screening runs `checkEligibility` again); the recorded `from` and `to` must be the states the
 * machine gives. A log that was edited this way is refused at its first bad entry.
 *
 * Entries that the library made ({@link transition}) or parsed ({@link safeParseAuditLog}) are frozen
 * and well formed, so the snapshot shares them instead of copying; other entries are checked for
 * shape and copied.
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
  need(
    typeof log === "object" && log !== null && Array.isArray(log.entries),
    "INVALID_LOG",
    "an audit log with an entries array",
    log,
  );
  const compiled = compile(machine);
  const key = isTrusted(log.entries)
    ? undefined
    : unknownKey(log, "machine applicationId startedAt entries state updatedAt");
  if (key !== undefined) return failed([malformed([key], "a documented key", "문서에 있는 키", key)]);
  if (log.machine !== machine.id) return failed([machineMismatch(["machine"], machine.id, log.machine)]);
  if (typeof log.applicationId !== "string" || log.applicationId.length === 0) {
    return failed([
      malformed(["applicationId"], "a non-empty string", "비어 있지 않은 문자열", log.applicationId),
    ]);
  }
  const startedAt = log.startedAt;
  // A start time is valid when it is a canonical date (it is never before itself).
  if (!isMoment(startedAt)) {
    const bad = checkChronology(describeReceived(startedAt), startedAt);
    if (bad !== undefined) return failed([guardFailed(["startedAt"], "chronological", bad)]);
  }
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
  // Untrusted entries are copied as they are accepted; trusted ones are kept as they are.
  const entries: AuditEntry[] = [];
  let state = machine.initial;
  let at = startedAt;
  const trusted = isTrusted(source);
  for (let i = 0; i < n; i++) {
    const e = source[i] as AuditEntry;
    if (typeof e !== "object" || e === null)
      return failed([malformed(["entries", i], "an entry object", "항목 객체", e)]);
    let payload = e.payload;
    if (!trusted) {
      // what transition refuses, replay refuses: an unknown key, an actor id or note over its limit
      const key = unknownKey(e, "from to event at actor note payload");
      if (key !== undefined)
        return failed([malformed(["entries", i, key], "a documented key", "문서에 있는 키", key)]);
      const actor = e.actor;
      if (
        typeof actor !== "object" ||
        actor === null ||
        typeof actor.id !== "string" ||
        actor.id === "" ||
        actor.id.length > 200 ||
        typeof actor.role !== "string" ||
        unknownKey(actor, "id role") !== undefined
      ) {
        return failed([
          malformed(
            ["entries", i, "actor"],
            "{ id: string of 1 to 200 characters, role: string }",
            "{ id: 1~200자 문자열, role: 문자열 }",
            actor,
          ),
        ]);
      }
      if (e.note !== undefined && (typeof e.note !== "string" || e.note.length > 10_000)) {
        return failed([
          malformed(
            ["entries", i, "note"],
            "a string of at most 10000 characters",
            "10000자 이하 문자열",
            e.note,
          ),
        ]);
      }
      if (typeof e.event !== "string")
        return failed([malformed(["entries", i, "event"], "a string", "문자열", e.event)]);
      if (payload !== undefined) {
        try {
          payload = copyPayload(payload);
        } catch {
          return failed([malformed(["entries", i, "payload"], "a JSON object", "JSON 객체", payload)]);
        }
      }
    }
    if (e.from !== state) {
      return failed([
        tampered(["entries", i, "from"], "from", JSON.stringify(state), describeReceived(e.from)),
      ]);
    }
    const t = evaluate(
      compiled,
      state,
      at,
      trusted ? source : entries,
      i,
      e.event,
      e.actor.role,
      e.at,
      trusted,
      trusted ? e : { note: e.note, payload },
      i,
    );
    if (Array.isArray(t)) return failed(t);
    if (e.to !== t.def.to) {
      return failed([tampered(["entries", i, "to"], "to", JSON.stringify(t.def.to), describeReceived(e.to))]);
    }
    if (!trusted) entries.push(makeEntry(state, t.def.to, t.def.event, e.at, e.actor, e.note, payload));
    state = t.def.to;
    at = e.at;
  }
  return freeze({
    ok: true as const,
    snapshot: makeSnapshot(
      machine.id,
      log.applicationId,
      startedAt,
      state,
      at,
      trusted ? source : entries,
      true,
    ),
  });
}
