/**
 * Input guards shared by the timeline functions, so that bad input gives a {@link KcnError}, never a
 * `TypeError`.
 *
 * @internal
 * @module
 */

import { need } from "../core/need.js";
import type { FieldPath } from "../core/result.js";
import { isKrw } from "../money/index.js";
import { safeParsePartialDate } from "./partialDate.js";
import type { ProjectSchedule } from "./planSchedule.js";

/**
 * Throws `INVALID_INPUT` unless `value` looks like a schedule from `planSchedule` in every field a
 * schedule consumer reads: `projectId`, `start`, `end`, `budget` and each milestone's `id`, `kind`,
 * `label`, `due` and `payment` (a hole in `milestones` is refused too). `details.path` says where
 * (`["milestones", 0, "payment"]`).
 */
export function assertSchedule(value: unknown): asserts value is ProjectSchedule {
  const at = (ok: unknown, path: FieldPath, what: string, v: unknown): void =>
    need(ok, "INVALID_INPUT", `a schedule from planSchedule, with ${path.join(".")} ${what}`, v, { path });
  const text = (o: Record<string, unknown>, key: string, path: FieldPath): void =>
    at(typeof o[key] === "string", [...path, key], "a string", o[key]);
  const day = (v: unknown, path: FieldPath): void =>
    at(typeof v === "string" && safeParsePartialDate(v).ok, path, "a date", v);
  const money = (v: unknown, path: FieldPath): void =>
    at(v === undefined || isKrw(v), path, "a Krw or absent", v);
  need(typeof value === "object" && value !== null, "INVALID_INPUT", "a schedule from planSchedule", value);
  const s = value as Record<string, unknown>;
  text(s, "projectId", []);
  day(s["start"], ["start"]);
  day(s["end"], ["end"]);
  money(s["budget"], ["budget"]);
  const ms = s["milestones"];
  at(Array.isArray(ms), ["milestones"], "an array", ms);
  // an index loop, not every(): every() skips the holes of a sparse array
  for (let i = 0; i < (ms as unknown[]).length; i++) {
    const m = (ms as unknown[])[i] as Record<string, unknown>;
    const path = ["milestones", i];
    at(typeof m === "object" && m !== null, path, "a milestone", m);
    text(m, "id", path);
    text(m, "kind", path);
    const l = m["label"] as Record<string, unknown>;
    at(typeof l === "object" && l !== null, [...path, "label"], "an object", l);
    text(l, "en", [...path, "label"]);
    text(l, "ko", [...path, "label"]);
    day(m["due"], [...path, "due"]);
    money(m["payment"], [...path, "payment"]);
  }
}
