import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import type { TrackId } from "../programs/types.js";
import { getMachine, machineFor } from "./machineFor.js";

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return isKcnError(e) ? e.code : `not a KcnError: ${String(e)}`;
  }
  return undefined;
}

describe("machineFor", () => {
  it("finds the machine of an edition and track", () => {
    const m = machineFor(2021, "solution-demonstration");
    expect(m.id).toBe("2021-solution-demonstration");
    expect(m.subProgramId).toBe("smart-solution-demonstration");
    expect(machineFor(2022, "solution-planning").subProgramId).toBe("smart-city-planning");
    expect(machineFor(2024, "urban-planning").subProgramId).toBe("planning");
    expect(machineFor(2020, "urban-planning").subProgramId).toBe("smart-city-development");
    expect(machineFor(2020, "solution-planning").subProgramId).toBe("smart-single-solution");
  });
  it("throws UNKNOWN_MACHINE for a track the edition did not have, with the available ids", () => {
    expect(codeOf(() => machineFor(2020, "solution-demonstration"))).toBe("UNKNOWN_MACHINE");
    try {
      machineFor(2019, "urban-planning");
    } catch (e) {
      expect(isKcnError(e) && (e.details["available"] as string[]).length).toBe(20);
    }
  });
  it("never crashes with a TypeError on bad input", () => {
    for (const [y, t] of [
      [Number.NaN, "urban-planning"],
      [null, null],
      [2021, "urban"],
      ["2021", "urban-planning"],
      [undefined, {}],
    ] as const) {
      expect(codeOf(() => machineFor(y as unknown as number, t as unknown as TrackId))).toBe(
        "UNKNOWN_MACHINE",
      );
    }
  });
});

describe("getMachine", () => {
  it("finds a machine by id and refuses unknown ids", () => {
    expect(getMachine("2023-solution-demonstration").year).toBe(2023);
    expect(codeOf(() => getMachine("2027-urban-planning"))).toBe("UNKNOWN_MACHINE");
    expect(codeOf(() => getMachine(42 as unknown as string))).toBe("UNKNOWN_MACHINE");
  });
});
