import { need } from "../core/need.js";
import type { Machine } from "./types.js";

const str = (v: unknown): v is string => typeof v === "string";
const obj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;
const strs = (v: unknown): boolean => Array.isArray(v) && v.every(str);
const label = (v: unknown): boolean => obj(v) && str(v["en"]) && str(v["ko"]);

/** The first part of `m` that is not shaped like a {@link Machine}, or `undefined`. */
function misshapen(m: unknown, labels: boolean): string | undefined {
  if (!obj(m) || !str(m["id"]) || !str(m["initial"])) return "{ id, initial } as strings";
  if (labels && !label(m["name"])) return "name as { en, ko }";
  const states = m["states"];
  const transitions = m["transitions"];
  if (!Array.isArray(states) || !Array.isArray(transitions)) return "states and transitions as arrays";
  for (let i = 0; i < states.length; i++) {
    const s: unknown = states[i];
    if (
      !obj(s) ||
      !str(s["id"]) ||
      !str(s["kind"]) ||
      (labels && !(label(s["staff"]) && label(s["applicant"])))
    )
      return `states[${i}] as { id, kind, staff, applicant }`;
  }
  for (let i = 0; i < transitions.length; i++) {
    const t: unknown = transitions[i];
    if (
      !obj(t) ||
      !str(t["event"]) ||
      !str(t["to"]) ||
      !strs(t["from"]) ||
      !strs(t["roles"]) ||
      !strs(t["guards"]) ||
      (labels && !label(t["label"]))
    )
      return `transitions[${i}] as { event, from, to, roles, guards, label }`;
  }
  return undefined;
}

/**
 * @internal Throws INVALID_MACHINE unless `m` has the shape of a {@link Machine}: string ids, arrays
 * of states and transitions, string lists of sources, roles and guards, and (when `labels` is true)
 * English and Korean labels. Whether the machine makes sense is {@link checkMachine}'s job.
 */
export function assertMachine(m: unknown, labels = true): asserts m is Machine {
  const bad = misshapen(m, labels);
  need(bad === undefined, "INVALID_MACHINE", `a lifecycle machine with ${bad}`, m, { expected: bad });
}

const optional = (v: unknown, test: (v: unknown) => boolean): boolean => v === undefined || test(v);

/** The first part of `spec` that is not shaped like a {@link MachineSpec}, or `undefined`. */
function misshapenSpec(spec: unknown, tracks: Readonly<Record<string, unknown>>): string | undefined {
  if (!obj(spec) || !Number.isSafeInteger(spec["year"]) || !str(spec["subProgramId"]))
    return "year (an integer) and subProgramId";
  if (!str(spec["track"]) || !Object.hasOwn(tracks, spec["track"]))
    return `track as one of ${Object.keys(tracks).join(", ")}`;
  if (typeof spec["procurement"] !== "boolean" || typeof spec["rollover"] !== "boolean")
    return "procurement and rollover as booleans";
  if (!strs(spec["notes"]) || !strs(spec["sources"])) return "notes and sources as string arrays";
  const b = spec["basedOn"];
  if (!optional(b, (v) => obj(v) && Number.isSafeInteger(v["year"]) && str(v["note"])))
    return "basedOn as { year, note }";
  const review = spec["review"];
  if (!Array.isArray(review)) return "review as an array";
  for (let i = 0; i < review.length; i++) {
    const r: unknown = review[i];
    if (
      !obj(r) ||
      !str(r["id"]) ||
      !label(r["staff"]) ||
      !label(r["applicant"]) ||
      !strs(r["roles"]) ||
      !optional(r["note"], str) ||
      !optional(r["sources"], strs) ||
      !optional(r["hostMayDecline"], (v) => typeof v === "boolean")
    )
      return `review[${i}] as { id, staff, applicant, roles }`;
  }
  return undefined;
}

/** @internal Throws INVALID_MACHINE unless `spec` has the shape of a {@link MachineSpec}. */
export function assertSpec(spec: unknown, tracks: Readonly<Record<string, unknown>>): void {
  const bad = misshapenSpec(spec, tracks);
  need(bad === undefined, "INVALID_MACHINE", `a machine spec with ${bad}`, spec, { expected: bad });
}
