import { deepFreezeFresh } from "../core/deepFreeze.js";
import type { Fact, KnownFact } from "../core/fact.js";
import type { Label } from "../core/label.js";
import { memo } from "../core/memo.js";
import { combine } from "./combineFacts.js";
import { getEdition } from "./getEdition.js";
import { type Ratio, ratio } from "./ratio.js";
import type { Counts, SubProgramId, TrackId } from "./types.js";

/**
 * Counts with the selection rate, each figure a fact with its sources.
 *
 * @category Programs
 */
export interface StatsFigures {
  /** Applications received, where stated. */
  readonly applications: Fact<number>;
  /** Distinct countries the applications came from, where stated. */
  readonly applicantCountries: Fact<number>;
  /** Projects selected, where stated. */
  readonly selected: Fact<number>;
  /** Distinct countries of the selected projects, where stated. */
  readonly selectedCountries: Fact<number>;
  /** `selected / applications`, exact, with the rounded percentage; unknown when either is. */
  readonly selectionRate: Fact<Ratio>;
  /** How many projects the data list. */
  readonly listedProjects: number;
}

/**
 * The statistics of one sub-program.
 *
 * @category Programs
 */
export interface SubProgramStats extends StatsFigures {
  /** The sub-program's id. */
  readonly id: SubProgramId;
  /** Its name in English and Korean. */
  readonly name: Label;
  /** The tracks it covers. */
  readonly tracks: readonly TrackId[];
}

/**
 * The statistics of one edition: overall and per sub-program.
 *
 * @category Programs
 */
export interface EditionStats extends StatsFigures {
  /** The edition year. */
  readonly year: number;
  /** The program's name for that year. */
  readonly name: Label;
  /** Whether the data list every selected project of the edition. */
  readonly projectsComplete: boolean;
  /** Distinct countries of the listed projects. */
  readonly listedCountries: number;
  /** The same figures per sub-program. */
  readonly subPrograms: readonly SubProgramStats[];
}

function figures(counts: Counts, listedProjects: number): StatsFigures {
  return {
    applications: counts.applications,
    applicantCountries: counts.applicantCountries,
    selected: counts.selected,
    selectedCountries: counts.selectedCountries,
    selectionRate: combine(
      [counts.selected, counts.applications],
      // combine calls this only when both counts are known
      () =>
        ratio((counts.selected as KnownFact<number>).value, (counts.applications as KnownFact<number>).value),
      "Selected projects divided by applications.",
      "Needs both the number of applications and the number selected.",
    ),
    listedProjects,
  };
}

/**
 * The statistics of an edition: applications, countries, selected projects and the selection rate
 * (an exact fraction and a rounded percentage), overall and per sub-program, each figure with its
 * sources and reliability (the selection rate is `inferred`: arithmetic on the two counts).
 *
 * @param year - the edition's year
 * @returns the statistics (frozen)
 * @throws {@link KcnError} `UNKNOWN_EDITION` for a year without an edition
 * @example
 * ```ts
 * const s = editionStats(2021);
 * s.selectionRate.known && s.selectionRate.value.fraction; //=> "11/111"
 * s.selectionRate.known && s.selectionRate.value.percent; //=> "9.9%"
 * s.subPrograms.length; //=> 3
 * ```
 * @category Programs
 */
export function editionStats(year: number): EditionStats {
  const e = getEdition(year);
  return memo(CACHE, e.year, () => {
    const stats: EditionStats = {
      year: e.year,
      name: e.name,
      projectsComplete: e.projectsComplete,
      listedCountries: new Set(e.projects.map((p) => p.country)).size,
      ...figures(e.counts, e.projects.length),
      subPrograms: e.subPrograms.map((s) => ({
        id: s.id,
        name: s.name,
        tracks: s.tracks,
        ...figures(s.counts, e.projects.filter((p) => p.subProgramId === s.id).length),
      })),
    };
    return deepFreezeFresh(stats);
  });
}

/** The data are frozen constants, so each edition's statistics are computed once. */
const CACHE = new Map<number, EditionStats>();
