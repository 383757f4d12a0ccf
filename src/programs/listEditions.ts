import { freeze } from "../core/freeze.js";
import { EDITIONS } from "./data/editions.js";
import type { Edition } from "./types.js";

/**
 * Lists every edition of the program, in year order.
 *
 * @returns the editions 2020 to 2026 (frozen)
 * @example
 * ```ts
 * listEditions().length; //=> 7
 * listEditions()[0]?.year; //=> 2020
 * ```
 * @category Programs
 */
export function listEditions(): readonly Edition[] {
  return EDITIONS;
}

/**
 * The years that have an edition, in order.
 *
 * @returns `[2020, 2021, ..., 2026]`
 * @example
 * ```ts
 * editionYears(); //=> [2020, 2021, 2022, 2023, 2024, 2025, 2026]
 * ```
 * @category Programs
 */
export function editionYears(): readonly number[] {
  return YEARS;
}

const YEARS: readonly number[] = freeze(EDITIONS.map((e) => e.year));
