/**
 * Small builders for the edition data (internal).
 *
 * @internal
 * @module
 */

import { deepFreeze } from "../../core/deepFreeze.js";
import { freeze } from "../../core/freeze.js";
import type { Label } from "../../core/label.js";
import { type FundingRange, fundingRange } from "../../money/fundingRange.js";
import type { Edition, SelectedProject, SubProgram } from "../types.js";

const MILLION = 1_000_000n;

/**
 * A bilingual label.
 *
 * @internal
 */
export function label(en: string, ko: string): Label {
  return freeze({ en, ko });
}

/**
 * A funding range in millions of won (`rangeM(400, 600)` = 400M-600M KRW).
 *
 * @internal
 */
export function rangeM(minMillions: number, maxMillions: number): FundingRange {
  return fundingRange(BigInt(minMillions) * MILLION, BigInt(maxMillions) * MILLION);
}

/**
 * A closed interval of project counts.
 *
 * @internal
 */
export function between(min: number, max: number = min): { readonly min: number; readonly max: number } {
  return freeze({ min, max });
}

/**
 * A sub-program or project as the edition data write it: without the year, which {@link edition} adds.
 *
 * @internal
 */
export type Draft<T> = Omit<T, "year">;

/** @internal An edition as its data file writes it. */
export interface EditionDraft extends Omit<Edition, "subPrograms" | "projects"> {
  readonly subPrograms: readonly Draft<SubProgram>[];
  readonly projects: readonly Draft<SelectedProject>[];
}

/**
 * An edition, deeply frozen. Its sub-programs and projects get the edition's year (second, after the
 * id); a project is written with the last part of its id only (`"clark"`), and its id is
 * `<year>-<country in lower case>-<that part>` (`"2021-ph-clark"`).
 *
 * @internal
 */
export function edition(e: EditionDraft): Edition {
  const { year } = e;
  return deepFreeze({
    ...e,
    subPrograms: e.subPrograms.map(({ id, ...rest }) => ({ id, year, ...rest })),
    projects: e.projects.map(({ id, ...rest }) => ({
      id: `${year}-${rest.country.toLowerCase()}-${id}`,
      year,
      ...rest,
    })),
  });
}

export { deepFreeze };
