/**
 * Makes frozen snapshots and entries (a snapshot's entry list is marked as trusted: every entry must
 * come from makeEntry, with a frozen payload copy and a valid date), in one key order, so that a live snapshot and a replayed one
 * serialise to the same JSON.
 *
 * @internal
 * @module
 */

import { freeze } from "../core/freeze.js";
import { ifDefined } from "../core/ifDefined.js";
import { trust } from "./trusted.js";
import type { Actor, AuditEntry, JsonValue, Snapshot } from "./types.js";

export function makeEntry(
  from: string,
  to: string,
  event: string,
  at: string,
  actor: Actor,
  note: string | undefined,
  payload: { readonly [key: string]: JsonValue } | undefined,
): AuditEntry {
  const a = freeze({ id: actor.id, role: actor.role });
  return freeze({
    from,
    to,
    event,
    at,
    actor: a,
    ...ifDefined("note", note),
    ...ifDefined("payload", payload),
  });
}

export function makeSnapshot(
  machine: string,
  applicationId: string,
  startedAt: string,
  state: string,
  updatedAt: string,
  entries: readonly AuditEntry[],
): Snapshot {
  // every snapshot made here is well formed and consistent (start, transition, replay): marked so
  // that transition and availableEvents take it as it is, where they replay any other
  return trust({
    machine,
    applicationId,
    startedAt,
    state,
    updatedAt,
    entries: trust(entries),
  });
}
