/**
 * Tests that pin documented programs behaviour which mutation testing showed no other test checked:
 * each `it` names the mutant (a realistic bug) it fails on. Expected values come from the fact sheet
 * and the seed (MOLIT's 2021 results release).
 */
import { describe, expect, it } from "vitest";
import { editionStats, findProjects, fundingEnvelope, projectsByCountry } from "../src/index.js";

describe("findProjects text search", () => {
  it("ignores accents in the text looked for", () => {
    // mutant: accents were kept, so "Nairóbi" did not find Nairobi
    expect(findProjects({ text: "Nairóbi" }).map((p) => p.id)).toEqual(["2021-ke-nairobi"]);
    expect(findProjects({ text: "BOGOTÁ" }).map((p) => p.id)).toEqual(["2020-co-bogota"]);
  });
});

describe("fundingEnvelope", () => {
  it("counts a line by its stated target even where the number selected is known", () => {
    // mutant: the number selected was preferred to the target. 2025 demonstrations: a target of 5-6
    // projects (fact sheet, S23, S36, S47); 6 were selected (S17)
    const demo = fundingEnvelope(2025).lines.find((l) => l.subProgramId === "overseas-demonstration");
    expect(demo?.countBasis).toBe("target");
    expect(demo?.count.known && demo.count.value).toEqual({ min: 5, max: 6 });
  });
});

describe("editionStats", () => {
  it("counts distinct countries of the listed projects", () => {
    // mutant: listedCountries counted projects. 2020: 12 projects in 11 countries (two in Turkey)
    const s = editionStats(2020);
    expect([s.listedProjects, s.listedCountries]).toEqual([12, 11]);
  });

  it("counts the listed projects of each sub-program", () => {
    // mutant: each sub-program got the edition's 11. The seed: 4 city planning, 4 solution planning,
    // 3 demonstrations
    expect(editionStats(2021).subPrograms.map((s) => [s.id, s.listedProjects])).toEqual([
      ["smart-city-planning", 4],
      ["smart-solution-planning", 4],
      ["smart-solution-demonstration", 3],
    ]);
  });
});

describe("projectsByCountry", () => {
  it("freezes each country's list of projects (CHANGELOG: returned results are frozen all the way down)", () => {
    // mutant: the projects array of each row was left unfrozen
    const rows = projectsByCountry();
    // Türkiye (fact sheet): Gaziantep and Ankara in 2020, Gaziantep again in 2021, Sakarya in 2023
    const tr = rows.find((r) => r.country === "TR");
    expect(tr?.projects.map((p) => p.id)).toEqual([
      "2020-tr-gaziantep",
      "2020-tr-ankara",
      "2021-tr-gaziantep",
      "2023-tr-sakarya",
    ]);
    expect(tr?.years).toEqual([2020, 2021, 2023]);
    for (const r of rows) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r.projects)).toBe(true);
      expect(Object.isFrozen(r.years)).toBe(true);
    }
  });
});
