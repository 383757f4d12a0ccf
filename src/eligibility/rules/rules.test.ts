import { describe, expect, it } from "vitest";
import { EDITIONS } from "../../programs/index.js";
import { ORGANISATION_TYPE_IDS } from "../organisationTypes.js";
import { ELIGIBILITY_RULES, getEligibilityRules } from "./index.js";

describe("eligibility rules as data", () => {
  it("has rules for every sub-program of every edition, and none for sub-programs that do not exist", () => {
    const fromEditions = EDITIONS.flatMap((e) => e.subPrograms.map((s) => `${e.year}/${s.id}`)).sort();
    const fromRules = ELIGIBILITY_RULES.flatMap((e) =>
      e.subPrograms.map((s) => `${s.year}/${s.subProgramId}`),
    ).sort();
    expect(fromRules).toEqual(fromEditions);
  });

  it("gives every known rule its sources, and every unknown one a note", () => {
    for (const edition of ELIGIBILITY_RULES) {
      expect(edition.change.en.length).toBeGreaterThan(0);
      expect(edition.change.ko).toMatch(/[가-힣]/);
      for (const sub of edition.subPrograms) {
        expect(sub.year).toBe(edition.year);
        for (const fact of [
          sub.leadTypes,
          sub.priorConsultation,
          sub.jointApplication,
          sub.overseasPublicPartner,
          sub.fundsRecipients,
        ]) {
          if (fact.known && fact.reliability !== "inferred") expect(fact.sources.length).toBeGreaterThan(0);
          if (fact.known && fact.reliability === "inferred") expect(fact.note?.length).toBeGreaterThan(0);
          if (!fact.known) expect(fact.note.length).toBeGreaterThan(0);
        }
        if (sub.leadTypes.known)
          for (const t of sub.leadTypes.value) expect(ORGANISATION_TYPE_IDS).toContain(t);
      }
    }
  });

  it("records the rule changes year by year", () => {
    const lead = (year: number, id: string) => {
      const f = getEligibilityRules(year, id)?.leadTypes;
      return f?.known ? [...f.value].sort() : "unknown";
    };
    expect(lead(2020, "smart-city-development")).toEqual([
      "foreign-central-government",
      "foreign-local-government",
      "foreign-public-agency",
    ]);
    expect(lead(2021, "smart-solution-demonstration")).toEqual(["korean-company"]);
    expect(lead(2022, "smart-city-planning")).toContain("international-organisation");
    expect(lead(2023, "planning")).toEqual(["foreign-central-government", "foreign-local-government"]);
    expect(lead(2023, "overseas-demonstration")).toBe("unknown");
    expect(getEligibilityRules(2024, "overseas-demonstration")?.overseasPublicPartner).toMatchObject({
      known: true,
      reliability: "official",
      sources: ["S9", "S39"],
    });
    expect(getEligibilityRules(2025, "overseas-demonstration")?.overseasPublicPartner.known).toBe(true);
    expect(getEligibilityRules(2025, "overseas-demonstration")?.overseasPublicPartner).toMatchObject({
      reliability: "inferred",
    });
    expect(getEligibilityRules(2021, "smart-solution-demonstration")?.priorConsultation).toMatchObject({
      known: true,
      value: true,
    });
  });

  it("is frozen", () => {
    expect(Object.isFrozen(ELIGIBILITY_RULES)).toBe(true);
    expect(Object.isFrozen(getEligibilityRules(2024, "planning"))).toBe(true);
  });
});
