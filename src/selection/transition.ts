import { freeze } from "../core/freeze.js";
import { isObject } from "../core/isObject.js";
import { INVALID_INPUT, need, optionsOf } from "../core/need.js";
import { fits } from "../core/patterns.js";
import { failed } from "../core/result.js";
import { KcnError } from "../errors.js";
import { compileFor } from "./compileFor.js";
import { isMoment, KOREA_DATE } from "./deps.js";
import { laterStart } from "./guards.js";
import { copyPayload } from "./json.js";
import { replay } from "./replay.js";
import { needRole } from "./roles.js";
import { makeEntry, makeSnapshot } from "./snapshot.js";
import { evaluate } from "./step.js";
import { isTrusted } from "./trusted.js";
import type { LifecycleEvent, Machine, Snapshot, TransitionResult } from "./types.js";

/**
 * @internal The snapshot as the library reads it, and its compiled machine: one the library made
 * (start, transition, replay) as it is; any other, such as one read back from storage or a copy with a
 * field changed, is replayed against the machine, so that it is taken only when its entries lead to
 * its state and time, as replay proves them.
 */
export function readSnapshot(snapshot: Snapshot, machine: Machine | undefined) {
  need(Array.isArray(snapshot?.entries), "INVALID_SNAPSHOT", "a snapshot from start() or replay()", snapshot);
  const compiled = compileFor(snapshot, machine);
  if (!isTrusted(snapshot)) {
    const r = replay(compiled.machine, snapshot);
    if (!r.ok)
      throw new KcnError(
        "INVALID_SNAPSHOT",
        `Expected a snapshot its entries replay to: ${r.issues[0].message.en}`,
        {
          issues: r.issues,
        },
      );
    snapshot = r.snapshot;
  }
  return [snapshot, compiled] as const;
}

/**
 * Sends an event to a record. The event must be accepted in the record's state, sent by a role the
 * machine allows, not dated surely before any earlier entry or the record's start (partial dates
 * that overlap pass: `"2022-04"` after `"2022-04-20"`, but then not `"2022-04-01"`), and pass the
 * transition's guards.
 *
 * @param snapshot - where the record stands: one {@link start}, a previous transition or
 *   {@link replay} made is taken as it is; any other (read back with `JSON.parse` or
 *   {@link parseSnapshot}, a copy with a field changed) is first replayed against the machine, and
 *   taken as the replay rebuilds it
 * @param event - the event: type, time, actor (id and role), optional note and payload
 * @param machine - the machine; by default the shipped machine named in `snapshot.machine`
 * @returns `{ ok: true, snapshot, entry }` with the new frozen snapshot and its audit entry, or
 *   `{ ok: false, issues }`: `ILLEGAL_TRANSITION` (with `allowed`, the events accepted now),
 *   `ROLE_NOT_ALLOWED`, `GUARD_FAILED` (with the guard and its reason)
 * @throws {@link KcnError} `INVALID_SNAPSHOT` for a value that is not a snapshot, for one the library
 *   did not make that {@link replay} refuses (a malformed entry or field, an entry the machine would
 *   not accept, a `state` or `updatedAt` its entries do not lead to; `details.issues` holds the
 *   replay's issues at their paths), or of another machine than the given `machine`,
 *   `INVALID_INPUT` for
 *   an event that is not an object with a string `type`, a key of the event other than `type`,
 *   `actor`, `at`, `note` and `payload` or of the actor other than `id` and `role` (`details.option`
 *   names it: `notes` for `note` would lose the note), a role that is not one of {@link ROLE_IDS}
 *   (as {@link availableEvents} refuses it; a real role that may not send the event is answered
 *   `ROLE_NOT_ALLOWED`), an actor id that is empty or over 200
 *   characters, a note over 10,000 characters (the limits of {@link AuditEntrySchema}, so that every
 *   snapshot written reads back), a payload that is not JSON, or an `at` that is not a date in Korea
 *   time (`"2024-03"`, `"2024-03-15"`, `"2024-03-15T10:00"`; an instant such as
 *   `"2024-03-15T10:00:00+09:00"` or a `Date` is the form of an application, not of an event),
 *   `UNKNOWN_MACHINE` when the snapshot names no shipped machine and none is given,
 *   `INVALID_MACHINE` when the given machine is not shaped like a {@link Machine}
 * @example
 * ```ts
 * const m = machineFor(2021, "urban-planning");
 * const s = start(m, { applicationId: "2021-ke-nairobi", at: "2021-03" });
 * const r = transition(s, { type: "submit", at: "2021-04-10", actor: { id: "ke-mot", role: "applicant" } });
 * r.ok && r.snapshot.state; //=> "submitted"
 * const bad = transition(s, { type: "select", at: "2021-06", actor: { id: "c", role: "review-committee" } });
 * !bad.ok && bad.issues[0].code; //=> "ILLEGAL_TRANSITION"
 * ```
 * @category Selection
 */
export function transition(snapshot: Snapshot, event: LifecycleEvent, machine?: Machine): TransitionResult {
  need(isObject(event), INVALID_INPUT, "an event object", event);
  need(typeof event.type === "string", INVALID_INPUT, "event.type to be a string", event.type);
  const [read, compiled] = readSnapshot(snapshot, machine);
  snapshot = read;
  const payload = event.payload === undefined ? undefined : copyPayload(event.payload);
  const actor = event.actor;
  need(
    isObject(actor) &&
      typeof actor.id === "string" &&
      actor.id !== "" &&
      fits(actor.id, 200) &&
      typeof actor.role === "string",
    INVALID_INPUT,
    "event.actor to be { id: 1 to 200 characters, role: string }",
    actor,
  );
  needRole(actor.role);
  // a misspelt key must not pass silently: { notes: "..." } would lose the note
  optionsOf(event, "type actor at note payload", INVALID_INPUT);
  optionsOf(actor, "id role", INVALID_INPUT);
  // a time the program got wrong is its input error, not the record's step out of order
  need(isMoment(event.at), INVALID_INPUT, `event.at to be ${KOREA_DATE}`, event.at, { path: ["at"] });
  // the limits of AuditEntrySchema, so that a snapshot written here is read back
  need(
    !(event.note !== undefined && (typeof event.note !== "string" || !fits(event.note, 10_000))),
    INVALID_INPUT,
    "event.note to be a string of at most 10000 characters",
    event.note,
  );
  // the date-order floor, as replay carries it: an entry may not go back before any earlier one
  let floor = snapshot.updatedAt;
  for (const e of [{ at: snapshot.startedAt }, ...snapshot.entries])
    if (isMoment(e.at)) floor = laterStart(floor, e.at);
  const t = evaluate(
    compiled,
    snapshot.state,
    floor,
    snapshot.entries,
    snapshot.entries.length,
    event.type,
    actor.role,
    event.at,
    false,
    { note: event.note, payload },
    -1,
  );
  if (Array.isArray(t)) return failed(t);
  const entry = makeEntry(snapshot.state, t.def.to, t.def.event, event.at, actor, event.note, payload);
  const entries = [...snapshot.entries, entry];
  const next = makeSnapshot(
    snapshot.machine,
    snapshot.applicationId,
    snapshot.startedAt,
    t.def.to,
    event.at,
    entries,
  );
  return freeze({ ok: true as const, snapshot: next, entry });
}
