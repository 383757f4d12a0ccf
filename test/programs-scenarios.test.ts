import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkEligibility,
  continuationChain,
  cumulativeTotals,
  editionStats,
  findProjects,
  fundingEnvelope,
  getEdition,
  getSubProgram,
  valueOr,
} from "../src/index.js";
import { demo2024 } from "./eligibility.fixtures.js";

// The seed (MOLIT's English 2021 results release), copied into the repository: see test/fixtures/README.md.
const SEED = join(dirname(fileURLToPath(import.meta.url)), "fixtures/k-city-network-2021-results.txt");

/** The 2021 results release (the seed), as numbers and projects. */
const SEED_2021 = {
  applications: 111,
  applicantCountries: 39,
  selected: 11,
  selectedCountries: 11,
  subPrograms: {
    "smart-city-planning": { applications: 57, countries: 24, selected: 4, funding: [400, 600] },
    "smart-solution-planning": { applications: 40, countries: 16, selected: 4, funding: [200, 300] },
    "smart-solution-demonstration": { applications: 14, countries: 12, selected: 3, funding: [400, 600] },
  },
  projects: [
    [
      "PH",
      "smart-city-planning",
      "Master Plan Establishment for the Clark Smart City Complex: Urban Development Project",
    ],
    [
      "ID",
      "smart-city-planning",
      "Feasibility Study and Pilot Project for Housing Development in the New Capital City",
    ],
    [
      "UZ",
      "smart-city-planning",
      "Creation of an International Innovative Construction Complex and a Modern Satellite City in Yangikhayot and Bektemir Districts of Tashkent City",
    ],
    ["KE", "smart-city-planning", "Nairobi Railway City Pilot Area Planning for Smart City Development Plan"],
    ["VN", "smart-solution-planning", "Transportation Management System Development for Hai Phong City"],
    [
      "BO",
      "smart-solution-planning",
      "Smart Waste Collection and Waste to Energy Solution Development for Santa Cruz de la Sierra",
    ],
    ["AZ", "smart-solution-planning", "Smart City Platform and LoRa Network Development Project in Baku"],
    ["BG", "smart-solution-planning", "Integrated Surveillance Control Center Development in Kazanlak"],
    [
      "TR",
      "smart-solution-demonstration",
      "Piloting of an Integrated Urban Management Platform in Gaziantep",
    ],
    ["US", "smart-solution-demonstration", "Piloting of a Waste Management Solution in Baltimore"],
    ["ES", "smart-solution-demonstration", "Piloting of a Smart Parking Solution in Santander"],
  ],
} as const;

