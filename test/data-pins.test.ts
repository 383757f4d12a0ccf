/**
 * Pins every fact the reference gives for each edition (amounts, dates, counts, targets, the
 * projects with their countries, sub-programs and cities), with its source tags, its reliability and
 * whether it is inferred. Dependent apps pin our data: a silently changed fact must fail here.
 *
 * Expected values come from the fact sheet (k-city-network-facts.md) and, for 2021, the seed (MOLIT's
 * English results release, S16); the tag(s) in the comment beside each row are the reference's. A fact
 * is written `"<value> [<tags>] <reliability>"` (money in millions of KRW, a target as `min-max`), or
 * `"unknown [<tags>]"` when the sources do not give it.
 */
import { describe, expect, it } from "vitest";
import { type Edition, type Fact, findProjects, getEdition } from "../src/index.js";

const MILLION = 1_000_000n;

type Counts = readonly [string, string, string, string];

interface SubProgramPins {
  readonly tracks: readonly string[];
  readonly call: string;
  readonly awarded: string;
  readonly approximate: boolean;
  readonly target: string;
  readonly secretariat: string;
  /** kind, opens, closes (or cutoff) and, for a rolling intake, the edition it rolls over to. */
  readonly intake: readonly (string | number)[];
  /** applications, applicant countries, selected, selected countries. */
  readonly counts: Counts;
}

interface EditionPins {
  readonly budget: string;
  readonly target: string;
  readonly counts: Counts;
  readonly projectsComplete: boolean;
  readonly subPrograms: Readonly<Record<string, SubProgramPins>>;
  /** id, sub-program, country, site, track, sources, reliability, the project it continues. */
  readonly projects: readonly (readonly string[])[];
  /** kind, sub-program, date, sources, reliability, planned. */
  readonly events: readonly (readonly string[])[];
}

/** An amount in millions when it is whole millions, else in won (so no won is ever hidden). */
const m = (won: bigint): string => (won % MILLION === 0n ? `${won / MILLION}M` : `${won} won`);

/** A fact's value as text: a funding range or an amount in millions, a target as `min-max`, a label in English. */
function show(v: unknown): string {
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (typeof v === "object" && v !== null) {
    const o = v as {
      readonly min?: unknown;
      readonly max?: unknown;
      readonly amount?: unknown;
      readonly en?: unknown;
    };
    const min = o.min as { amount?: bigint } | number | undefined;
    const max = o.max as { amount?: bigint } | number | undefined;
    if (
      typeof min === "object" &&
      typeof max === "object" &&
      min.amount !== undefined &&
      max.amount !== undefined
    ) {
      return `${m(min.amount)}-${m(max.amount)}`;
    }
    if (typeof o.amount === "bigint") return m(o.amount);
    if (typeof min === "number" && typeof max === "number") return `${min}-${max}`;
    if (typeof o.en === "string") return o.en;
  }
  throw new Error(`unexpected value ${String(v)}`);
}

function fact(f: Fact<unknown>): string {
  return f.known
    ? `${show(f.value)} [${f.sources.join(" ")}] ${f.reliability}`
    : `unknown [${f.sources.join(" ")}]`;
}

function counts(c: Edition["counts"]): Counts {
  return [fact(c.applications), fact(c.applicantCountries), fact(c.selected), fact(c.selectedCountries)];
}

function pinsOf(e: Edition): EditionPins {
  return {
    budget: fact(e.budget),
    target: e.targetCount ? fact(e.targetCount) : "none",
    counts: counts(e.counts),
    projectsComplete: e.projectsComplete,
    subPrograms: Object.fromEntries(
      e.subPrograms.map((s) => [
        s.id,
        {
          tracks: [...s.tracks],
          call: fact(s.funding.call),
          awarded: fact(s.funding.awarded),
          approximate: s.funding.approximate,
          target: fact(s.targetCount),
          secretariat: fact(s.secretariat),
          intake:
            s.intake.kind === "call"
              ? [s.intake.kind, fact(s.intake.opens), fact(s.intake.closes)]
              : [s.intake.kind, fact(s.intake.opens), fact(s.intake.cutoff), s.intake.rollsOverTo],
          counts: counts(s.counts),
        },
      ]),
    ),
    projects: e.projects.map((p) => [
      p.id,
      p.subProgramId,
      p.country,
      fact(p.site),
      fact(p.track),
      p.sources.join(" "),
      p.reliability,
      p.continues ?? "-",
    ]),
    events: e.events.map((v) => [
      v.kind,
      v.subProgramId ?? "-",
      v.date,
      v.sources.join(" "),
      v.reliability,
      v.planned ? "planned" : "-",
    ]),
  };
}

