/**
 * The interpreter's index of a machine: states by id and transitions by state and event, built once
 * per machine object and cached.
 *
 * @internal
 * @module
 */
import { assertMachine } from "./assertMachine.js";
import { type GuardCheck, guardCheck } from "./guards.js";
import type { Machine, Role, StateDef, TransitionDef } from "./types.js";

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
  /** role -> true: the roles allowed, for one keyed lookup. */
  readonly roleTable: Table<true>;
  /** The guards' checks, resolved once, in the order of `def.guards`. */
  readonly checks: readonly GuardCheck[];
  /** The row of the state the transition leads to (see {@link CompiledMachine.rows}). */
  readonly toRow: Row;
}

/** A machine indexed for the interpreter. */
export interface CompiledMachine {
  readonly machine: Machine;
  readonly states: ReadonlyMap<string, StateDef>;
  /** state id -> event -> transition. */
  readonly next: ReadonlyMap<string, ReadonlyMap<string, CompiledTransition>>;
  /** state id -> events accepted there, in table order. */
  readonly events: ReadonlyMap<string, readonly string[]>;
  /**
   * state id -> its row (event -> transition): one distinct row object for every state named by
   * the machine (final states get an empty row), so that two names are the same state exactly when
   * their rows are the same object.
   */
  readonly rows: Table<Row>;
}

const NO_KEYS: object = Object.freeze(Object.create(null));

function table<T>(): { [key: string]: T | undefined } {
  return Object.create(NO_KEYS) as { [key: string]: T | undefined };
}

function put<T>(t: { [key: string]: T | undefined }, key: string, value: T): void {
  Object.defineProperty(t, key, { value, enumerable: true, writable: true, configurable: true });
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
  assertMachine(machine);
  const states = new Map<string, StateDef>();
  for (const s of machine.states) if (!states.has(s.id)) states.set(s.id, s);
  const next = new Map<string, Map<string, CompiledTransition>>();
  const events = new Map<string, string[]>();
  const rows = table<{ [key: string]: CompiledTransition | undefined }>();
  const rowOf = (state: string) => {
    let r = Object.hasOwn(rows, state) ? rows[state] : undefined;
    if (r === undefined) {
      r = table<CompiledTransition>();
      put(rows, state, r);
    }
    return r;
  };
  rowOf(machine.initial);
  for (const s of machine.states) rowOf(s.id);
  for (const def of machine.transitions) {
    const roleTable = table<true>();
    for (const role of def.roles) put(roleTable, role, true);
    const compiled: CompiledTransition = Object.freeze({
      def,
      roles: new Set(def.roles),
      roleTable: Object.freeze(roleTable),
      checks: Object.freeze(def.guards.map(guardCheck)),
      toRow: rowOf(def.to),
    });
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
        put(rowOf(from), def.event, compiled);
      }
    }
  }
  for (const [k, v] of events) events.set(k, Object.freeze(v) as string[]);
  for (const k of Object.keys(rows)) Object.freeze(rows[k]);
  const out: CompiledMachine = Object.freeze({ machine, states, next, events, rows: Object.freeze(rows) });
  cache.set(machine, out);
  return out;
}

/** The events a state accepts, in table order. */
export function eventsAt(compiled: CompiledMachine, state: string): readonly string[] {
  return compiled.events.get(state) ?? EMPTY;
}
