/**
 * The 2020 edition, the first.
 *
 * @module
 */
import { inferred, known, OFFICIAL, PRESS, unknown } from "../../core/fact.js";
import type { Label } from "../../core/label.js";
import { krw } from "../../money/money.js";
import type { CountryCode, Edition, Intake, SelectedProject } from "../types.js";
import { UNKNOWN_SUB_PROGRAM_ID } from "../types.js";
import { between, type Draft, type EditionDraft, edition, label } from "./build.js";

const CALL: Intake = {
  kind: "call",
  opens: known(
    "2020-01-31",
    ["S6", "S8", "S22", "S30"],
    OFFICIAL,
    "MOLIT opened the first call the day it launched the platform.",
  ),
  closes: known("2020-03-20", ["S8", "S22", "S30"]),
  note: "One window for both types.",
};

const REVIEW = known(
  [
    {
      id: "opinion-collection",
      name: label(
        "Two weeks of opinion collection from Korean overseas missions and ministries",
        "재외공관·관계부처 의견 수렴 (2주)",
      ),
      sources: ["S40", "S42"] as const,
    },
    {
      id: "expert-committee",
      name: label("Evaluation committee of internal and external experts", "내·외부 전문가 평가위원회"),
      sources: ["S40"] as const,
    },
  ],
  ["S40", "S42"],
);

const CRITERIA = known(
  [
    label("Views of related Korean and foreign institutions", "국내외 관계기관 의견"),
    label("State of bilateral cooperation (MOUs)", "양국 협력 현황 (MOU)"),
    label("The project's prospects", "사업 전망"),
    label("Likelihood of Korean firms winning contracts", "국내 기업 수주 가능성"),
  ],
  ["S8", "S40"],
);

const FUNDING_UNKNOWN = {
  call: unknown(
    "Per-project funding is not found; the year's total was 3.3 billion KRW for 12 cities, about 275M each (inferred).",
    ["S46"],
  ),
  awarded: unknown("Per-project awards are not found.", ["S46"]),
  approximate: false,
};

const notKnown = (what: string) => unknown(`${what} is not found in the stored sources.`, ["S5"]);

function project(
  id: string,
  country: CountryCode,
  site: Label,
  extra: Partial<SelectedProject> & Pick<SelectedProject, "sources">,
): Draft<SelectedProject> {
  return {
    id,
    subProgramId: UNKNOWN_SUB_PROGRAM_ID,
    track: unknown("The sources do not say which type this project came from.", ["S5"]),
    country,
    site: known(site, ["S5"], OFFICIAL),
    title: notKnown("The full title"),
    proposer: notKnown("The proposer"),
    koreanCompany: notKnown("The Korean executor"),
    reliability: OFFICIAL,
    ...extra,
  };
}

/**
 * The 2020 edition: two planning types, 80 applications from 23 countries, 12 projects (12 cities)
 * in 11 countries.
 *
 * @example
 * ```ts
 * EDITION_2020.subPrograms.map((s) => s.id); //=> ["smart-city-development", "smart-single-solution"]
 * ```
 * @category Programs
 */
