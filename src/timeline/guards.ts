/**
 * Input guards shared by the timeline functions, so that bad input gives a {@link KcnError}, never a
 * `TypeError`.
 *
 * @internal
 * @module
 */

import { INVALID_INPUT, need } from "../core/need.js";
import type { ProjectSchedule } from "./planSchedule.js";

/**
 * The mark of a schedule `planSchedule` made: a non-enumerable property under a registered symbol,
 * so that JSON, spreads and copies drop it and another copy of the library (CommonJS beside ESM)
 * still knows it.
 */
const MADE = Symbol.for("k-city-network.schedule");

/** Marks a schedule as made by `planSchedule` (before it is frozen). */
export function markSchedule<T extends object>(schedule: T): T {
  return Object.defineProperty(schedule, MADE, { value: true });
}

/** Throws `INVALID_INPUT` unless `value` is a schedule `planSchedule` made (not a copy read back). */
export function assertSchedule(value: unknown): asserts value is ProjectSchedule {
  need(
    (value as { [MADE]?: unknown } | null)?.[MADE] === true,
    INVALID_INPUT,
    "a schedule from planSchedule",
    value,
  );
}
