/**
 * The machine a snapshot runs on, shared by {@link transition} and {@link availableEvents}.
 *
 * @internal
 * @module
 */
import { need } from "../core/need.js";
import { type CompiledMachine, compile } from "./compile.js";
import { getMachine } from "./machineFor.js";
import type { Machine, Snapshot } from "./types.js";

/**
 * The compiled machine a snapshot runs on: `machine`, or the shipped machine it names.
 *
 * @throws {@link KcnError} `INVALID_SNAPSHOT` when `machine` is another machine than the snapshot's
 */
export function compileFor(snapshot: Snapshot, machine: Machine | undefined): CompiledMachine {
  const compiled = compile(machine ?? getMachine(snapshot.machine));
  const id = compiled.machine.id;
  need(id === snapshot.machine, "INVALID_SNAPSHOT", `a snapshot of machine "${id}"`, snapshot.machine);
  return compiled;
}
