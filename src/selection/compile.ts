/**
 * The interpreter's index of a machine: states by id and transitions by state and event, built once
 * per machine object and cached.
 *
 * @internal
 * @module
 */

import { freeze } from "../core/freeze.js";
import { memo } from "../core/memo.js";
import { assertMachine } from "./assertMachine.js";
import { type GuardCheck, guardCheck } from "./guards.js";
import type { Machine, Role, TransitionDef } from "./types.js";

/**
 * A table keyed by name (state, event or role). Its prototype is an empty object without one, so
 * that a name such as `"constructor"` or `"__proto__"` finds nothing it does not hold, while the
 * table itself stays a fast-mode object for keyed lookups.
 */
export type Table<T> = { readonly [key: string]: T | undefined };

/** The events accepted in one state: event name -> transition. */
export type Row = Table<CompiledTransition>;

/** A transition with its roles as a set for quick checks. */
export interface CompiledTransition {
  readonly def: TransitionDef;
  readonly roles: ReadonlySet<Role>;
  /** The guards' checks, resolved once, in the order of `def.guards`. */
  readonly checks: readonly GuardCheck[];
}

/** A machine indexed for the interpreter. */
export interface CompiledMachine {
  readonly machine: Machine;
  /** state id -> events accepted there, in table order. */
  readonly events: ReadonlyMap<string, readonly string[]>;
  /** state id -> its row (event -> transition), for the states that have a way out. */
  readonly rows: Table<Row>;
}

const NO_KEYS: object = freeze(Object.create(null));

function table<T>(): { [key: string]: T | undefined } {
  return Object.create(NO_KEYS) as { [key: string]: T | undefined };
}

const cache = new WeakMap<Machine, CompiledMachine>();
const EMPTY: readonly string[] = freeze([]);

/**
 * Indexes a machine (cached per machine object). The first transition listed for a state and event
 * wins; {@link checkMachine} reports duplicates.
 *
 * @param machine - the machine
 * @returns the index
 */
export function compile(machine: Machine): CompiledMachine {
  return memo(cache, machine, () => {
    assertMachine(machine);
    const events = new Map<string, string[]>();
    // rows and their entries are written here only, then frozen
    const rows = table<{ [key: string]: CompiledTransition | undefined }>();
    for (const def of machine.transitions) {
      const compiled: CompiledTransition = freeze({
        def,
        roles: new Set(def.roles),
        checks: freeze(def.guards.map(guardCheck)),
      });
      for (const from of def.from) {
        let row = Object.hasOwn(rows, from) ? rows[from] : undefined;
        if (row === undefined) {
          row = table<CompiledTransition>();
          rows[from] = row;
          events.set(from, []);
        }
        if (!Object.hasOwn(row, def.event)) {
          row[def.event] = compiled;
          events.get(from)?.push(def.event);
        }
      }
    }
    for (const [k, v] of events) events.set(k, freeze(v) as string[]);
    for (const k of Object.keys(rows)) freeze(rows[k]);
    return freeze({ machine, events, rows: freeze(rows) });
  });
}

/** The events a state accepts, in table order. */
export function eventsAt(compiled: CompiledMachine, state: string): readonly string[] {
  return compiled.events.get(state) ?? EMPTY;
}
