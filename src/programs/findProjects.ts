import { freeze } from "../core/freeze.js";
import { localize } from "../core/label.js";
import { memo } from "../core/memo.js";
import { flagOf, INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { KcnError } from "../errors.js";
import { assertCountryCode, countryName } from "./countries.js";
import { EDITIONS } from "./data/editions.js";
import { getEdition } from "./getEdition.js";
import { allProjects } from "./getProject.js";
import { getTrack } from "./tracks.js";
import {
  type CountryCode,
  type SelectedProject,
  type SubProgramId,
  type TrackId,
  UNKNOWN_SUB_PROGRAM_ID,
} from "./types.js";

/**
 * A filter for {@link findProjects}. Every criterion given must hold (they are conjunctive); an
 * empty filter matches every project.
 *
 * @category Programs
 */
export interface ProjectFilter {
  /** The edition year, or several. */
  readonly year?: number | readonly number[] | undefined;
  /** The track. A project matches when its track is known to be this one (see `includePossible`). */
  readonly track?: TrackId | undefined;
  /**
   * Also match projects whose track is unknown but whose sub-program covers `track` (2022 and
   * 2023 planning projects), or, when the sub-program is unknown too (eight 2020 projects), whose
   * edition had the track. Default `false`.
   */
  readonly includePossible?: boolean | undefined;
  /** The sub-program id (`"planning"`, `"smart-city-planning"`...). */
  readonly subProgram?: SubProgramId | undefined;
  /** ISO 3166-1 alpha-2 country code (upper case). */
  readonly country?: CountryCode | undefined;
  /**
   * Words to look for, case- and accent-insensitive, in the id, title, site, proposer, Korean
   * company, note and country names (en and ko). Every word must occur. A word that does not start
   * with Hangul must start a word there (`"usa"` does not find `Nusantara`; `"plan"` finds
   * `planning`); a Hangul word may occur inside one, as Korean writes compounds without spaces
   * (`"시티"` finds `스마트시티`), and is matched by whole syllables (`"나"` does not find `베트남`,
   * whose last syllable holds the letters of 나). Punctuation separates words, in this text as in
   * the projects' (`"2021-ke"` is `2021 ke`; `"(IKN)"` is `ikn`), so an id is read as its parts, each
   * anywhere: `"2020-tr-gaziantep"` also finds the 2021 Gaziantep project (use {@link getProject}
   * for an id). A text without a letter or digit (`""`, `"!!!"`) finds every project.
   */
  readonly text?: string | undefined;
}

/** Lower case without accents, Hangul composed, and every run of other than letters and digits one space. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .normalize()
    .replace(/[^\p{L}\p{N}]+/gu, " ");
}

function haystack(p: SelectedProject): string {
  // the first part is empty: the text starts with a space, as every word after it does
  const parts: string[] = ["", p.id, p.country, countryName(p.country, "en"), countryName(p.country, "ko")];
  for (const f of [p.site, p.title, p.proposer, p.koreanCompany]) {
    if (f.known) parts.push(localize(f.value, "en"), localize(f.value, "ko"));
  }
  if (p.note) parts.push(p.note);
  return fold(parts.join(" "));
}

const HAY = new WeakMap<SelectedProject, string>();

function trackMatches(p: SelectedProject, track: TrackId, includePossible: boolean): boolean {
  if (p.track.known) return p.track.value === track;
  if (!includePossible) return false;
  // a track of its sub-program, or of its edition when the sub-program is not known either
  const subs = getEdition(p.year).subPrograms;
  const own = subs.filter((s) => s.id === p.subProgramId);
  return (own.length ? own : subs).some((s) => s.tracks.includes(track));
}

/**
 * Finds selected projects across editions.
 *
 * @param filter - the criteria (all must hold); {@link ProjectFilter}. A key that is not one of them
 *   is refused: `{ contry: "KE" }` (misspelt) would otherwise match every project
 * @returns the matching projects in edition order (a new frozen array; the projects are the data's)
 * @throws {@link KcnError} `UNKNOWN_EDITION` for a year without an edition, `UNKNOWN_TRACK`,
 *   `INVALID_COUNTRY_CODE`, `UNKNOWN_SUB_PROGRAM` for a `subProgram` that no edition has (other than
 *   `"unknown"`), or `INVALID_OPTIONS` for a filter that is not an object, a key that is not a
 *   criterion (`details.option`), a text that is not a string or an `includePossible` that is not a
 *   boolean
 * @example
 * ```ts
 * findProjects({ country: "KE" }).map((p) => p.id); //=> ["2021-ke-nairobi"]
 * findProjects({ year: 2021, track: "solution-demonstration" }).length; //=> 3
 * findProjects({ text: "bogota" })[0]?.id; //=> "2020-co-bogota"
 * // a Latin word matches at the start of a word only: "usa" is not found in "Nusantara"
 * findProjects({ text: "usa" }).length; //=> 0
 * ```
 * @category Programs
 */
export function findProjects(filter: ProjectFilter = {}): readonly SelectedProject[] {
  optionsOf(filter, "country includePossible subProgram text track year");
  const years =
    filter.year === undefined
      ? undefined
      : ((Array.isArray(filter.year) ? filter.year : [filter.year]) as number[]);
  if (years) for (const y of years) getEdition(y);
  if (filter.track !== undefined) getTrack(filter.track);
  if (filter.country !== undefined) assertCountryCode(filter.country);
  need(
    !(filter.text !== undefined && typeof filter.text !== "string"),
    INVALID_OPTIONS,
    "text to be a string",
    filter.text,
  );
  // a misspelt sub-program would match nothing, silently
  const sub = filter.subProgram;
  need(
    sub === undefined ||
      sub === UNKNOWN_SUB_PROGRAM_ID ||
      EDITIONS.some((e) => e.subPrograms.some((s) => s.id === sub)),
    "UNKNOWN_SUB_PROGRAM",
    `subProgram to be the id of a sub-program of an edition, or "${UNKNOWN_SUB_PROGRAM_ID}"`,
    sub,
  );

  // a word that does not start with Hangul is looked for at the start of a word: after a space
  const words = fold(filter.text ?? "")
    .split(" ")
    // biome-ignore lint/style/useTemplate: the same string; this form lands the bundle under its budget
    .map((w) => (/^\p{sc=Hangul}/u.test(w) ? w : " " + w));
  const includePossible = flagOf(filter.includePossible, "includePossible") === true;
  return freeze(
    allProjects().filter((p) => {
      if (years && !years.includes(p.year)) return false;
      if (filter.country !== undefined && p.country !== filter.country) return false;
      if (filter.subProgram !== undefined && p.subProgramId !== filter.subProgram) return false;
      if (filter.track !== undefined && !trackMatches(p, filter.track, includePossible)) return false;
      if (filter.text !== undefined) {
        const text = memo(HAY, p, haystack);
        // the word less its first character first: V8 finds a short pattern that starts with a
        // space (a character met at every word) up to ten times slower than one that does not
        if (!words.every((w) => text.includes(w.slice(1)) && text.includes(w))) return false;
      }
      return true;
    }),
  );
}