const PINS: Readonly<Record<number, EditionPins>> = {
  2020: {
    // total support 3.3bn KRW for 12 cities [S46]
    budget: "3300M [S46] press",
    // about 10 projects planned [S40]
    target: "10-10 [S40] press",
    // 80 applications from 23 countries [S5, S8, S42]; 12 projects in 11 countries [S5, S1, S46]
    counts: [
      "80 [S5 S8 S42] official",
      "23 [S5 S8 S42] official",
      "12 [S5 S1 S46] official",
      "11 [S5 S1 S46] official",
    ],
    // the 12 projects [S5]
    projectsComplete: true,
    subPrograms: {
      // smart city development type [S46, S40]
      "smart-city-development": {
        tracks: ["urban-planning"],
        // per-project funding not found (about 275M inferred from the total) [S46]
        call: "unknown [S46]",
        awarded: "unknown [S46]",
        approximate: false,
        target: "unknown [S40]",
        // KIND, commissioned agency for the 2020 call [S30, S34, S40]
        secretariat: "kind [S30 S34 S40] press",
        // window 31 Jan - 20 Mar 2020 [S8, S22, S30]; platform launched and call opened 31 Jan [S6, S8]
        intake: ["call", "2020-01-31 [S6 S8 S22 S30] official", "2020-03-20 [S8 S22 S30] press"],
        // 31 applications from 17 countries [S22, S40]
        counts: ["31 [S22 S40] press", "17 [S22 S40] press", "unknown [S5]", "unknown [S5]"],
      },
      "smart-single-solution": {
        tracks: ["solution-planning"],
        call: "unknown [S46]",
        awarded: "unknown [S46]",
        approximate: false,
        target: "unknown [S40]",
        secretariat: "kind [S30 S34 S40] press",
        intake: ["call", "2020-01-31 [S6 S8 S22 S30] official", "2020-03-20 [S8 S22 S30] press"],
        // 46 applications from 19 countries [S22, S42]
        counts: ["46 [S22 S42] press", "19 [S22 S42] press", "unknown [S5]", "unknown [S5]"],
      },
    },
    projects: [
      // Malaysia, Kota Kinabalu [S5]
      [
        "2020-my-kota-kinabalu",
        "unknown",
        "MY",
        "Kota Kinabalu [S5] official",
        "unknown [S5]",
        "S5",
        "official",
        "-",
      ],
      // Myanmar, Dala [S5]
      ["2020-mm-dala", "unknown", "MM", "Dala [S5] official", "unknown [S5]", "S5", "official", "-"],
      // Russia, Primorsky (S4: "Survey") [S5, S4]
      [
        "2020-ru-primorsky",
        "unknown",
        "RU",
        "Primorsky Territory [S5] official",
        "unknown [S5]",
        "S5 S4",
        "official",
        "-",
      ],
      // Vietnam, Mekong Delta [S5]
      [
        "2020-vn-mekong-delta",
        "unknown",
        "VN",
        "Mekong Delta region [S5] official",
        "unknown [S5]",
        "S5",
        "official",
        "-",
      ],
      // Indonesia, East Kalimantan, development type [S5, S51, S37]
      [
        "2020-id-east-kalimantan",
        "smart-city-development",
        "ID",
        "East Kalimantan (new capital site) [S5] official",
        "urban-planning [S51] press",
        "S5 S51 S37 S16",
        "official",
        "-",
      ],
      // Peru, Cusco, development type [S5, S51, S40]
      [
        "2020-pe-cusco",
        "smart-city-development",
        "PE",
        "Cusco [S5] official",
        "urban-planning [S51 S40] press",
        "S5 S51 S40",
        "official",
        "-",
      ],
      // Laos, Vientiane, roadmap request (inferred type) [S5, S40]
      [
        "2020-la-vientiane",
        "smart-city-development",
        "LA",
        "Vientiane [S5] official",
        "urban-planning [S40] inferred",
        "S5 S40",
        "official",
        "-",
      ],
      // Mongolia, Ulaanbaatar [S5]
      [
        "2020-mn-ulaanbaatar",
        "unknown",
        "MN",
        "Ulaanbaatar [S5] official",
        "unknown [S5]",
        "S5",
        "official",
        "-",
      ],
      // Colombia, Bogota, solution type [S5, S51]
      [
        "2020-co-bogota",
        "smart-single-solution",
        "CO",
        "Bogotá [S5] official",
        "solution-planning [S51] press",
        "S5 S51",
        "official",
        "-",
      ],
      // Thailand, Khon Kaen [S5]
      [
        "2020-th-khon-kaen",
        "unknown",
        "TH",
        "Khon Kaen [S5] official",
        "unknown [S5]",
        "S5",
        "official",
        "-",
      ],
      // Turkey, Gaziantep, data coordination centre [S5, S63]
      [
        "2020-tr-gaziantep",
        "unknown",
        "TR",
        "Gaziantep [S5] official",
        "unknown [S5]",
        "S5 S63 S16",
        "official",
        "-",
      ],
      // Turkey, Ankara [S5]
      ["2020-tr-ankara", "unknown", "TR", "Ankara [S5] official", "unknown [S5]", "S5", "official", "-"],
    ],
    events: [
      // launch and first call 31 Jan 2020 [S6, S8]
      ["call-announced", "-", "2020-01-31", "S6 S8", "official", "-"],
      // window opens 31 Jan 2020 [S8, S22, S30]
      ["call-opens", "-", "2020-01-31", "S8 S22 S30", "press", "-"],
      // KIND entrustment agreement 16 Mar 2020 [S30, S34]
      ["other", "-", "2020-03-16", "S30 S34", "press", "-"],
      // window closes 20 Mar 2020 [S8, S22, S30]
      ["call-closes", "-", "2020-03-20", "S8 S22 S30", "press", "-"],
      // selection reported 19 Apr 2020 [S8]
      ["results-announced", "-", "2020-04-19", "S8", "press", "-"],
    ],
  },
  2021: {
    // total 2021 support 4.2bn KRW [S46]
    budget: "4200M [S46] press",
    // up to 11 projects [S5, S51]
    target: "0-11 [S5 S51] official",
    // 111 applications from 39 countries; 11 projects in 11 countries [S16, S32, S33, S52]
    counts: [
      "111 [S16 S32 S33] official",
      "39 [S16 S32 S33] official",
      "11 [S16 S32 S52] official",
      "11 [S16 S32 S52] official",
    ],
    // the eleven projects of the seed [S16]
    projectsComplete: true,
    subPrograms: {
      // development-type planning [S51, S52, S5]
      "smart-city-planning": {
        tracks: ["urban-planning"],
        // call 400-600M [S51]
        call: "400M-600M [S51] press",
        // results 400-600M [S52], seed [S16]
        awarded: "400M-600M [S16 S52] official",
        approximate: false,
        // about 4 cities [S51, S52, S5]
        target: "4-4 [S51 S52 S5] press",
        // urban-development type = KIND [S33]
        secretariat: "kind [S33] machine-translated",
        // opened 18 Feb 2021 [S5, S51]; 19 Apr end only in the machine translation [S33]
        intake: ["call", "2021-02-18 [S5 S51] official", "2021-04-19 [S33] machine-translated"],
        // 57 applications from 24 countries -> 4 in 4 countries [S16, S32]
        counts: ["57 [S16 S32] official", "24 [S16 S32] official", "4 [S16] official", "4 [S16] official"],
      },
      "smart-solution-planning": {
        tracks: ["solution-planning"],
        // call: up to 300M [S51]
        call: "0M-300M [S51] press",
        // results 200-300M [S52], seed [S16]
        awarded: "200M-300M [S16 S52] official",
        approximate: false,
        // about 4 cities [S51, S52]
        target: "4-4 [S51 S52] press",
        // solution-planning secretariat cut off: not found [S33]
        secretariat: "unknown [S33]",
        intake: ["call", "2021-02-18 [S5 S51] official", "2021-04-19 [S33] machine-translated"],
        // 40 applications from 16 countries -> 4 (seed) [S16, S32]
        counts: ["40 [S16 S32] official", "16 [S16] official", "4 [S16] official", "4 [S16] inferred"],
      },
      "smart-solution-demonstration": {
        tracks: ["solution-demonstration"],
        // demo funding not found in the call [S51]; results 400-600M [S52]
        call: "unknown [S51]",
        awarded: "400M-600M [S16 S52] official",
        approximate: false,
        // about 3, inferred from 11 - 4 - 4 [S5, S51]
        target: "3-3 [S5 S51] inferred",
        // KAIA only co-announced in 2021 [S32, S52]
        secretariat: "unknown [S32 S52]",
        intake: ["call", "2021-02-18 [S5 S51] official", "2021-04-19 [S33] machine-translated"],
        // 14 applications from 12 countries -> 3 (seed) [S16]
        counts: ["14 [S16] official", "12 [S16] official", "3 [S16] official", "3 [S16] inferred"],
      },
    },
    projects: [
      // Philippines, Clark, Clark Development Corporation [S16, S32, S37]
      [
        "2021-ph-clark",
        "smart-city-planning",
        "PH",
        "Clark Freeport Zone [S16 S37] official",
        "urban-planning [S16] official",
        "S16 S32 S37",
        "official",
        "-",
      ],
      // Indonesia, new capital housing, continues 2020 [S16, S32, S37]
      [
        "2021-id-new-capital-housing",
        "smart-city-planning",
        "ID",
        "New Capital City (East Kalimantan) [S16 S37] official",
        "urban-planning [S16] official",
        "S16 S32 S37",
        "official",
        "2020-id-east-kalimantan",
      ],
      // Uzbekistan, Tashkent [S16, S32, S37]
      [
        "2021-uz-tashkent",
        "smart-city-planning",
        "UZ",
        "Tashkent (Yangikhayot and Bektemir districts) [S16] official",
        "urban-planning [S16] official",
        "S16 S32 S37",
        "official",
        "-",
      ],
      // Kenya, Nairobi station area [S16, S32, S37]
      [
        "2021-ke-nairobi",
        "smart-city-planning",
        "KE",
        "Nairobi (Central Station area) [S16] official",
        "urban-planning [S16] official",
        "S16 S32 S37",
        "official",
        "-",
      ],
      // Vietnam, Haiphong traffic management [S16, S1, S37]
      [
        "2021-vn-hai-phong",
        "smart-solution-planning",
        "VN",
        "Hai Phong [S16 S1] official",
        "solution-planning [S16] official",
        "S16 S1 S37",
        "official",
        "-",
      ],
      // Bolivia, Santa Cruz de la Sierra, waste (seed) [S16, S37]
      [
        "2021-bo-santa-cruz-de-la-sierra",
        "smart-solution-planning",
        "BO",
        "Santa Cruz de la Sierra [S16] official",
        "solution-planning [S16] official",
        "S16 S37",
        "official",
        "-",
      ],
      // Azerbaijan, Baku [S16, S1]
      [
        "2021-az-baku",
        "smart-solution-planning",
        "AZ",
        "Baku [S16 S1] official",
        "solution-planning [S16] official",
        "S16 S1",
        "official",
        "-",
      ],
      // Bulgaria, Kazanlak (seed) [S16, S1]
      [
        "2021-bg-kazanlak",
        "smart-solution-planning",
        "BG",
        "Kazanlak [S16] official",
        "solution-planning [S16] official",
        "S16 S1",
        "official",
        "-",
      ],
      // Turkey, Gaziantep, Samsung SDS, follows 2020 [S16, S1, S63]
      [
        "2021-tr-gaziantep",
        "smart-solution-demonstration",
        "TR",
        "Gaziantep [S16 S1] official",
        "solution-demonstration [S16] official",
        "S16 S1 S63",
        "official",
        "2020-tr-gaziantep",
      ],
      // USA, Baltimore, Ecube Labs [S16, S1, S38]
      [
        "2021-us-baltimore",
        "smart-solution-demonstration",
        "US",
        "Baltimore [S16 S1] official",
        "solution-demonstration [S16] official",
        "S16 S1 S38",
        "official",
        "-",
      ],
      // Spain, Santander, Dtonic (seed) [S16, S1]
      [
        "2021-es-santander",
        "smart-solution-demonstration",
        "ES",
        "Santander [S16] official",
        "solution-demonstration [S16] official",
        "S16 S1",
        "official",
        "-",
      ],
    ],
    events: [
      // call reported 17 Feb 2021 [S51, S4]
      ["call-announced", "-", "2021-02-17", "S51 S4", "press", "-"],
      // applications from 18 Feb 2021 [S5, S51]
      ["call-opens", "-", "2021-02-18", "S5 S51", "official", "-"],
      // 19 Apr 2021, machine translation only [S33]
      ["call-closes", "-", "2021-04-19", "S33", "machine-translated", "-"],
      // results 22-23 Jun 2021 [S32, S16, S1]
      ["results-announced", "-", "2021-06-23", "S32 S16 S1", "press", "-"],
      // budgets fixed within June 2021 [S16, S1]
      ["appropriation", "-", "2021-06", "S16 S1", "official", "planned"],
      // executors selected in July 2021 [S16, S1]
      ["executor-selected", "-", "2021-07", "S16 S1", "official", "planned"],
      // demonstrations start in July 2021 [S16, S1]
      ["track-start", "smart-solution-demonstration", "2021-07", "S16 S1", "official", "planned"],
      // planning projects start from August (seed) [S16]
      ["track-start", "smart-city-planning", "2021-08", "S16", "official", "planned"],
      // planning projects start from August (seed) [S16]
      ["track-start", "smart-solution-planning", "2021-08", "S16", "official", "planned"],
    ],
  },
  2022: {
    // total 4.2bn KRW [S46, S49]
    budget: "4200M [S46 S49] press",
    // about 10 cities [S46, S49]
    target: "10-10 [S46 S49] press",
    // 33 applications from 17 countries [S7, S13, S45]; 10 projects in 9 countries [S7, S12, S21]
    counts: [
      "33 [S7 S13 S45] press",
      "17 [S7 S13 S45] press",
      "10 [S7 S12 S21] press",
      "9 [S7 S12 S21] press",
    ],
    // the ten projects [S13]
    projectsComplete: true,
    subPrograms: {
      // the two planning types merged [S46]
      "smart-city-planning": {
        tracks: ["urban-planning", "solution-planning"],
        // call 200M-1.0bn [S46, S49]
        call: "200M-1000M [S46 S49] press",
        // awards 300-500M each [S7, S13]
        awarded: "300M-500M [S7 S13] press",
        approximate: false,
        target: "unknown [S46 S49]",
        secretariat: "unknown [S46 S49]",
        // opens 29 Mar, planning deadline 29 Apr 2022 [S46, S49]
        intake: ["call", "2022-03-29 [S46 S49] press", "2022-04-29 [S46 S49] press"],
        // 8 planning projects [S13, S7]
        counts: ["unknown [S7 S13]", "unknown [S7 S13]", "8 [S13 S7] press", "8 [S13 S18] inferred"],
      },
      "smart-solution-demonstration": {
        tracks: ["solution-demonstration"],
        // call 300-500M [S46, S49]
        call: "300M-500M [S46 S49] press",
        // 400M each for the 2 projects [S7, S13]
        awarded: "400M-400M [S7 S13] press",
        approximate: false,
        target: "unknown [S46 S49]",
        secretariat: "unknown [S46 S49]",
        // demo deadline 20 May 2022 [S46, S49]
        intake: ["call", "2022-03-29 [S46 S49] press", "2022-05-20 [S46 S49] press"],
        // 2 demo projects, Thailand and Indonesia [S13]
        counts: ["unknown [S7 S13]", "unknown [S7 S13]", "2 [S13 S7] press", "2 [S13] inferred"],
      },
    },
    projects: [
      // Kyrgyzstan, Issyk-Kul, Han-A consortium [S13, S43, S44]
      [
        "2022-kg-issyk-kul",
        "smart-city-planning",
        "KG",
        "Issyk-Kul [S13] press",
        "urban-planning [S43] inferred",
        "S13 S43 S44",
        "press",
        "-",
      ],
      // Mongolia, Zuunmod [S13, S18]
      [
        "2022-mn-zuunmod",
        "smart-city-planning",
        "MN",
        "Zuunmod [S13] press",
        "unknown [S13]",
        "S13 S18",
        "press",
        "-",
      ],
      // Malaysia, Klang, not "Clark" (Contradiction 5) [S18, S19]
      [
        "2022-my-klang",
        "smart-city-planning",
        "MY",
        "Klang [S18 S19] press",
        "unknown [S13]",
        "S18 S19",
        "press",
        "-",
      ],
      // Bangladesh, Khulna [S13]
      [
        "2022-bd-khulna",
        "smart-city-planning",
        "BD",
        "Khulna [S13] press",
        "unknown [S13]",
        "S13",
        "press",
        "-",
      ],
      // Azerbaijan, Zangilan [S13]
      [
        "2022-az-zangilan",
        "smart-city-planning",
        "AZ",
        "Zangilan [S13] press",
        "unknown [S13]",
        "S13",
        "press",
        "-",
      ],
      // Indonesia, Jakarta [S13]
      [
        "2022-id-jakarta",
        "smart-city-planning",
        "ID",
        "Jakarta [S13] press",
        "unknown [S13]",
        "S13",
        "press",
        "-",
      ],
      // Bolivia, Warnes [S13]
      [
        "2022-bo-warnes",
        "smart-city-planning",
        "BO",
        "Warnes [S13] press",
        "unknown [S13]",
        "S13",
        "press",
        "-",
      ],
      // Vietnam, Ho Chi Minh City [S13]
      [
        "2022-vn-ho-chi-minh-city",
        "smart-city-planning",
        "VN",
        "Ho Chi Minh City [S13] press",
        "unknown [S13]",
        "S13",
        "press",
        "-",
      ],
      // Thailand, Mukdahan (demo) [S13, S62]
      [
        "2022-th-mukdahan",
        "smart-solution-demonstration",
        "TH",
        "Mukdahan (province) [S13] press",
        "solution-demonstration [S13] press",
        "S13 S62",
        "press",
        "-",
      ],
      // Indonesia, Madiun (demo) [S13]
      [
        "2022-id-madiun",
        "smart-solution-demonstration",
        "ID",
        "Madiun [S13] press",
        "solution-demonstration [S13] press",
        "S13",
        "press",
        "-",
      ],
    ],
    events: [
      // call 29 Mar 2022 [S46, S49]
      ["call-announced", "-", "2022-03-29", "S46 S49", "press", "-"],
      // call 29 Mar 2022 [S46, S49]
      ["call-opens", "-", "2022-03-29", "S46 S49", "press", "-"],
      // planning deadline 29 Apr 2022 [S46, S49]
      ["call-closes", "smart-city-planning", "2022-04-29", "S46 S49", "press", "-"],
      // selection planned for May [S49]
      ["review", "smart-city-planning", "2022-05", "S49", "press", "planned"],
      // demo deadline 20 May 2022 [S46, S49]
      ["call-closes", "smart-solution-demonstration", "2022-05-20", "S46 S49", "press", "-"],
      // results 23 Jun 2022 [S12, S13]
      ["results-announced", "-", "2022-06-23", "S12 S13", "press", "-"],
      // tender at end of June [S7, S45]
      ["executor-tender", "smart-city-planning", "2022-06", "S7 S45", "press", "planned"],
      // executors selected in July 2022 [S7, S45]
      ["executor-selected", "smart-city-planning", "2022-07", "S7 S45", "press", "planned"],
      // World Smart City Expo 31 Aug - 2 Sep 2022 [S13, S21]
      ["expo", "-", "2022-08-31", "S13 S21", "press", "-"],
      // Issyk-Kul consortium on site Oct 2022 [S43]
      ["other", "-", "2022-10", "S43", "press", "-"],
    ],
  },
  2023: {
    // total 4.0bn KRW [S14, S48]
    budget: "4000M [S14 S48] press",
    // at least 4 + 4 cities, no upper bound [S25, S31]
    target: "unknown [S25 S31]",
    // 30 applications from 18 countries [S14, S61]; 8 projects [S14, S11]; 7 countries (inferred)
    counts: ["30 [S14 S61] press", "18 [S14 S61] press", "8 [S14 S11] press", "7 [S14 S31] inferred"],
    // 4 planning + 4 demo [S14, S11]
    projectsComplete: true,
    subPrograms: {
      // planning type [S25, S31, S10]
      planning: {
        tracks: ["urban-planning", "solution-planning"],
        // planning 300-500M [S25, S31, S10]
        call: "300M-500M [S25 S31 S10] press",
        // 300-500M at the results [S14, S11]
        awarded: "300M-500M [S14 S11] press",
        approximate: false,
        // at least 4 cities [S25, S31]
        target: "unknown [S25 S31]",
        secretariat: "unknown [S15]",
        // notice 10 Apr, planning deadline 10 May 2023 [S10, S25, S31, S48]
        intake: ["call", "2023-04-10 [S10 S25 S48] press", "2023-05-10 [S25 S31 S48] press"],
        // 4 planning projects [S14, S11]
        counts: ["unknown [S14 S61]", "unknown [S14 S61]", "4 [S14 S11] press", "4 [S14 S31] inferred"],
      },
      "overseas-demonstration": {
        tracks: ["solution-demonstration"],
        // demo 300-500M [S25, S31, S11]
        call: "300M-500M [S25 S31 S11] press",
        awarded: "300M-500M [S14 S11] press",
        approximate: false,
        target: "unknown [S25 S31]",
        secretariat: "unknown [S25]",
        // demo deadline 30 May 2023 [S25, S31, S48]
        intake: ["call", "2023-04-10 [S10 S25 S48] press", "2023-05-30 [S25 S31 S48] press"],
        // 4 demo projects [S14, S11]
        counts: ["unknown [S14 S61]", "unknown [S14 S61]", "4 [S14 S11] press", "4 [S14] inferred"],
      },
    },
    projects: [
      // Ukraine, Uman, K-water consortium [S14, S15]
      [
        "2023-ua-uman",
        "planning",
        "UA",
        "Uman [S14 S15 S11] press",
        "urban-planning [S14] inferred",
        "S14 S15 S11",
        "press",
        "-",
      ],
      // Indonesia, new capital control centre [S14, S11]
      [
        "2023-id-nusantara",
        "planning",
        "ID",
        "New capital (IKN / Nusantara) [S14 S11] press",
        "solution-planning [S14] inferred",
        "S14 S11",
        "press",
        "-",
      ],
      // Egypt, Badr City [S31, S60]
      [
        "2023-eg-badr",
        "planning",
        "EG",
        "Badr City [S31] press",
        "urban-planning [S31] inferred",
        "S31 S60",
        "press",
        "-",
      ],
      // Azerbaijan, Aghdam [S31]
      [
        "2023-az-aghdam",
        "planning",
        "AZ",
        "Aghdam [S31] press",
        "solution-planning [S31] inferred",
        "S31",
        "press",
        "-",
      ],
      // Bangladesh, Rangpur (demo) [S14]
      [
        "2023-bd-rangpur",
        "overseas-demonstration",
        "BD",
        "Rangpur [S14] press",
        "solution-demonstration [S14] press",
        "S14",
        "press",
        "-",
      ],
      // Vietnam, Haiphong (demo) [S14]
      [
        "2023-vn-hai-phong",
        "overseas-demonstration",
        "VN",
        "Hai Phong [S14] press",
        "solution-demonstration [S14] press",
        "S14",
        "press",
        "-",
      ],
      // Turkiye, Sakarya (demo) [S14]
      [
        "2023-tr-sakarya",
        "overseas-demonstration",
        "TR",
        "Sakarya [S14] press",
        "solution-demonstration [S14] press",
        "S14",
        "press",
        "-",
      ],
      // Indonesia, Banyumas (demo) [S14]
      [
        "2023-id-banyumas",
        "overseas-demonstration",
        "ID",
        "Banyumas [S14] press",
        "solution-demonstration [S14] press",
        "S14",
        "press",
        "-",
      ],
    ],
    events: [
      // public notice 10 Apr 2023 [S10, S25, S48]
      ["call-announced", "-", "2023-04-10", "S10 S25 S48", "press", "-"],
      // public notice 10 Apr 2023 [S10, S25, S48]
      ["call-opens", "-", "2023-04-10", "S10 S25 S48", "press", "-"],
      // planning deadline 10 May 2023 [S25, S31, S48]
      ["call-closes", "planning", "2023-05-10", "S25 S31 S48", "press", "-"],
      // demo deadline 30 May 2023 [S25, S31, S48]
      ["call-closes", "overseas-demonstration", "2023-05-30", "S25 S31 S48", "press", "-"],
      // results 22 Jun 2023 [S14, S61]
      ["results-announced", "-", "2023-06-22", "S14 S61", "press", "-"],
      // K-water selected 23 Aug 2023 [S15]
      ["executor-selected", "planning", "2023-08-23", "S15", "press", "-"],
      // World Smart City Expo, Sept 2023 [S14]
      ["expo", "-", "2023-09", "S14", "press", "planned"],
      // improvement plan adopted 6 Oct 2023 [S57, S53]
      ["other", "-", "2023-10-06", "S57 S53", "press", "-"],
    ],
  },
  2024: {
    // up to 8 projects and 4.0bn KRW [S53, S3]
    budget: "4000M [S53] press",
    // up to 8 projects [S53, S3]
    target: "0-8 [S53 S3] press",
    // 41 + 6 + 2 = 49 [S2]: 8 inferred
    counts: ["unknown [S27]", "unknown [S27]", "8 [S27 S2] inferred", "unknown [S27]"],
    // planning results not found
    projectsComplete: false,
    subPrograms: {
      // planning type, KIND [S26, S53, S54]
      planning: {
        tracks: ["urban-planning", "solution-planning"],
        // planning 300-600M [S26, S53, S54]
        call: "300M-600M [S26 S53 S54] press",
        awarded: "unknown [S26 S27]",
        approximate: false,
        // 1 smart city + 1 solution planning [S26, S53, S54]
        target: "2-2 [S26 S53 S54] press",
        // KIND [S26]
        secretariat: "kind [S26] press",
        // notice 30 Jan 2024; only proposals by end of April count, later ones roll over to 2025 [S53, S9, S39]
        intake: ["rolling", "2024-01-30 [S53 S3] press", "2024-04-30 [S53 S9 S39] official", 2025],
        // 2 planning projects inferred from 49 - 41 - 6 [S2]
        counts: ["unknown [S26 S27]", "unknown [S26 S27]", "2 [S2 S26] inferred", "unknown [S26 S27]"],
      },
      "overseas-demonstration": {
        tracks: ["solution-demonstration"],
        // demo 200-400M [S26, S53, S3]
        call: "200M-400M [S26 S53 S3] press",
        awarded: "unknown [S58]",
        approximate: false,
        // 6 (up from 4) [S26, S53, S3]
        target: "6-6 [S26 S53 S3] press",
        // KAIA [S26]
        secretariat: "kaia [S26] press",
        // call 30 Jan - 19 Mar 2024, preferred to 18 Mar (Contradiction 10) [S27, S53]
        intake: ["call", "2024-01-30 [S27 S53] press", "2024-03-19 [S27] press"],
        // 6 cities [S58, S27]
        counts: ["unknown [S27]", "unknown [S27]", "6 [S27 S58] press", "6 [S27] inferred"],
      },
    },
    projects: [
      // Vietnam, Hue [S27]
      [
        "2024-vn-hue",
        "overseas-demonstration",
        "VN",
        "Hue [S27] press",
        "solution-demonstration [S27] press",
        "S27 S58",
        "press",
        "-",
      ],
      // Indonesia, Jakarta [S27]
      [
        "2024-id-jakarta",
        "overseas-demonstration",
        "ID",
        "Jakarta [S27] press",
        "solution-demonstration [S27] press",
        "S27 S58",
        "press",
        "-",
      ],
      // Philippines, Puerto Princesa [S27]
      [
        "2024-ph-puerto-princesa",
        "overseas-demonstration",
        "PH",
        "Puerto Princesa [S27] press",
        "solution-demonstration [S27] press",
        "S27 S58",
        "press",
        "-",
      ],
      // Cambodia, Siem Reap [S27]
      [
        "2024-kh-siem-reap",
        "overseas-demonstration",
        "KH",
        "Siem Reap (province) [S27] press",
        "solution-demonstration [S27] press",
        "S27 S58",
        "press",
        "-",
      ],
      // Italy, Verona [S27]
      [
        "2024-it-verona",
        "overseas-demonstration",
        "IT",
        "Verona [S27] press",
        "solution-demonstration [S27] press",
        "S27 S58",
        "press",
        "-",
      ],
      // USA, New Jersey [S27]
      [
        "2024-us-new-jersey",
        "overseas-demonstration",
        "US",
        "New Jersey (state) [S27] press",
        "solution-demonstration [S27] press",
        "S27 S58",
        "press",
        "-",
      ],
    ],
    events: [
      // announced 29 Jan 2024 [S53, S3]
      ["call-announced", "-", "2024-01-29", "S26 S53 S54", "press", "-"],
      // notice dated 30 Jan 2024 [S53, S3, S27]
      ["call-opens", "-", "2024-01-30", "S53 S27 S3", "press", "-"],
      // demo call closes 19 Mar 2024 [S27]
      ["call-closes", "overseas-demonstration", "2024-03-19", "S27", "press", "-"],
      // selection committee 16 Apr 2024 [S27, S58]
      ["review", "overseas-demonstration", "2024-04-16", "S27 S58", "press", "-"],
      // announced 17 Apr 2024 [S27, S58]
      ["results-announced", "overseas-demonstration", "2024-04-17", "S27 S58", "press", "-"],
      // end of April 2024 [S53, S9, S39]
      ["rolling-cutoff", "planning", "2024-04-30", "S53 S9 S39", "official", "-"],
      // planning selection in (end of) June [S26, S27]
      ["results-announced", "planning", "2024-06", "S26 S27", "press", "planned"],
    ],
  },
  2025: {
    // no annual total; demo awards 2.3bn [S17]
    budget: "unknown [S17 S2]",
    // about 9 overseas cities [S2, S36, S47]
    target: "9-9 [S2 S36 S47] press",
    // planning results not found
    counts: ["unknown [S2]", "unknown [S2]", "unknown [S17 S24]", "unknown [S17 S24]"],
    // planning results not found
    projectsComplete: false,
    subPrograms: {
      // planning type, year-round to KIND [S2, S23, S36]
      planning: {
        tracks: ["urban-planning", "solution-planning"],
        // up to 700M [S2, S23, S36]
        call: "0M-700M [S2 S23 S36] press",
        awarded: "unknown [S2]",
        approximate: false,
        // 3-4 at year-end [S2, S23, S36]
        target: "3-4 [S2 S23 S36] press",
        // KIND [S23, S36]
        secretariat: "kind [S23 S36] press",
        // applications from 21 Jan 2025 [S2, S47]
        intake: ["rolling", "2025-01-21 [S2 S47] press", "unknown [S2 S23 S36]", 2026],
        counts: ["unknown [S2]", "unknown [S2]", "unknown [S24 S29]", "unknown [S24]"],
      },
      "overseas-demonstration": {
        tracks: ["solution-demonstration"],
        // up to 400M [S23, S36, S47]
        call: "0M-400M [S23 S36 S47] press",
        awarded: "unknown [S17]",
        approximate: false,
        // 5-6 [S23, S36, S47]
        target: "5-6 [S23 S36 S47] press",
        // KAIA [S23, S36]
        secretariat: "kaia [S23 S36] press",
        // 6 Feb - 11 Mar 2025 [S23, S47]
        intake: ["call", "2025-02-06 [S23 S47] press", "2025-03-11 [S23 S47] press"],
        // 6 cities in 5 countries [S17, S28]
        counts: ["unknown [S17]", "unknown [S17]", "6 [S17 S28] press", "5 [S17 S28] press"],
      },
    },
    projects: [
      // Thailand, Khon Kaen [S17, S28]
      [
        "2025-th-khon-kaen",
        "overseas-demonstration",
        "TH",
        "Khon Kaen [S17 S28] press",
        "solution-demonstration [S17 S28] press",
        "S17 S28",
        "press",
        "-",
      ],
      // Malaysia, Kuala Lumpur [S17, S28]
      [
        "2025-my-kuala-lumpur",
        "overseas-demonstration",
        "MY",
        "Kuala Lumpur [S17 S28] press",
        "solution-demonstration [S17 S28] press",
        "S17 S28",
        "press",
        "-",
      ],
      // Italy, Milan [S17, S28]
      [
        "2025-it-milan",
        "overseas-demonstration",
        "IT",
        "Milan [S17 S28] press",
        "solution-demonstration [S17 S28] press",
        "S17 S28",
        "press",
        "-",
      ],
      // Italy, Verona [S28]
      [
        "2025-it-verona",
        "overseas-demonstration",
        "IT",
        "Verona [S28] press",
        "solution-demonstration [S28] press",
        "S28",
        "press",
        "-",
      ],
      // UK, Birmingham [S17, S28]
      [
        "2025-gb-birmingham",
        "overseas-demonstration",
        "GB",
        "Birmingham [S17 S28] press",
        "solution-demonstration [S17 S28] press",
        "S17 S28",
        "press",
        "-",
      ],
      // Peru, Lima [S28]
      [
        "2025-pe-lima",
        "overseas-demonstration",
        "PE",
        "Lima [S28] press",
        "solution-demonstration [S28] press",
        "S28",
        "press",
        "-",
      ],
    ],
    events: [
      // announced 20 Jan 2025 [S2, S47]
      ["call-announced", "-", "2025-01-20", "S2 S36 S47", "press", "-"],
      // from 21 Jan 2025 [S2, S47]
      ["call-opens", "planning", "2025-01-21", "S2 S47", "press", "-"],
      // demo from 6 Feb 2025 [S23, S47]
      ["call-opens", "overseas-demonstration", "2025-02-06", "S23 S47", "press", "-"],
      // demo until 11 Mar 2025 [S23, S47]
      ["call-closes", "overseas-demonstration", "2025-03-11", "S23 S47", "press", "-"],
      // announced 7 Apr 2025 [S17, S28]
      ["results-announced", "overseas-demonstration", "2025-04-07", "S17 S28", "press", "-"],
      // demonstrations from April 2025 [S17, S28]
      ["track-start", "overseas-demonstration", "2025-04", "S17 S28", "press", "-"],
      // World Smart City Expo 2025, Busan, July [S36]
      ["expo", "-", "2025-07", "S36", "press", "planned"],
      // planning selection at year-end [S2, S23, S36]
      ["results-announced", "planning", "2025-12", "S2 S23 S36", "press", "planned"],
    ],
  },
  2026: {
    // not found; 3 planning projects about 2.1bn [S29]
    budget: "unknown [S29 S24]",
    // about 9 projects [S24]
    target: "9-9 [S24] press",
    // demo results not found
    counts: ["unknown [S24]", "unknown [S24]", "unknown [S24]", "unknown [S24]"],
    // demo results not found
    projectsComplete: false,
    subPrograms: {
      // planning type, KIND [S24, S29]
      planning: {
        tracks: ["urban-planning", "solution-planning"],
        // about 700M each [S41, S55]
        call: "700M-700M [S55 S41] press",
        // about 2.1bn for 3 (Contradiction 15) [S29]
        awarded: "700M-700M [S29 S41 S55] inferred",
        // "about" [S41, S55]
        approximate: true,
        // 3 already selected [S24, S29]
        target: "3-3 [S24 S29] press",
        // KIND tender [S29]
        secretariat: "kind [S29] press",
        // year-round, final selection the next January [S24, S55]
        intake: ["rolling", "unknown [S24]", "unknown [S24 S55]", 2027],
        // Kazakhstan, Uzbekistan, Poland [S24, S29]
        counts: ["unknown [S24]", "unknown [S24]", "3 [S24 S29] press", "3 [S29] inferred"],
      },
      "overseas-demonstration": {
        tracks: ["solution-demonstration"],
        // about 400M [S41, S55]
        call: "400M-400M [S41 S55] press",
        awarded: "unknown [S24]",
        approximate: true,
        // up to 6 [S24, S41, S55]
        target: "0-6 [S24 S41 S55] press",
        // KAIA 2024-2026 [S26, S23]
        secretariat: "kaia [S26 S23] press",
        // details from 28 Jan (inferred opening), until 17 Mar 2026 [S24, S41, S55]
        intake: ["call", "2026-01-28 [S24] inferred", "2026-03-17 [S41 S55] press"],
        counts: ["unknown [S24]", "unknown [S24]", "unknown [S24]", "unknown [S24]"],
      },
    },
    projects: [
      // Kazakhstan, Alatau new city [S24, S29]
      [
        "2026-kz-alatau",
        "planning",
        "KZ",
        "Alatau new city [S24 S29] press",
        "urban-planning [S29] inferred",
        "S24 S29",
        "press",
        "-",
      ],
      // Uzbekistan, Tashkent new airport area [S29, S41]
      [
        "2026-uz-tashkent-airport",
        "planning",
        "UZ",
        "Tashkent (new airport area) [S29 S41] press",
        "urban-planning [S29] inferred",
        "S29 S41",
        "press",
        "-",
      ],
      // Poland, Lublin [S29, S41]
      [
        "2026-pl-lublin",
        "planning",
        "PL",
        "Lublin [S29 S41] press",
        "urban-planning [S29] inferred",
        "S29 S41",
        "press",
        "-",
      ],
    ],
    events: [
      // official website opened 27 Jan 2026 [S35]
      ["other", "-", "2026-01-27", "S35", "press", "-"],
      // announced 27 Jan 2026 (Yonhap) [S24]
      ["call-announced", "-", "2026-01-27", "S24", "press", "-"],
      // details posted from 28 Jan [S24]
      ["call-opens", "overseas-demonstration", "2026-01-28", "S24", "press", "-"],
      // registration closed 10 Feb 17:00 [S29]
      ["other", "planning", "2026-02-10T17:00", "S29", "press", "-"],
      // KIND briefing 11 Feb 2026 [S29]
      ["executor-tender", "planning", "2026-02-11", "S29", "press", "-"],
      // until 17 Mar 2026 [S41, S55]
      ["call-closes", "overseas-demonstration", "2026-03-17", "S41 S55", "press", "-"],
      // selection in April [S41, S55]
      ["results-announced", "overseas-demonstration", "2026-04", "S41 S55", "press", "planned"],
    ],
  },
};

describe("data pins: every fact of the reference, per edition", () => {
  for (const [year, want] of Object.entries(PINS)) {
    it(`${year}: amounts, dates, counts, targets, projects and events with their sources`, () => {
      expect(pinsOf(getEdition(Number(year)))).toEqual(want);
      // the public query agrees with the edition's list
      expect(findProjects({ year: Number(year) }).map((p) => [p.id, p.country, p.subProgramId])).toEqual(
        want.projects.map((p) => [p[0], p[2], p[1]]),
      );
    });
  }
});
