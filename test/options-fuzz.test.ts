/**
 * Every function that takes an options object, called with valid leading arguments and options that
 * are not objects, or objects whose fields are junk and hostile values. Each call must return or
 * throw a KcnError: bad options never surface as a TypeError.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { junk } from "./hostile.js";
import { app, asOf, candidates, items, milestone, range, schedule } from "./options.fixtures.js";

const machine = api.machineFor(2024, "urban-planning");

/** [name, call with the options last] */
const CALLS: [string, (options: unknown) => unknown][] = [
  ["formatKrw", (o) => api.formatKrw(api.krw(400_000_000), o as never)],
  ["formatRange", (o) => api.formatRange(range, o as never)],
  ["parseKrw", (o) => api.parseKrw("4억 원", o as never)],
  ["safeParseKrw", (o) => api.safeParseKrw("4억 원", o as never)],
  ["multiply", (o) => api.multiply(api.krw(100), "1.05", o as never)],
  [
    "convert",
    (o) =>
      api.convert(api.krw(100), { currency: "USD", rate: "0.00072", valueDate: "2024-01-02" }, o as never),
  ],
  ["checkEligibility", (o) => api.checkEligibility(app, o as never)],
  ["checkEligibilityMany", (o) => api.checkEligibilityMany([app], o as never)],
  ["eligibleSubPrograms", (o) => api.eligibleSubPrograms(app.consortium, 2024, o as never)],
  ["fundingEnvelope", (o) => api.fundingEnvelope(2021, o as never)],
  ["findProjects", (o) => api.findProjects(o as never)],
  ["upcomingDeadlines", (o) => api.upcomingDeadlines(asOf, o as never)],
  ["planSchedule", (o) => api.planSchedule({ id: "p", track: "solution-demonstration" }, o as never)],
  ["milestoneStatusAt", (o) => api.milestoneStatusAt(milestone, asOf, undefined, o as never)],
  ["milestonesAt", (o) => api.milestonesAt(schedule, asOf, {}, o as never)],
  ["overdueMilestones", (o) => api.overdueMilestones(schedule, asOf, {}, o as never)],
  ["scheduleProgress", (o) => api.scheduleProgress(schedule, asOf, {}, o as never)],
  ["toICalendar", (o) => api.toICalendar(items, o as never)],
  ["toMermaidGantt", (o) => api.toMermaidGantt(schedule, o as never)],
  ["toMermaid", (o) => api.toMermaid(machine, o as never)],
  ["start", (o) => api.start(machine, o as never)],
  ["selectProjects", (o) => api.selectProjects(candidates, o as never)],
];

const options = fc.oneof(
  junk,
  fc.dictionary(
    fc.constantFrom(
      "locale",
      "style",
      "maximumFractionDigits",
      "rounding",
      "allowNegative",
      "asOf",
      "editions",
      "priorConsultation",
      "lang",
      "audience",
      "stamp",
      "name",
      "title",
      "missedAfterDays",
      "limit",
      "withinDays",
      "durationMonths",
      "tranches",
      "budget",
      "quotas",
      "countryCap",
      "cutoff",
      "applicationId",
      "at",
      "year",
      "track",
      "country",
      "text",
      "subProgram",
    ),
    junk,
  ),
);

describe("options that are not what they should be", () => {
  for (const [name, call] of CALLS) {
    it(`${name} answers or throws a KcnError`, () => {
      fc.assert(
        fc.property(options, (o) => {
          try {
            call(o);
          } catch (e) {
            if (!api.isKcnError(e))
              throw new Error(`${name}(…, ${api.describeReceived(o)}) threw ${String(e)}`);
          }
        }),
        { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200) },
      );
    });
  }
});

function codeOf(call: () => unknown): string {
  try {
    call();
  } catch (e) {
    return api.isKcnError(e) ? e.code : String(e);
  }
  return "none";
}

describe("options that are not an object", () => {
  for (const [name, call] of CALLS) {
    it(`${name} refuses null, an array, a string and a number`, () => {
      for (const o of [null, [], "x", 5])
        expect(
          codeOf(() => call(o)),
          `${name}(…, ${JSON.stringify(o)})`,
        ).toBe("INVALID_OPTIONS");
    });
  }
  it("where the options are required arguments, leaving them out names what is missing", () => {
    // docs/errors.md: the rounding mode is never defaulted; a record needs its id and time
    const REQUIRED: Record<string, string> = {
      multiply: "INVALID_ROUNDING",
      convert: "INVALID_ROUNDING",
      start: "INVALID_INPUT",
      planSchedule: "INVALID_OPTIONS",
    };
    for (const [name, call] of CALLS)
      expect(
        codeOf(() => call(undefined)),
        name,
      ).toBe(REQUIRED[name] ?? "none");
  });
});

describe("editions given as an option", () => {
  const real = api.getEdition(2024);
  const broken = [
    [{ ...real, subPrograms: real.subPrograms.map((s) => ({ ...s, funding: null })) }],
    [{ ...real, subPrograms: real.subPrograms.map((s) => ({ ...s, intake: 5 })) }],
    [{ ...real, subPrograms: real.subPrograms.map((s) => ({ ...s, name: undefined })) }],
    [{ ...real, subPrograms: [null] }],
    [{ year: "2024", subPrograms: [] }],
    [5],
  ];
  it("are refused with INVALID_OPTIONS when their parts are not shaped as the programs module makes them", () => {
    for (const editions of broken) {
      expect(() => api.checkEligibility(app, { editions: editions as never })).toThrowError(
        expect.objectContaining({ code: "INVALID_OPTIONS" }),
      );
      // Discovery reads less of an edition (no funding, no intake without asOf): it answers or refuses.
      try {
        api.eligibleSubPrograms(app.consortium, 2024, { editions: editions as never });
      } catch (e) {
        if (!api.isKcnError(e) || e.code !== "INVALID_OPTIONS") throw e;
      }
    }
  });
  it("work when they are the library's own (or copies of them)", () => {
    const copy = [{ ...real }];
    expect(api.checkEligibility(app, { editions: copy }).valid).toBe(true);
    expect(api.checkEligibility(app, { editions: copy })).toEqual(api.checkEligibility(app));
  });
});