export const EDITION_2020: Edition = edition({
  year: 2020,
  name: label("K-City Network Global Cooperation Program 2020", "K-City 네트워크 글로벌 협력 프로그램 2020"),
  subPrograms: [
    {
      id: "smart-city-development",
      name: label("Smart city development type", "스마트 도시개발형"),
      tracks: ["urban-planning"],
      purpose: known(
        label(
          "Master plan or feasibility study for new towns, station areas, industrial complexes, airport relocation sites, national or city roadmaps.",
          "신도시, 역세권, 산업단지, 공항 이전 부지, 국가·도시 로드맵의 마스터플랜 또는 타당성 조사.",
        ),
        ["S40", "S42"],
      ),
      funding: FUNDING_UNKNOWN,
      targetCount: unknown(
        "Only the call's target of about 10 projects, both types together, is stated (S40).",
        ["S40"],
      ),
      secretariat: known(
        "kind",
        ["S30", "S34", "S40"],
        PRESS,
        "KIND was the commissioned agency for the 2020 call.",
      ),
      intake: CALL,
      reviewSteps: REVIEW,
      criteria: CRITERIA,
      counts: {
        applications: known(31, ["S22", "S40"], PRESS, "38.75% of 80 (S40), rounded to 38.8% (S22)."),
        applicantCountries: known(17, ["S22", "S40"]),
        selected: unknown("How many of the 12 projects were of this type is not found.", ["S5"]),
        selectedCountries: unknown("Not found.", ["S5"]),
      },
    },
    {
      id: "smart-single-solution",
      name: label("Smart single-solution type", "스마트 단일솔루션형"),
      tracks: ["solution-planning"],
      purpose: known(
        label(
          "One smart solution, e.g. ITS and transport, e-government or data platforms, water and sewage, waste.",
          "교통·ITS, 전자정부·데이터 플랫폼, 상하수도, 폐기물 등 단일 스마트솔루션.",
        ),
        ["S22", "S42"],
      ),
      funding: FUNDING_UNKNOWN,
      targetCount: unknown(
        "Only the call's target of about 10 projects, both types together, is stated (S40).",
        ["S40"],
      ),
      secretariat: known(
        "kind",
        ["S30", "S34", "S40"],
        PRESS,
        "KIND was the commissioned agency for the 2020 call.",
      ),
      intake: CALL,
      reviewSteps: REVIEW,
      criteria: CRITERIA,
      counts: {
        applications: known(
          46,
          ["S22", "S42"],
          PRESS,
          "57.5% of 80; transport/ITS (15) and e-government/data platforms (14) were the largest groups.",
        ),
        applicantCountries: known(19, ["S22", "S42"]),
        selected: unknown("How many of the 12 projects were of this type is not found.", ["S5"]),
        selectedCountries: unknown("Not found.", ["S5"]),
      },
    },
  ],
  budget: known(krw(3_300_000_000n), ["S46"], PRESS, "3.3 billion KRW (33억원) across 12 cities."),
  targetCount: known(between(10), ["S40"], PRESS, "About 10 projects to be selected."),
  counts: {
    applications: known(
      80,
      ["S5", "S8", "S42"],
      OFFICIAL,
      'S4 (machine-translated) garbles it as "80 cities from 11 countries".',
    ),
    applicantCountries: known(23, ["S5", "S8", "S42"], OFFICIAL),
    selected: known(12, ["S5", "S1", "S46"], OFFICIAL, "12 projects in 12 cities."),
    selectedCountries: known(11, ["S5", "S1", "S46"], OFFICIAL),
  },
  projectsComplete: true,
  projects: [
    project("kota-kinabalu", "MY", label("Kota Kinabalu", "코타키나발루"), { sources: ["S5"] }),
    // The sources list Myanmar's and Russia's development-type requests (new towns, industrial
    // complexes: S40, S42) but do not say which request became the selected project, so the type of
    // these two stays unknown (Turkey's requests were industrial complexes too, and its selected
    // Gaziantep project was a data centre).
    project("dala", "MM", label("Dala", "달라"), { sources: ["S5"] }),
    project("primorsky", "RU", label("Primorsky Territory", "연해주"), {
      sources: ["S5", "S4"],
      note: 'The machine translation S4 renders it "Survey".',
    }),
    project("mekong-delta", "VN", label("Mekong Delta region", "메콩 델타 지역"), {
      sources: ["S5"],
    }),
    project(
      "east-kalimantan",
      "ID",
      label("East Kalimantan (new capital site)", "동칼리만탄 (신수도 부지)"),
      {
        subProgramId: "smart-city-development",
        track: known("urban-planning", ["S51"]),
        title: inferred(
          label("Basic concept plan of the New Capital City", "신수도 기본구상"),
          'The 2021 results (S16) refer to "the basic concept plan of the New Capital City in Indonesia developed under the K-City Network Program 2020".',
          ["S16"],
        ),
        sources: ["S5", "S51", "S37", "S16"],
      },
    ),
    project("cusco", "PE", label("Cusco", "쿠스코"), {
      subProgramId: "smart-city-development",
      track: known("urban-planning", ["S51", "S40"]),
      sources: ["S5", "S51", "S40"],
      note: "The airport relocation site request came from Peru (S40).",
    }),
    project("vientiane", "LA", label("Vientiane", "비엔티안"), {
      subProgramId: "smart-city-development",
      track: inferred(
        "urban-planning",
        "Laos requested a national/city smart city roadmap, listed among the development-type requests (S40).",
        ["S40"],
      ),
      sources: ["S5", "S40"],
    }),
    project("ulaanbaatar", "MN", label("Ulaanbaatar", "울란바토르"), { sources: ["S5"] }),
    project("bogota", "CO", label("Bogotá", "보고타"), {
      subProgramId: "smart-single-solution",
      track: known("solution-planning", ["S51"]),
      sources: ["S5", "S51"],
    }),
    project("khon-kaen", "TH", label("Khon Kaen", "콘깬"), { sources: ["S5"] }),
    project("gaziantep", "TR", label("Gaziantep", "가지안테프"), {
      title: known(
        label(
          "Smart City Data Coordination Center (master plan and feasibility study)",
          "스마트시티 데이터 조정센터 (마스터플랜 및 타당성 조사)",
        ),
        ["S63", "S16"],
      ),
      proposer: known(label("Gaziantep Metropolitan Municipality", "가지안테프 광역시"), ["S63"]),
      koreanCompany: known(
        label("Samsung SDS", "삼성SDS"),
        ["S16", "S63"],
        OFFICIAL,
        "The seed names Samsung SDS as the developer of the 2020 master plan.",
      ),
      sources: ["S5", "S63", "S16"],
      note: "The data coordination centre later became operational (S63).",
    }),
    project("ankara", "TR", label("Ankara", "앙카라"), { sources: ["S5"] }),
  ],
  events: [
    {
      kind: "call-announced",
      date: "2020-01-31",
      label: label(
        "K-City Network launched and first international call announced",
        "K-City 네트워크 출범 및 첫 국제 공모",
      ),
      sources: ["S6", "S8"],
      reliability: OFFICIAL,
    },
    {
      kind: "call-opens",
      date: "2020-01-31",
      label: label("Applications open", "신청 접수 시작"),
      sources: ["S8", "S22", "S30"],
      reliability: PRESS,
    },
    {
      kind: "other",
      date: "2020-03-16",
      label: label("Entrustment agreement between MOLIT and KIND", "국토부-KIND 위수탁 협약 체결"),
      sources: ["S30", "S34"],
      reliability: PRESS,
    },
    {
      kind: "call-closes",
      date: "2020-03-20",
      label: label("Applications close", "신청 마감"),
      sources: ["S8", "S22", "S30"],
      reliability: PRESS,
    },
    {
      kind: "results-announced",
      date: "2020-04-19",
      label: label("Selection reported", "선정 결과 보도"),
      sources: ["S8"],
      reliability: PRESS,
      note: "Results were due about 20 Apr 2020 (S40).",
    },
  ],
  packageElements: [
    known(label("Field or invitational training", "현지·초청 연수"), ["S6", "S30"], OFFICIAL),
    known(label("Technical consulting", "기술 자문"), ["S6", "S30"], OFFICIAL),
    known(
      label(
        'A "full package" of the project (hardware) plus training and consulting (software), with G2G work from planning to investment',
        '사업(하드웨어)과 연수·자문(소프트웨어)을 묶은 "풀 패키지", 계획부터 투자까지 G2G 협력',
      ),
      ["S6"],
      OFFICIAL,
    ),
  ],
  notes: [
    "Applicants: foreign central governments, local governments and public agencies only (S8, S40). Open to every country (S40, S42).",
    "Three of the 80 applications (3.75%) are not explained by the two types' counts (inferred: 80 - 31 - 46).",
    "Full titles and proposers of most 2020 projects are not found; the type is known for East Kalimantan, Cusco (development) and Bogotá (solution) and inferred for Vientiane.",
  ],
} satisfies EditionDraft);