describe("2021 replays the seed (MOLIT's results release)", () => {
  const e = getEdition(2021);

  it("has the edition's numbers", () => {
    expect(valueOr(e.counts.applications, 0)).toBe(SEED_2021.applications);
    expect(valueOr(e.counts.applicantCountries, 0)).toBe(SEED_2021.applicantCountries);
    expect(valueOr(e.counts.selected, 0)).toBe(SEED_2021.selected);
    expect(valueOr(e.counts.selectedCountries, 0)).toBe(SEED_2021.selectedCountries);
    expect(e.counts.applications.known && e.counts.applications.reliability).toBe("official");
    expect(e.counts.applications.sources).toContain("S16");
    expect(e.projectsComplete).toBe(true);
  });

  it("has each sub-program's numbers and awarded funding", () => {
    for (const [id, want] of Object.entries(SEED_2021.subPrograms)) {
      const s = getSubProgram(2021, id);
      expect(valueOr(s.counts.applications, 0), id).toBe(want.applications);
      expect(valueOr(s.counts.applicantCountries, 0), id).toBe(want.countries);
      expect(valueOr(s.counts.selected, 0), id).toBe(want.selected);
      const r = s.funding.awarded;
      expect(r.known && [r.value.min.amount, r.value.max.amount], id).toEqual([
        BigInt(want.funding[0]) * 1_000_000n,
        BigInt(want.funding[1]) * 1_000_000n,
      ]);
      expect(r.sources, id).toContain("S16");
    }
  });

  it("has the eleven projects with their titles, countries and sub-programs, in the seed's order", () => {
    expect(e.projects.map((p) => [p.country, p.subProgramId, p.title.known ? p.title.value.en : ""])).toEqual(
      SEED_2021.projects.map((p) => [...p]),
    );
  });

  it("names the proposers and companies the seed names", () => {
    const by = (cc: string) => e.projects.find((p) => p.country === cc);
    const company = (cc: string) => {
      const f = by(cc)?.koreanCompany;
      return f?.known ? f.value.en : undefined;
    };
    const proposer = (cc: string) => {
      const f = by(cc)?.proposer;
      return f?.known ? f.value.en : undefined;
    };
    expect(proposer("PH")).toBe("Clark Development Corporation");
    expect(proposer("KE")).toBe("Ministry of Transport, Infrastructure, Housing and Urban Development");
    expect(proposer("BO")).toBe("City of Santa Cruz de la Sierra");
    // the seed names Dtonic's partner, the University of Cantabria, but not the proposer
    expect(proposer("ES")).toBeUndefined();
    expect(company("ES")).toBe("Dtonic Corporation");
    expect(company("US")).toBe("Ecube Labs");
    expect(company("TR")).toMatch(/^Samsung SDS/);
    const site = (cc: string) => {
      const f = by(cc)?.site;
      return f?.known ? f.value.en : undefined;
    };
    expect(site("BO")).toBe("Santa Cruz de la Sierra");
    expect(site("BG")).toBe("Kazanlak");
    expect(site("ES")).toBe("Santander");
  });

  it("links the continuations to 2020", () => {
    expect(continuationChain("2021-id-new-capital-housing").map((p) => p.id)).toEqual([
      "2020-id-east-kalimantan",
      "2021-id-new-capital-housing",
    ]);
    expect(continuationChain("2020-tr-gaziantep").map((p) => p.id)).toEqual([
      "2020-tr-gaziantep",
      "2021-tr-gaziantep",
    ]);
  });

  it("has the schedule after selection: appropriation in June, executors by July, starts July/August", () => {
    const ev = (kind: string, track?: string) =>
      e.events
        .filter((x) => x.kind === kind && (track === undefined || x.track === track))
        .map((x) => x.date);
    expect(ev("appropriation")).toEqual(["2021-06"]);
    expect(ev("executor-selected")).toEqual(["2021-07"]);
    expect(ev("track-start", "solution-demonstration")).toEqual(["2021-07"]);
    expect(ev("track-start", "urban-planning")).toEqual(["2021-08"]);
    expect(ev("track-start", "solution-planning")).toEqual(["2021-08"]);
  });

  it("opens the call on 18 Feb (20 Feb kept as a note) and closes it on 19 Apr from the machine translation", () => {
    const i = getSubProgram(2021, "smart-city-planning").intake;
    expect(i.kind).toBe("call");
    if (i.kind !== "call") return;
    expect(i.opens.known && i.opens.value).toBe("2021-02-18");
    expect(i.opens.known && i.opens.note).toMatch(/20 Feb/);
    expect(i.closes.known && [i.closes.value, i.closes.reliability, i.closes.sources]).toEqual([
      "2021-04-19",
      "machine-translated",
      ["S33"],
    ]);
  });

  it("computes 11/111 = 9.9%", () => {
    const s = editionStats(2021);
    expect(s.selectionRate.known && s.selectionRate.value).toMatchObject({
      numerator: 11,
      denominator: 111,
      fraction: "11/111",
      percent: "9.9%",
    });
  });

  it("fits the 4.2 billion budget inside the 3.6-5.4 billion envelope", () => {
    const env = fundingEnvelope(2021);
    expect(env.envelope.known && [env.envelope.value.min.amount, env.envelope.value.max.amount]).toEqual([
      3_600_000_000n,
      5_400_000_000n,
    ]);
    expect(env.fit).toBe("within");
  });

  it("finds every title verbatim in the seed text", () => {
    const seed = readFileSync(SEED, "utf8");
    for (const [, , title] of SEED_2021.projects) expect(seed).toContain(title);
    for (const n of [
      "111 projects in 39 countries",
      "57 projects in 24 countries",
      "40 applications were received from 16 countries",
      "14 applications proposed by 12 countries",
    ]) {
      expect(seed).toContain(n);
    }
  });
});

