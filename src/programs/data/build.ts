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
import type { Edition } from "../types.js";

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
 * An edition, deeply frozen. Its projects are written with the last part of their id only
 * (`"clark"`); the id is `<year>-<country in lower case>-<that part>` (`"2021-ph-clark"`).
 *
 * @internal
 */
export function edition(e: Edition): Edition {
  for (const p of e.projects) (p as { id: string }).id = `${p.year}-${p.country.toLowerCase()}-${p.id}`;
  return deepFreeze(e);
}

export { deepFreeze };
