import { describeReceived, KcnError } from "../errors.js";
import { getEdition } from "./getEdition.js";
import type { SubProgram } from "./types.js";

/**
 * Looks up a sub-program of an edition.
 *
 * @param year - the edition's year
 * @param id - the sub-program id in that edition (`"smart-city-planning"`, `"planning"`...)
 * @returns the sub-program (frozen)
 * @throws {@link KcnError} `UNKNOWN_EDITION` for a year without an edition; `UNKNOWN_SUB_PROGRAM`
 *   when the edition has no such sub-program (the message and `details.known` list its ids)
 * @example
 * ```ts
 * getSubProgram(2022, "smart-city-planning").tracks; //=> ["urban-planning", "solution-planning"]
 * getSubProgram(2024, "planning").intake.kind; //=> "rolling"
 * ```
 * @category Programs
 */
export function getSubProgram(year: number, id: string): SubProgram {
  const edition = getEdition(year);
  const found = edition.subPrograms.find((s) => s.id === id);
  if (!found) {
    const ids = edition.subPrograms.map((s) => s.id);
    throw new KcnError(
      "UNKNOWN_SUB_PROGRAM",
      `Expected a sub-program of ${year} (${ids.join(", ")}), received ${describeReceived(id)}`,
      { year, received: describeReceived(id), known: ids },
    );
  }
  return found;
}
