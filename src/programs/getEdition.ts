import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { EDITIONS } from "./data/editions.js";
import { editionYears } from "./listEditions.js";
import type { Edition, EditionYear } from "./types.js";

/**
 * Looks up the edition of a year.
 *
 * @param year - the edition's year (2020 ... 2026)
 * @returns the edition (frozen)
 * @throws {@link KcnError} `UNKNOWN_EDITION` when there is no edition for `year`; the message and
 *   `details.known` list the known years
 * @example
 * ```ts
 * getEdition(2021).counts.applications.known; //=> true
 * getEdition(2021).projects.length; //=> 11
 * ```
 * @category Programs
 */
export function getEdition(year: number): Edition {
  const found = EDITIONS.find((e) => e.year === year);
  if (!found) {
    const years = editionYears();
    need(false, "UNKNOWN_EDITION", `an edition year (${years.join(", ")})`, year, { known: [...years] });
  }
  return found;
}

/**
 * Tells whether a year has an edition.
 *
 * The check narrows the value to {@link EditionYear} when it holds and leaves its type as it was
 * when it does not: a `number` without an edition (`2019`) is still a `number`.
 *
 * @param year - anything
 * @returns `true` for 2020 ... 2026
 * @example
 * ```ts
 * hasEdition(2024); //=> true
 * hasEdition(2019); //=> false
 * ```
 * @category Programs
 */
export function hasEdition(year: unknown): year is EditionYear {
  return EDITIONS.some((e) => e.year === year);
}
