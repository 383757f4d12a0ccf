import { describe, expect, it } from "vitest";
import { getSource, SOURCES } from "./sources.js";

describe("sources", () => {
  it("are S1..S63 in order, frozen", () => {
    expect(SOURCES.length).toBe(63);
    expect(Object.isFrozen(SOURCES)).toBe(true);
    expect(Object.isFrozen(SOURCES[0])).toBe(true);
  });
  it("grade the machine translations and MOLIT's releases", () => {
    expect(["S4", "S33", "S56", "S62"].map((t) => getSource(t)?.reliability)).toEqual(
      Array(4).fill("machine-translated"),
    );
    expect(["S5", "S6", "S16"].map((t) => getSource(t)?.publisher)).toEqual(["MOLIT", "MOLIT", "MOLIT"]);
    expect(getSource("S16")?.note).toMatch(/seed/);
    expect(getSource("S41")?.note).toMatch(/Low reliability/);
  });
  it("give each URL as an ASCII URI, non-ASCII characters percent-encoded", () => {
    for (const s of SOURCES) {
      expect(s.url).toMatch(/^https?:\/\/[\x21-\x7e]+$/);
      expect(new URL(s.url).href).toBe(s.url);
    }
    expect(decodeURI(getSource("S38")?.url ?? "")).toBe(
      "https://ecubelabs.com/ko/전세계-11개국-진출-한국형-스마트시티-어떤-사업",
    );
    expect(getSource("S4")?.url).toMatch(
      /^https:\/\/smartcity\.go\.kr\/en\/2021\/02\/17\/%EA%B5%AD%ED%86%A0%EB%B6%80-/,
    );
  });
  it("are looked up by tag", () => {
    expect(getSource("S24")?.date).toMatchObject({ known: true, value: "2026-01-27" });
    expect(getSource("S9")?.date.known).toBe(false);
    expect(getSource("S0")).toBeUndefined();
    expect(getSource("s16")).toBeUndefined();
  });
});