describe("other editions resolve the contradictions as the fact sheet argues", () => {
  it("takes Klang, not Clark, for Malaysia in 2022", () => {
    const p = findProjects({ year: 2022, country: "MY" });
    expect(p.map((x) => x.id)).toEqual(["2022-my-klang"]);
    expect(p[0]?.site.known && p[0].site.note).toMatch(/Clark/);
  });

  it("keeps 2022 planning funding as 200M-1.0bn in the call and 300-500M awarded", () => {
    const f = getSubProgram(2022, "smart-city-planning").funding;
    expect(f.call.known && [f.call.value.min.amount, f.call.value.max.amount]).toEqual([
      200_000_000n,
      1_000_000_000n,
    ]);
    expect(f.awarded.known && [f.awarded.value.min.amount, f.awarded.value.max.amount]).toEqual([
      300_000_000n,
      500_000_000n,
    ]);
  });

  it("closes the 2024 demonstration call on 19 Mar, keeping 18 Mar as a note", () => {
    const i = getSubProgram(2024, "overseas-demonstration").intake;
    expect(i.kind === "call" && i.closes.known && [i.closes.value, i.closes.note]).toEqual([
      "2024-03-19",
      expect.stringMatching(/18 Mar/),
    ]);
  });

  it("models 2024 planning as year-round with an end-of-April cutoff rolling over to 2025", () => {
    const i = getSubProgram(2024, "planning").intake;
    expect(i).toMatchObject({ kind: "rolling", rollsOverTo: 2025, preConsulting: true });
    expect(i.kind === "rolling" && i.cutoff.known && i.cutoff.value).toBe("2024-04-30");
  });

  it("runs the 2025 demonstration call 6 Feb - 11 Mar and the 2026 one until 17 Mar", () => {
    const a = getSubProgram(2025, "overseas-demonstration").intake;
    const b = getSubProgram(2026, "overseas-demonstration").intake;
    expect(a.kind === "call" && [valueOr(a.opens, ""), valueOr(a.closes, "")]).toEqual([
      "2025-02-06",
      "2025-03-11",
    ]);
    expect(b.kind === "call" && valueOr(b.closes, "")).toBe("2026-03-17");
  });

  it("models targets as the sources word them: about N, up to N, at least N", () => {
    const target = (f: { known: boolean; value?: unknown }) => (f.known ? f.value : "unknown");
    // "about 10" for the whole 2020 call (S40), not for one of its two types
    expect(target(getEdition(2020).targetCount ?? { known: false })).toEqual({ min: 10, max: 10 });
    expect(getEdition(2020).targetCount?.sources).toEqual(["S40"]);
    for (const s of getEdition(2020).subPrograms) expect(target(s.targetCount)).toBe("unknown");
    // "up to" is a closed interval from 0
    expect(target(getEdition(2021).targetCount ?? { known: false })).toEqual({ min: 0, max: 11 });
    expect(target(getEdition(2024).targetCount ?? { known: false })).toEqual({ min: 0, max: 8 });
    expect(target(getSubProgram(2026, "overseas-demonstration").targetCount)).toEqual({ min: 0, max: 6 });
    // "at least 4" has no upper bound: unknown, with the bound in the note; the envelope uses the number selected
    const p2023 = getSubProgram(2023, "planning").targetCount;
    expect(p2023.known === false && p2023.note).toMatch(/^At least 4/);
    expect(fundingEnvelope(2023).lines.map((l) => l.countBasis)).toEqual(["selected", "selected"]);
  });

  it("marks what is worked out from the sources as inferred", () => {
    const demo2026 = getSubProgram(2026, "overseas-demonstration").intake;
    // the call's details were posted from 28 Jan (S24); no source gives the first day applications were taken
    expect(demo2026.opens.known && demo2026.opens.reliability).toBe("inferred");
    // 2.1 billion for three projects (S29): about 700M each is arithmetic
    const award = getSubProgram(2026, "planning").funding.awarded;
    expect(award.known && award.reliability).toBe("inferred");
  });

  it("counts the 2022 and 2023 applications as the fact sheet does", () => {
    // fact sheet: 2022, 33 applications from 17 countries [S7, S13, S45], 10 selected in 9 countries
    // [S7, S12, S21]; 2023, 30 applications from 18 countries [S14, S61], 8 selected [S14, S11]
    const counts = (year: number) => {
      const c = getEdition(year).counts;
      return [c.applications, c.applicantCountries, c.selected].map((f) => valueOr(f, -1));
    };
    expect(counts(2022)).toEqual([33, 17, 10]);
    expect(counts(2023)).toEqual([30, 18, 8]);
    expect(valueOr(getEdition(2022).counts.selectedCountries, -1)).toBe(9);
    expect(getEdition(2022).counts.applications.sources).toEqual(
      expect.arrayContaining(["S7", "S13", "S45"]),
    );
    expect(getEdition(2023).counts.applications.sources).toEqual(expect.arrayContaining(["S14", "S61"]));
  });

  it("2024 demonstration: a foreign public agency in the consortium may not be paid the subsidy (S9)", () => {
    // the overseas partners (governments, public institutions, universities) receive no direct subsidy
    const agency = {
      name: "Verona Mobility Agency",
      type: "foreign-public-agency",
      country: "IT",
      role: "partner",
      receivesFunds: true,
    };
    const paid = { ...demo2024(), consortium: [...demo2024().consortium, agency] };
    const r = checkEligibility(paid);
    expect(r.eligible).toBe(false);
    expect(r.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.path])).toEqual([
      ["FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS", ["consortium", 2, "receivesFunds"]],
    ]);
    expect(r.issues[0]?.rule).toMatchObject({
      id: "2024/overseas-demonstration/funds-recipients",
      sources: ["S9", "S39"],
    });
    expect(r.issues[0]?.message.en).toContain('"Verona Mobility Agency" (foreign public agency, IT)');
    // the same agency in the consortium, not paid, is the overseas public partner: eligible
    const unpaid = {
      ...demo2024(),
      consortium: [demo2024().consortium[0], { ...agency, receivesFunds: false }],
    };
    expect(checkEligibility(unpaid).eligible).toBe(true);
  });

  it("keeps the unknowns unknown", () => {
    expect(getSubProgram(2024, "planning").funding.awarded.known).toBe(false);
    expect(findProjects({ year: 2024, subProgram: "planning" })).toEqual([]);
    expect(getSubProgram(2020, "smart-city-development").funding.call.known).toBe(false);
    expect(getEdition(2024).projectsComplete).toBe(false);
  });
});

describe("cumulative totals against MOLIT's statements", () => {
  const lines = cumulativeTotals(2026).lines;
  const verdicts = lines.map((l) => [
    `${l.statement.projects}/${l.statement.countries}`,
    `${l.computedProjects}/${l.computedCountries}`,
    l.verdict,
  ]);

  it("matches through 2023 and not after, for the reasons the data give", () => {
    expect(verdicts).toEqual([
      ["12/11", "12/11", "matches"],
      ["23/19", "23/19", "matches"],
      ["33/21", "33/21", "matches"],
      ["41/23", "41/23", "matches"],
      ["49/26", "47/25", "does-not-match"],
      ["58/27", "53/26", "does-not-match"],
    ]);
    expect(lines[4]?.reason.en).toMatch(/2024 Planning type: 2 of 2 selected projects not known/);
    expect(lines[5]?.reason.en).toMatch(/2025 Planning type: the selected projects are not known/);
    expect(lines[5]?.reason.ko).toMatch(/미해결/);
  });

  it("would exceed 27 countries with the planning projects listed under 2026, as the fact sheet says", () => {
    const t = cumulativeTotals(2026);
    expect([t.projects, t.countries.length]).toEqual([56, 28]);
  });
});
