import { freeze } from "../../core/freeze.js";
import type { Machine } from "../types.js";
import { MACHINES_2020 } from "./edition2020.js";
import { MACHINES_2021 } from "./edition2021.js";
import { MACHINES_2022 } from "./edition2022.js";
import { MACHINES_2023 } from "./edition2023.js";
import { MACHINES_2024_ON } from "./edition2024on.js";

let all: readonly Machine[] | undefined;

/**
 * Every lifecycle machine the library ships, one per edition and track, in year then track order.
 * 2020 has no demonstration track, so there are 20. The machines are built on the first call (not
 * at import, which keeps the library's cold start short) and the same frozen array is returned after.
 *
 * @returns the 20 machines
 * @example
 * ```ts
 * listMachines().length; //=> 20
 * listMachines()[0]?.id; //=> "2020-urban-planning"
 * ```
 * @category Selection
 */
export function listMachines(): readonly Machine[] {
  // biome-ignore lint/suspicious/noAssignInExpressions: the memoised list, made on the first call
  return (all ??= freeze([
    ...MACHINES_2020(),
    ...MACHINES_2021(),
    ...MACHINES_2022(),
    ...MACHINES_2023(),
    ...MACHINES_2024_ON(),
  ]));
}
