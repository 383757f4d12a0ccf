import { describe, expect, it } from "vitest";
import { allProjects } from "./getProject.js";
import { projectsByCountry } from "./projectsByCountry.js";

describe("projectsByCountry", () => {
  const rows = projectsByCountry();
  it("partitions every listed project by country", () => {
    expect(rows.reduce((n, r) => n + r.projects.length, 0)).toBe(allProjects().length);
    for (const r of rows) for (const p of r.projects) expect(p.country).toBe(r.country);
    expect(new Set(rows.map((r) => r.country)).size).toBe(rows.length);
  });
  it("names countries in both languages and lists their years", () => {
    const ke = rows.find((r) => r.country === "KE");
    expect(ke?.name).toEqual({ en: "Kenya", ko: "케냐" });
    const tr = rows.find((r) => r.country === "TR");
    expect(tr?.years).toEqual([2020, 2021, 2023]);
    expect(rows.length).toBe(28);
  });
  it("sorts by number of projects, then by code", () => {
    for (let i = 1; i < rows.length; i++) {
      const a = rows[i - 1];
      const b = rows[i];
      if (!a || !b) continue;
      expect(
        a.projects.length > b.projects.length ||
          (a.projects.length === b.projects.length && a.country < b.country),
      ).toBe(true);
    }
  });
});
