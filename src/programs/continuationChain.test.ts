import { describe, expect, it } from "vitest";
import { continuationChain } from "./continuationChain.js";
import { allProjects, getProject } from "./getProject.js";

describe("continuationChain and getProject", () => {
  it("walks back to the first project and forward to the later ones", () => {
    const ids = ["2020-id-east-kalimantan", "2021-id-new-capital-housing"];
    expect(continuationChain(ids[0] as string).map((p) => p.id)).toEqual(ids);
    expect(continuationChain(ids[1] as string).map((p) => p.id)).toEqual(ids);
  });

  it("gives a chain of one for a project without links", () => {
    expect(continuationChain("2021-ke-nairobi").map((p) => p.id)).toEqual(["2021-ke-nairobi"]);
  });

  it("is in year order and contains its project, for every project", () => {
    for (const p of allProjects()) {
      const chain = continuationChain(p.id);
      expect(chain).toContain(p);
      for (let i = 1; i < chain.length; i++) {
        expect((chain[i - 1] as { year: number }).year).toBeLessThanOrEqual(
          (chain[i] as { year: number }).year,
        );
      }
      expect(Object.isFrozen(chain)).toBe(true);
    }
  });

  it("refuses unknown ids", () => {
    expect(getProject("2021-es-santander").year).toBe(2021);
    for (const bad of ["2021-xx-nowhere", "", 5 as never]) {
      expect(() => continuationChain(bad)).toThrowError(expect.objectContaining({ code: "UNKNOWN_PROJECT" }));
      expect(() => getProject(bad)).toThrowError(expect.objectContaining({ code: "UNKNOWN_PROJECT" }));
    }
  });
});
