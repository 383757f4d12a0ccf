import { describe, expect, it } from "vitest";
import * as lib from "../src/index.js";
import { listMachines } from "../src/selection/index.js";
import { CASES } from "./api-cases.js";

/** Every object reachable from `value` (plain objects and arrays). */
function reachable(value: unknown, seen = new Set<object>()): Set<object> {
  if (typeof value === "object" && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const v of Object.values(value)) reachable(v, seen);
  }
  return seen;
}

/**
 * Every plain object and array reachable from `value` that is not frozen, by path; the caller's own
 * objects (`owned`), which a result may hand back as they were given, are neither listed nor entered.
 */
function unfrozen(
  value: unknown,
  path: string,
  seen = new Set<object>(),
  owned: ReadonlySet<object> = new Set(),
): string[] {
  if (typeof value !== "object" || value === null || seen.has(value) || owned.has(value)) return [];
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return [];
  seen.add(value);
  const here = Object.isFrozen(value) ? [] : [path];
  return here.concat(...Object.entries(value).map(([k, v]) => unfrozen(v, `${path}.${k}`, seen, owned)));
}

describe("exported data cannot be changed by a caller", () => {
  it("freezes every plain object and array reachable from every exported value", () => {
    const data = Object.entries(lib).filter(([, v]) => typeof v === "object" && v !== null && !("_zod" in v));
    expect(data.length).toBeGreaterThan(10);
    const found = data.flatMap(([name, v]) => unfrozen(v, name));
    expect(found).toEqual([]);
  });

  it("freezes the rule data behind every edition's eligibility rules (the inline subsidy rules included)", () => {
    for (const year of [2024, 2025, 2026]) {
      const funds = lib.getEligibilityRules(year, "overseas-demonstration")?.fundsRecipients;
      expect(funds?.known && Object.isFrozen(funds.value)).toBe(true);
      expect(funds?.known && funds.value.kind === "consortium" && Object.isFrozen(funds.value.excluded)).toBe(
        true,
      );
    }
    expect(unfrozen(lib.ELIGIBILITY_RULES, "ELIGIBILITY_RULES")).toEqual([]);
  });

  it("freezes every lifecycle machine", () => {
    expect(unfrozen(listMachines(), "machines")).toEqual([]);
  });

  it("returns frozen results from 31 functions: every object in them is frozen or is the caller's own", () => {
    const found = CASES.flatMap(([name, valid, call]) =>
      unfrozen(call(valid as never), name, new Set(), reachable(valid)),
    );
    expect(found).toEqual([]);
  });

  it("freezes refusals all the way down, paths included (lifecycle, money text, dates, machines)", () => {
    const m = lib.machineFor(2024, "urban-planning");
    const s = lib.start(m, { applicationId: "a", at: "2024-03" });
    const refusals = [
      lib.transition(s, { type: "select", at: "2024-04-01", actor: { id: "x", role: "applicant" } }),
      lib.transition(s, { type: "submit", at: "2024-04-01", actor: { id: "x", role: "ministry" } }),
      lib.transition(s, { type: "submit", at: "2024-02-01", actor: { id: "x", role: "applicant" } }),
      lib.replay(m, { ...JSON.parse(JSON.stringify(s)), machine: "other" }),
      lib.safeParseKrw("400 600"),
      lib.safeParseKrw(42),
      lib.safeParsePartialDate("2024-13"),
      lib.checkMachine({ ...m, states: [...m.states, m.states[0] as (typeof m.states)[number]] }),
      lib.safeParseAuditLog({ colour: "blue" }),
    ];
    for (const r of refusals) expect(r.ok).toBe(false);
    expect(refusals.flatMap((r, i) => unfrozen(r, String(i)))).toEqual([]);
  });
});
