import { freeze } from "../core/freeze.js";
import { need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { EDITIONS } from "./data/editions.js";
import type { SelectedProject } from "./types.js";

const ALL: readonly SelectedProject[] = freeze(EDITIONS.flatMap((e) => e.projects));
const BY_ID: ReadonlyMap<string, SelectedProject> = new Map(ALL.map((p) => [p.id, p]));

/**
 * Every selected project of every edition, in edition order (frozen).
 *
 * @returns the projects 2020-2026 as listed in the data
 * @example
 * ```ts
 * allProjects().length; //=> 56
 * ```
 * @category Programs
 */
export function allProjects(): readonly SelectedProject[] {
  return ALL;
}

/**
 * Looks up a selected project by its id.
 *
 * @param id - a project id such as `"2021-ke-nairobi"`
 * @returns the project
 * @throws {@link KcnError} `UNKNOWN_PROJECT` when no project has that id
 * @example
 * ```ts
 * getProject("2021-es-santander").country; //=> "ES"
 * ```
 * @category Programs
 */
export function getProject(id: string): SelectedProject {
  const p = BY_ID.get(id); // a key that is not a string is in no map of strings
  need(p, "UNKNOWN_PROJECT", 'a project id such as "2021-ke-nairobi"', id);
  return p;
}
