/**
 * Shape checks (zod) for machines and machine specs given by callers, run once per object.
 *
 * @internal
 * @module
 */

import * as z from "zod";
import { isObject } from "../core/isObject.js";
import { parseOrThrow } from "../core/zodIssues.js";
import type { Machine } from "./types.js";

type Schemas = { machine: z.ZodType; loose: z.ZodType; spec: z.ZodType };
let schemas: Schemas | undefined;

/** Built on first use, so that importing the library builds no schema. */
function build(): Schemas {
  const s = z.string();
  const list = z.array(s);
  const label = z.object({ en: s, ko: s });
  const machine = (l: z.ZodType) =>
    z.object({
      id: s,
      initial: s,
      name: l,
      states: z.array(z.object({ id: s, kind: s, staff: l, applicant: l })),
      transitions: z.array(z.object({ event: s, from: list, to: s, roles: list, guards: list, label: l })),
    });
  const year = z.int();
  return {
    machine: machine(label),
    loose: machine(z.unknown()),
    spec: z.object({
      year,
      track: s,
      subProgramId: s,
      review: z.array(
        z.object({
          id: s,
          staff: label,
          applicant: label,
          roles: list,
          hostMayDecline: z.boolean().optional(),
          note: s.optional(),
          sources: list.optional(),
        }),
      ),
      procurement: z.boolean(),
      rollover: z.boolean(),
      basedOn: z.object({ year, note: s }).optional(),
      notes: list,
      sources: list,
    }),
  };
}

const seen = new WeakSet<object>();

function check(value: unknown, kind: keyof Schemas, what: string): void {
  if (isObject(value) && seen.has(value)) return;
  schemas ??= build();
  parseOrThrow(schemas[kind], value, "INVALID_MACHINE", what);
  // Labels unchecked (loose) do not vouch for the full shape.
  if (kind !== "loose") seen.add(value as object);
}

/**
 * @internal Throws INVALID_MACHINE (with `details.issues`, each with its path) unless `m` has the
 * shape of a {@link Machine}: string ids, arrays of states and transitions, string lists of roles
 * and guards, and (when `labels` is true) English and Korean labels. Whether the machine makes sense
 * is {@link checkMachine}'s job. A machine that passed once is not checked again.
 */
export function assertMachine(m: unknown, labels = true): asserts m is Machine {
  check(m, labels ? "machine" : "loose", "a lifecycle machine");
}

/** @internal Throws INVALID_MACHINE unless `spec` has the shape of a {@link MachineSpec}. */
export function assertSpec(spec: unknown): void {
  check(spec, "spec", "a machine spec");
}
