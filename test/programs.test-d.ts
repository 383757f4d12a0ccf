import { describe, expectTypeOf, it } from "vitest";
import {
  COUNTRY_CODES,
  type CumulativeLine,
  countryName,
  cumulativeTotals,
  type Edition,
  type EditionStats,
  type EditionYear,
  editionStats,
  editionYears,
  type Fact,
  type FundingEnvelope,
  type FundingRange,
  findProjects,
  fundingEnvelope,
  getEdition,
  getSubProgram,
  hasEdition,
  type Intake,
  type IsoCountryCode,
  isCountryCode,
  type Krw,
  listEditions,
  type ProjectFilter,
  type Ratio,
  type SelectedProject,
  type SubProgram,
  type TrackId,
} from "../src/index.js";

describe("programs types", () => {
  it("narrows with hasEdition and isCountryCode, and keeps the type of a value that fails", () => {
    const year = Number("2019");
    if (hasEdition(year)) expectTypeOf(year).toEqualTypeOf<EditionYear>();
    else expectTypeOf(year).toEqualTypeOf<number>();
    const maybe = undefined as number | undefined;
    if (!hasEdition(maybe)) expectTypeOf(maybe).toEqualTypeOf<number | undefined>();
    const code = "ke" as string;
    if (isCountryCode(code)) expectTypeOf(code).toEqualTypeOf<IsoCountryCode>();
    else expectTypeOf(code).toEqualTypeOf<string>();
    const optional = undefined as string | undefined;
    if (!isCountryCode(optional)) expectTypeOf(optional).toEqualTypeOf<string | undefined>();
    const input: unknown = "KE";
    if (isCountryCode(input)) expectTypeOf(input).toExtend<string>();
    expectTypeOf<"KE">().toExtend<IsoCountryCode>();
    expectTypeOf<"UK">().not.toExtend<IsoCountryCode>();
    expectTypeOf<2021>().toExtend<EditionYear>();
    expectTypeOf<2019>().not.toExtend<EditionYear>();
    // the lists keep their wide element types: a text or a number read from input can be looked up
    expectTypeOf(COUNTRY_CODES.includes("ke" as string)).toEqualTypeOf<boolean>();
    expectTypeOf(editionYears().includes(Number("2019"))).toEqualTypeOf<boolean>();
  });
  it("returns readonly, typed data", () => {
    expectTypeOf(getEdition(2021)).toEqualTypeOf<Edition>();
    expectTypeOf(listEditions()).toEqualTypeOf<readonly Edition[]>();
    expectTypeOf(getSubProgram(2021, "smart-city-planning")).toEqualTypeOf<SubProgram>();
    expectTypeOf(getEdition(2021).budget).toEqualTypeOf<Fact<Krw>>();
    expectTypeOf(getEdition(2021).subPrograms[0]!.funding.call).toEqualTypeOf<Fact<FundingRange>>();
    expectTypeOf<Edition>().not.toBeAny();
    expectTypeOf<SubProgram>().not.toBeAny();
    expectTypeOf<FundingRange>().not.toBeAny();
    expectTypeOf<SelectedProject>().not.toBeAny();
    const e = getEdition(2021);
    const neverCalled = () => {
      // @ts-expect-error editions are readonly
      e.year = 2030;
      // @ts-expect-error project lists are readonly
      e.projects.push({} as SelectedProject);
    };
    expectTypeOf(neverCalled).toBeFunction();
  });

  it("narrows intake on kind", () => {
    const i = {} as Intake;
    if (i.kind === "rolling") {
      expectTypeOf(i.rollsOverTo).toEqualTypeOf<number>();
      expectTypeOf(i.preConsulting).toEqualTypeOf<boolean>();
    } else {
      expectTypeOf(i.closes).toEqualTypeOf<Fact<string>>();
      // @ts-expect-error a call has no cutoff
      i.cutoff;
    }
  });

  it("takes a typed filter", () => {
    expectTypeOf(findProjects).parameter(0).toEqualTypeOf<ProjectFilter | undefined>();
    expectTypeOf(findProjects({ track: "urban-planning" })).toEqualTypeOf<readonly SelectedProject[]>();
    const neverCalled = () => {
      // @ts-expect-error "planning" is a sub-program id, not a track
      findProjects({ track: "planning" });
      // @ts-expect-error year is a number
      findProjects({ year: "2021" });
    };
    expectTypeOf(neverCalled).toBeFunction();
    expectTypeOf<ProjectFilter>().not.toBeAny();
    expectTypeOf<ProjectFilter["track"]>().toEqualTypeOf<TrackId | undefined>();
    // written out: a type compared with its own alias would pass were the alias `any`
    expectTypeOf<TrackId>().toEqualTypeOf<
      "urban-planning" | "solution-planning" | "solution-demonstration"
    >();
  });

  it("types the calculators", () => {
    expectTypeOf(editionStats(2021)).toEqualTypeOf<EditionStats>();
    expectTypeOf<EditionStats>().not.toBeAny();
    expectTypeOf(editionStats(2021).selectionRate).toEqualTypeOf<Fact<Ratio>>();
    expectTypeOf<Ratio>().not.toBeAny();
    expectTypeOf(cumulativeTotals(2023).lines).toEqualTypeOf<readonly CumulativeLine[]>();
    expectTypeOf<CumulativeLine>().not.toBeAny();
    expectTypeOf(cumulativeTotals(2023).lines[0]!.verdict).toEqualTypeOf<"matches" | "does-not-match">();
    expectTypeOf(fundingEnvelope(2021)).toEqualTypeOf<FundingEnvelope>();
    expectTypeOf<FundingEnvelope>().not.toBeAny();
    expectTypeOf(fundingEnvelope(2021).fit).toEqualTypeOf<
      "within" | "below-lowest" | "above-highest" | "unknown"
    >();
    const neverCalled = () => {
      // @ts-expect-error prefer is "awarded" or "call"
      fundingEnvelope(2021, { prefer: "results" });
      // @ts-expect-error only en and ko
      countryName("KE", "ja");
    };
    expectTypeOf(neverCalled).toBeFunction();
    expectTypeOf(countryName("KE", "ko")).toEqualTypeOf<string>();
  });
});
