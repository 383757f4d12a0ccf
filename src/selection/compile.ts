/**
 * The interpreter's index of a machine: states by id and transitions by state and event, built once
 * per machine object and cached.
 *
 * @internal
 * @module
 */
import type { Machine, Role, StateDef, TransitionDef } from "./types.js";

/** A transition with its roles as a set for quick checks. */
export interface CompiledTransition {
  readonly def: TransitionDef;
  readonly roles: ReadonlySet<Role>;
}

/** A machine indexed for the interpreter. */
export interface CompiledMachine {
  readonly machine: Machine;
  readonly states: ReadonlyMap<string, StateDef>;
  /** state id -> event -> transition. */
  readonly next: ReadonlyMap<string, ReadonlyMap<string, CompiledTransition>>;
  /** state id -> events accepted there, in table order. */
  readonly events: ReadonlyMap<string, readonly string[]>;
}

const cache = new WeakMap<Machine, CompiledMachine>();
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Indexes a machine (cached per machine object). The first transition listed for a state and event
 * wins; {@link checkMachine} reports duplicates.
 *
 * @param machine - the machine
 * @returns the index
 */
export function compile(machine: Machine): CompiledMachine {
  const hit = cache.get(machine);
  if (hit) return hit;
  const states = new Map<string, StateDef>();
  for (const s of machine.states) if (!states.has(s.id)) states.set(s.id, s);
  const next = new Map<string, Map<string, CompiledTransition>>();
  const events = new Map<string, string[]>();
  for (const def of machine.transitions) {
    const compiled: CompiledTransition = Object.freeze({ def, roles: new Set(def.roles) });
    for (const from of def.from) {
      let m = next.get(from);
      if (!m) {
        m = new Map();
        next.set(from, m);
        events.set(from, []);
      }
      if (!m.has(def.event)) {
        m.set(def.event, compiled);
        events.get(from)?.push(def.event);
      }
    }
  }
  for (const [k, v] of events) events.set(k, Object.freeze(v) as string[]);
  const out: CompiledMachine = Object.freeze({ machine, states, next, events });
  cache.set(machine, out);
  return out;
}

/** The events a state accepts, in table order. */
export function eventsAt(compiled: CompiledMachine, state: string): readonly string[] {
  return compiled.events.get(state) ?? EMPTY;
}
