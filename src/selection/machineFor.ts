import { describeReceived, KcnError } from "../errors.js";
import type { TrackId } from "../programs/types.js";
import { listMachines } from "./machines/index.js";
import type { Machine } from "./types.js";

let byId: ReadonlyMap<string, Machine> | undefined;
function machinesById(): ReadonlyMap<string, Machine> {
  if (byId === undefined) byId = new Map(listMachines().map((m) => [m.id, m]));
  return byId;
}

/** The ids of the shipped machines, for `details.available`. */
const available = (): string[] => [...machinesById().keys()];

/**
 * The lifecycle machine of one edition and track.
 *
 * @param year - the edition year (2020-2026)
 * @param track - `"urban-planning"`, `"solution-planning"` or `"solution-demonstration"`
 * @returns the machine, as frozen data
 * @throws {@link KcnError} `UNKNOWN_MACHINE` when the edition had no such track (2020 had no
 *   demonstration) or the year is not covered; `details.available` lists the machine ids
 * @example
 * ```ts
 * machineFor(2021, "solution-demonstration").id; //=> "2021-solution-demonstration"
 * machineFor(2020, "solution-demonstration"); // throws KcnError UNKNOWN_MACHINE
 * ```
 * @category Selection
 */
export function machineFor(year: number, track: TrackId): Machine {
  const m =
    typeof year === "number" && typeof track === "string"
      ? machinesById().get(`${year}-${track}`)
      : undefined;
  if (m) return m;
  const y = describeReceived(year);
  const t = describeReceived(track);
  throw new KcnError(
    "UNKNOWN_MACHINE",
    `Expected an edition year 2020-2026 and a track it had, received ${y} and ${t}`,
    { year: y, track: t, available: available() },
  );
}

/**
 * The lifecycle machine with a given id (`"<year>-<track>"`), as recorded in snapshots and logs.
 *
 * @param id - the machine id, e.g. `"2022-urban-planning"`
 * @returns the machine
 * @throws {@link KcnError} `UNKNOWN_MACHINE` when no shipped machine has that id
 * @example
 * ```ts
 * getMachine("2022-urban-planning").subProgramId; //=> "smart-city-planning"
 * ```
 * @category Selection
 */
export function getMachine(id: string): Machine {
  const m = typeof id === "string" ? machinesById().get(id) : undefined;
  if (m) return m;
  const received = describeReceived(id);
  throw new KcnError(
    "UNKNOWN_MACHINE",
    `Expected a machine id such as "2021-urban-planning", received ${received}`,
    { received, available: available() },
  );
}
