/**
 * The `<year>` argument of the commands that take one (`edition`, `stats`, `projects --year`,
 * `timeline`, `status`), read the same way everywhere.
 *
 * @internal
 * @module
 */
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { getEdition } from "../programs/getEdition.js";
import { editionYears } from "../programs/listEditions.js";

/**
 * The edition year written in `text` (four digits of a year the library has).
 *
 * @param text - the argument as typed, or `undefined` when it is missing
 * @returns the year
 * @throws {@link KcnError} `INVALID_OPTIONS` when `text` is missing; `UNKNOWN_EDITION` naming the
 *   known years when it is not a year or a year without an edition
 */
export function readYear(text: string | undefined): number {
  const years = editionYears();
  // no year at all is a usage error, like any missing argument
  if (text === undefined) {
    throw new KcnError("INVALID_OPTIONS", `Expected <year>, an edition year (${years.join(", ")})`, {
      known: [...years],
    });
  }
  need(
    text !== undefined && /^\d{4}$/.test(text),
    "UNKNOWN_EDITION",
    `an edition year (${years.join(", ")})`,
    text ?? "",
    { known: [...years] },
  );
  return getEdition(Number(text)).year;
}
