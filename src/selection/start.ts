import { INVALID_INPUT, need, optionsOf } from "../core/need.js";
import { fits } from "../core/patterns.js";
import { KcnError } from "../errors.js";
import { assertMachine } from "./assertMachine.js";
import { isMoment, KOREA_DATE } from "./deps.js";
import { makeSnapshot } from "./snapshot.js";
import type { Machine, Snapshot } from "./types.js";

/**
 * Options of {@link start}.
 *
 * @category Selection
 */
export interface StartOptions {
  /** The record's id (1 to 200 characters), e.g. `"2021-ke-nairobi"`. */
  readonly applicationId: string;
  /** When the record was created, in Korea time, as precise as known (`"2021-02"`). */
  readonly at: string;
}

/**
 * Creates a record in its machine's initial state (`draft`), with an empty audit trail.
 *
 * @param machine - the machine, from {@link machineFor}
 * @param options - the application id and the creation time
 * @returns a frozen snapshot
 * @throws {@link KcnError} `INVALID_INPUT` for an empty or over-long id or a time that is not a date;
 *   `INVALID_MACHINE` when `machine` is not shaped like a {@link Machine}; `INVALID_OPTIONS` when
 *   `options` is not an object or has a key other than `applicationId` and `at`
 * @example
 * ```ts
 * const s = start(machineFor(2021, "urban-planning"), { applicationId: "2021-ke-nairobi", at: "2021-03" });
 * s.state; //=> "draft"
 * s.entries.length; //=> 0
 * ```
 * @category Selection
 */
export function start(machine: Machine, options: StartOptions): Snapshot {
  const id = optionsOf(options, "applicationId at").applicationId;
  need(
    typeof id === "string" && id !== "" && fits(id, 200),
    INVALID_INPUT,
    "an applicationId of 1 to 200 characters",
    id,
  );
  const at = options.at;
  need(isMoment(at), INVALID_INPUT, `at to be ${KOREA_DATE}`, at, { path: ["at"] });
  assertMachine(machine);
  return makeSnapshot(machine.id, id, at, machine.initial, at, []);
}
