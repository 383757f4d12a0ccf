import { freeze } from "../core/freeze.js";
import { allProjects, getProject } from "./getProject.js";
import type { SelectedProject } from "./types.js";

/**
 * The line of projects a project belongs to: the earlier projects it continues (back to the first)
 * and the later projects that continue it, in year order.
 *
 * @param id - a project id
 * @returns the chain, earliest first; a project that continues nothing and that nothing continues
 *   gives a chain of one
 * @throws {@link KcnError} `UNKNOWN_PROJECT` when no project has that id
 * @example
 * ```ts
 * continuationChain("2021-tr-gaziantep").map((p) => p.id); //=> ["2020-tr-gaziantep", "2021-tr-gaziantep"]
 * continuationChain("2020-id-east-kalimantan").length; //=> 2
 * ```
 * @category Programs
 */
export function continuationChain(id: string): readonly SelectedProject[] {
  const start = getProject(id);
  const seen = new Set<string>([start.id]);
  const back: SelectedProject[] = [];
  let cur: SelectedProject = start;
  while (cur.continues !== undefined && !seen.has(cur.continues)) {
    cur = getProject(cur.continues);
    seen.add(cur.id);
    back.unshift(cur);
  }
  const forward: SelectedProject[] = [];
  const queue = [start.id];
  while (queue.length > 0) {
    const parent = queue.shift() as string;
    for (const p of allProjects()) {
      if (p.continues === parent && !seen.has(p.id)) {
        seen.add(p.id);
        forward.push(p);
        queue.push(p.id);
      }
    }
  }
  forward.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  return freeze([...back, start, ...forward]);
}
