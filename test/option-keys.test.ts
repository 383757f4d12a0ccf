/**
 * A misspelt option must not pass silently: the functions that read an options object refuse a key
 * they do not know (INVALID_OPTIONS, details.option), and docs/errors.md names the ones that do not.
 */
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import { app, asOf, candidates, items, milestone, range, schedule } from "./options.fixtures.js";

/** [name, call with the options last, the keys it reads] */
const CHECKED: [string, (options: object) => unknown, readonly string[]][] = [
  [
    "formatKrw",
    (o) => api.formatKrw(api.krw(1), o),
    ["locale", "style", "maximumFractionDigits", "rounding"],
  ],
  ["formatRange", (o) => api.formatRange(range, o), ["locale", "maximumFractionDigits"]],
  ["parseKrw", (o) => api.parseKrw("4억 원", o), ["allowNegative"]],
  ["safeParseKrw", (o) => api.safeParseKrw("4억 원", o), ["allowNegative"]],
  ["checkEligibility", (o) => api.checkEligibility(app, o), ["asOf", "editions"]],
  ["checkEligibilityMany", (o) => api.checkEligibilityMany([app], o), ["asOf", "editions"]],
  [
    "eligibleSubPrograms",
    (o) => api.eligibleSubPrograms(app.consortium, 2024, o),
    ["asOf", "editions", "priorConsultation"],
  ],
  ["fundingEnvelope", (o) => api.fundingEnvelope(2021, o), ["prefer"]],
  [
    "findProjects",
    (o) => api.findProjects(o),
    ["country", "includePossible", "subProgram", "text", "track", "year"],
  ],
  [
    "upcomingDeadlines",
    (o) => api.upcomingDeadlines(asOf, o),
    ["kinds", "years", "withinDays", "limit", "includePlanned"],
  ],
  ["milestoneStatusAt", (o) => api.milestoneStatusAt(milestone, asOf, undefined, o), ["missedAfterDays"]],
  ["milestonesAt", (o) => api.milestonesAt(schedule, asOf, {}, o), ["missedAfterDays"]],
  ["overdueMilestones", (o) => api.overdueMilestones(schedule, asOf, {}, o), ["missedAfterDays"]],
  ["scheduleProgress", (o) => api.scheduleProgress(schedule, asOf, {}, o), ["missedAfterDays"]],
  ["toICalendar", (o) => api.toICalendar(items, o), ["lang", "name", "stamp"]],
  ["toMermaidGantt", (o) => api.toMermaidGantt(schedule, o), ["lang", "title"]],
  ["selectProjects", (o) => api.selectProjects(candidates, o), ["quotas", "budget", "countryCap", "cutoff"]],
];

function refusal(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return api.isKcnError(e) ? { code: e.code, option: e.details["option"], message: e.message } : e;
  }
  return undefined;
}

describe("options with a key the function does not read", () => {
  for (const [name, call, keys] of CHECKED) {
    it(`${name} refuses a misspelt key, names it and lists the keys it reads`, () => {
      // a key as a typo makes it: the first one, lower-cased, with a letter added
      const typo = `${(keys[0] as string).toLowerCase()}s`;
      const r = refusal(() => call({ [typo]: 1 })) as { code: string; option: string; message: string };
      expect([r.code, r.option]).toEqual(["INVALID_OPTIONS", typo]);
      for (const k of keys) expect(r.message).toContain(k);
      // no options, and every documented key alone (undefined: not given), are still read
      expect(refusal(() => call({}))).toBeUndefined();
      for (const k of keys)
        expect(
          refusal(() => call({ [k]: undefined })),
          `${name} { ${k} }`,
        ).toBeUndefined();
    });
  }
  it("a filter key misspelt in findProjects no longer matches every project", () => {
    expect(refusal(() => api.findProjects({ contry: "KE" } as never))).toMatchObject({
      code: "INVALID_OPTIONS",
      option: "contry",
    });
  });
});

describe("the functions whose option keys are not checked (docs/errors.md names them)", () => {
  // multiply and convert take a rounding; planSchedule and start take required arguments; toMermaid
  // is lenient
  const schedule2 = { id: "p", track: "solution-demonstration" } as const;
  const machine = api.machineFor(2024, "urban-planning");
  const UNCHECKED: [string, () => unknown][] = [
    ["multiply", () => api.multiply(api.krw(100), "1.05", { rounding: "half-even", round: 1 } as never)],
    [
      "convert",
      () =>
        api.convert(api.krw(100), { currency: "USD", rate: "0.00072", valueDate: "2024-01-02" }, {
          rounding: "half-even",
          round: 1,
        } as never),
    ],
    ["planSchedule", () => api.planSchedule(schedule2, { start: "2024-07-01", months: 3 } as never)],
    ["start", () => api.start(machine, { applicationId: "a", at: "2024-01", when: 1 } as never)],
    ["toMermaid", () => api.toMermaid(machine, { langs: "ko" } as never)],
  ];
  for (const [name, call] of UNCHECKED) {
    it(`${name} reads an unknown key as nothing`, () => {
      expect(refusal(call)).toBeUndefined();
    });
  }
});
