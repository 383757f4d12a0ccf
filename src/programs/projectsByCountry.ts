import { freeze } from "../core/freeze.js";
import type { Label } from "../core/label.js";
import { countryName } from "./countries.js";
import { allProjects } from "./getProject.js";
import type { CountryCode, SelectedProject } from "./types.js";

/**
 * The projects of one country across editions.
 *
 * @category Programs
 */
export interface CountryProjects {
  /** ISO 3166-1 alpha-2 code. */
  readonly country: CountryCode;
  /** The country's name in English and Korean. */
  readonly name: Label;
  /** Its projects, in edition order. */
  readonly projects: readonly SelectedProject[];
  /** The editions it has projects in, in order, without repeats. */
  readonly years: readonly number[];
}

/**
 * Groups the listed projects of every edition by country.
 *
 * @returns one entry per country, most projects first, then by country code
 * @example
 * ```ts
 * const rows = projectsByCountry();
 * rows[0]?.country; //=> "ID"
 * rows[0]?.years; //=> [2020, 2021, 2022, 2023, 2024]
 * ```
 * @category Programs
 */
export function projectsByCountry(): readonly CountryProjects[] {
  const groups = new Map<CountryCode, SelectedProject[]>();
  for (const p of allProjects()) {
    const g = groups.get(p.country);
    if (g) g.push(p);
    else groups.set(p.country, [p]);
  }
  const rows: CountryProjects[] = [...groups].map(([country, projects]) =>
    freeze({
      country,
      name: freeze({ en: countryName(country, "en"), ko: countryName(country, "ko") }),
      projects: freeze(projects),
      years: freeze([...new Set(projects.map((p) => p.year))]),
    }),
  );
  rows.sort((a, b) => b.projects.length - a.projects.length || a.country.localeCompare(b.country));
  return freeze(rows);
}
