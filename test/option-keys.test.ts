/**
 * A misspelt option must not pass silently: the functions that read an options object refuse a key
 * they do not know (INVALID_OPTIONS, details.option); every function with options is listed here.
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
  [
    "planSchedule",
    (o) => api.planSchedule({ id: "p", track: "solution-demonstration" }, { start: "2024-07-01", ...o }),
    ["durationMonths", "budget", "tranches", "businessDays"],
  ],
  ["toMermaid", (o) => api.toMermaid(api.machineFor(2021, "urban-planning"), o), ["lang", "audience"]],
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
      for (const k of keys) {
        expect(
          refusal(() => call({ [k]: undefined })),
          `${name} { ${k} }`,
        ).toBeUndefined();
        // and undefined is "not given", as the types say (test/options.test-d.ts)
        expect(call({ [k]: undefined }), `${name} { ${k}: undefined }`).toEqual(call({}));
      }
    });
  }
  it("a key made of two option names is neither of them", () => {
    const machine = api.machineFor(2021, "urban-planning");
    expect(refusal(() => api.toMermaid(machine, { "lang audience": 1 } as never))).toMatchObject({
      code: "INVALID_OPTIONS",
      option: "lang audience",
    });
    expect(refusal(() => api.formatKrw(api.krw(1), { "locale style": "ko" } as never))).toMatchObject({
      code: "INVALID_OPTIONS",
    });
  });
  it("a filter key misspelt in findProjects no longer matches every project", () => {
    expect(refusal(() => api.findProjects({ contry: "KE" } as never))).toMatchObject({
      code: "INVALID_OPTIONS",
      option: "contry",
    });
  });
});

describe("options that are required arguments", () => {
  // multiply and convert need a rounding mode, planSchedule a start day, start an id and a time: the
  // same refusal of a key they do not read, beside the keys they need
  const machine = api.machineFor(2024, "urban-planning");
  const fx = { currency: "USD", rate: "0.00072", valueDate: "2024-01-02" } as const;
  const REQUIRED: [string, (options: object) => unknown, object, readonly string[]][] = [
    [
      "multiply",
      (o) => api.multiply(api.krw(100), "1.05", o as never),
      { rounding: "half-even" },
      ["rounding"],
    ],
    ["convert", (o) => api.convert(api.krw(100), fx, o as never), { rounding: "half-even" }, ["rounding"]],
    [
      "planSchedule",
      (o) => api.planSchedule({ id: "p", track: "solution-demonstration" }, o as never),
      { start: "2024-07-01" },
      ["start", "durationMonths", "budget", "tranches", "businessDays"],
    ],
    [
      "start",
      (o) => api.start(machine, o as never),
      { applicationId: "a", at: "2024-01" },
      ["applicationId", "at"],
    ],
    ["toMermaid", (o) => api.toMermaid(machine, o), {}, ["lang", "audience"]],
  ];
  for (const [name, call, base, keys] of REQUIRED) {
    it(`${name} refuses a misspelt key beside the ones it needs, names it and lists the keys it reads`, () => {
      const typo = `${(keys[keys.length - 1] as string).toLowerCase()}s`;
      const r = refusal(() => call({ ...base, [typo]: 1 })) as {
        code: string;
        option: string;
        message: string;
      };
      expect([r.code, r.option]).toEqual(["INVALID_OPTIONS", typo]);
      for (const k of keys) expect(r.message).toContain(k);
      expect(refusal(() => call(base))).toBeUndefined();
    });
  }
  it("a misspelt duration no longer plans the default twelve months", () => {
    const plan = { id: "p", track: "urban-planning" } as const;
    expect(api.planSchedule(plan, { start: "2024-07-01" }).end).toBe("2025-07-01");
    expect(
      refusal(() => api.planSchedule(plan, { start: "2024-07-01", durationMonth: 6 } as never)),
    ).toMatchObject({
      code: "INVALID_OPTIONS",
      option: "durationMonth",
    });
  });
});

describe("a language other than English or Korean", () => {
  // "kr" (the country code, not the language) answered in English without a word
  const machine = api.machineFor(2021, "urban-planning");
  const LANG: [string, (lang: unknown) => unknown, string][] = [
    ["formatKrw", (l) => api.formatKrw(api.krw(1), { locale: l as never }), "locale"],
    ["formatRange", (l) => api.formatRange(range, { locale: l as never }), "locale"],
    ["localize", (l) => api.localize({ en: "Selected", ko: "선정" }, l as never), "lang"],
    ["countryName", (l) => api.countryName("KE", l as never), "lang"],
    ["formatPartialDate", (l) => api.formatPartialDate("2021-06", l as never), "lang"],
    ["toICalendar", (l) => api.toICalendar(items, { lang: l as never }), "lang"],
    ["toMermaidGantt", (l) => api.toMermaidGantt(schedule, { lang: l as never }), "lang"],
    ["toMermaid", (l) => api.toMermaid(machine, { lang: l as never }), "lang"],
  ];
  for (const [name, call, option] of LANG) {
    it(`${name} refuses "kr", "KO", "en-US" and 1, and reads "en", "ko" and no language`, () => {
      for (const bad of ["kr", "KO", "en-US", "", 1, null]) {
        const r = refusal(() => call(bad)) as { code: string; option: string; message: string };
        expect([r.code, r.option], `${name} ${JSON.stringify(bad)}`).toEqual(["INVALID_OPTIONS", option]);
        expect(r.message).toContain(`Expected ${option} "en" or "ko", received `);
      }
      expect(call(undefined)).toEqual(call("en"));
      expect(call("ko")).not.toEqual(call("en"));
    });
  }
  it('toMermaid refuses an audience other than "staff" and "applicant"', () => {
    const r = refusal(() => api.toMermaid(machine, { audience: "applicants" as never }));
    expect(r).toMatchObject({ code: "INVALID_OPTIONS", option: "audience" });
    expect(api.toMermaid(machine, { audience: "applicant" })).not.toEqual(api.toMermaid(machine));
    expect(api.toMermaid(machine, { audience: "staff" })).toEqual(api.toMermaid(machine));
  });
});

describe("a switch that is not true or false", () => {
  // "yes" or 1 was read as false without a word
  const consortium = [
    { name: "Nairobi City County", type: "foreign-local-government", country: "KE", role: "lead" },
  ] as const;
  const SWITCHES: [string, (v: unknown) => unknown, string][] = [
    ["safeParseKrw", (v) => api.safeParseKrw("-400", { allowNegative: v as never }), "allowNegative"],
    ["parseKrw", (v) => api.parseKrw("400", { allowNegative: v as never }), "allowNegative"],
    [
      "eligibleSubPrograms",
      (v) => api.eligibleSubPrograms(consortium, 2024, { priorConsultation: v as never }),
      "priorConsultation",
    ],
    [
      "findProjects",
      (v) => api.findProjects({ track: "urban-planning", includePossible: v as never }),
      "includePossible",
    ],
    [
      "planSchedule",
      (v) =>
        api.planSchedule(
          { id: "p", track: "urban-planning" },
          { start: "2021-08-02", businessDays: v as never },
        ),
      "businessDays",
    ],
    [
      "upcomingDeadlines",
      (v) => api.upcomingDeadlines(asOf, { includePlanned: v as never }),
      "includePlanned",
    ],
  ];
  for (const [name, call, option] of SWITCHES) {
    it(`${name} refuses ${option} "yes", 1 and null, and reads true, false and undefined`, () => {
      for (const bad of ["yes", "false", 1, 0, null]) {
        const r = refusal(() => call(bad)) as { code: string; option: string; message: string };
        expect([r.code, r.option], `${name} ${JSON.stringify(bad)}`).toEqual(["INVALID_OPTIONS", option]);
        expect(r.message).toContain(`Expected ${option} to be true or false, received `);
      }
      for (const good of [true, false, undefined]) expect(() => call(good)).not.toThrow();
    });
  }
});
