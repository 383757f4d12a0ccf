import { describe, expect, it } from "vitest";
import { inferred, known, unknown, valueOr } from "./fact.js";

describe("facts", () => {
  it("known facts keep value, sources and reliability, frozen", () => {
    const f = known(111, ["S16", "S32"], "official", "seed agrees");
    expect(f).toEqual({
      known: true,
      value: 111,
      sources: ["S16", "S32"],
      reliability: "official",
      note: "seed agrees",
    });
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.sources)).toBe(true);
  });
  it("refuses a source that is not a tag (S and a number) with INVALID_INPUT, in every maker", () => {
    const bad = ["X1"] as unknown as ["S1"];
    for (const make of [
      () => known(1, bad),
      () => inferred(1, "a note", bad),
      () => unknown("a note", bad),
    ]) {
      expect(make).toThrow(
        expect.objectContaining({ code: "INVALID_INPUT", message: expect.stringMatching(/source tags/) }),
      );
    }
    expect(() => known(1, ["S16", "S"] as unknown as ["S1"])).toThrow(
      expect.objectContaining({ code: "INVALID_INPUT" }),
    );
  });
  it("does not keep a reference to the caller's source array", () => {
    const tags: ("S1" | "S2")[] = ["S1"];
    const f = known(1, tags);
    tags.push("S2");
    expect(f.sources).toEqual(["S1"]);
  });
  it("inferred facts are marked inferred and explain themselves", () => {
    const f = inferred(14, "111 - 57 - 40", ["S16"]);
    expect(f.reliability).toBe("inferred");
    expect(f.note).toBe("111 - 57 - 40");
  });
  it("unknown facts have no value", () => {
    const f = unknown("not found", ["S1"]);
    expect(f.known).toBe(false);
    expect("value" in f).toBe(false);
    expect(valueOr(f, "?")).toBe("?");
    expect(valueOr(known(3, []), 0)).toBe(3);
  });
});
