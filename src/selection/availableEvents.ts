import { freeze } from "../core/freeze.js";
import { KcnError } from "../errors.js";
import { eventsAt } from "./compile.js";
import { needRole, ROLE_IDS } from "./roles.js";
import { readSnapshot } from "./transition.js";
import type { Machine, Role, Snapshot } from "./types.js";

/**
 * The events a record accepts in its current state, optionally only those a role may send. Guards
 * are not evaluated (they depend on the event's payload).
 *
 * @param snapshot - where the record stands: a snapshot the library made is taken as it is, any other
 *   (one read back from storage with `JSON.parse`) is replayed first, as {@link transition} does, so
 *   that no event is listed that `transition` would refuse to take
 * @param role - keep only the events this role may send
 * @param machine - the machine; by default the shipped machine named in `snapshot.machine`
 * @returns the event ids, in the machine's table order (frozen)
 * @throws {@link KcnError} `INVALID_SNAPSHOT` for a value that is not a snapshot, for one the library
 *   did not make that {@link replay} refuses (an edited state would list the wrong events, or none, as
 *   if the record had ended; `details.issues` holds the replay's issues), or when the given
 *   `machine` is another machine than the snapshot's (as {@link transition} refuses it); `UNKNOWN_MACHINE`
 *   when the snapshot names no shipped machine and none is given; `INVALID_MACHINE` when the given
 *   machine is not shaped like a {@link Machine}; `INVALID_INPUT` for a `role` that is not one of
 *   {@link ROLE_IDS} (`"Applicant"` would otherwise list no event, as if none were allowed; {@link transition}
 *   throws it too: a role that is not a role is the caller's error, a real role that may not send an
 *   event is the business outcome `ROLE_NOT_ALLOWED`)
 * @example
 * ```ts
 * const s = start(machineFor(2022, "solution-demonstration"), { applicationId: "x", at: "2022-04" });
 * availableEvents(s); //=> ["submit", "withdraw"]
 * availableEvents(s, "secretariat"); //=> []
 * ```
 * @category Selection
 */
export function availableEvents(snapshot: Snapshot, role?: Role, machine?: Machine): readonly string[] {
  const [read, compiled] = readSnapshot(snapshot, machine);
  snapshot = read;
  const all = eventsAt(compiled, snapshot.state);
  if (role === undefined) return all;
  // a role from a session or a token: a misspelt one would list no event, as if there were none
  needRole(role);
  const row = compiled.rows[snapshot.state];
  return freeze(all.filter((e) => row?.[e]?.roles.has(role) === true));
}
