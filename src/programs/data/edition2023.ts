/**
 * The 2023 edition.
 *
 * @module
 */
import { inferred, known, PRESS, unknown } from "../../core/fact.js";
import type { Label } from "../../core/label.js";
import { krw } from "../../money/money.js";
import type { CountryCode, Edition, SelectedProject } from "../types.js";
import { type Draft, type EditionDraft, edition, label, rangeM } from "./build.js";

const OPENS = known("2023-04-10", ["S10", "S25", "S48"], PRESS, "Date of the MOLIT public notice (S10).");

function project(
  id: string,
  subProgramId: "planning" | "overseas-demonstration",
  country: CountryCode,
  site: Label,
  title: Label,
  extra: Partial<SelectedProject> & Pick<SelectedProject, "sources">,
): Draft<SelectedProject> {
  const titleSources = extra.sources.filter((s) => s !== "S60");
  return {
    id,
    subProgramId,
    track:
      subProgramId === "overseas-demonstration"
        ? known("solution-demonstration", ["S14"])
        : unknown(
            "The planning type covers urban and solution planning; this project's track is not stated.",
            ["S14"],
          ),
    country,
    site: known(site, titleSources, PRESS),
    title: known(
      title,
      titleSources,
      PRESS,
      "Described in the results; the Korean text is the library's wording.",
    ),
    proposer: unknown("The proposer is not found in the stored sources.", ["S14"]),
    koreanCompany: unknown("The Korean executor or company is not found in the stored sources.", ["S14"]),
    reliability: PRESS,
    ...extra,
  };
}

/**
 * The 2023 edition: planning type and overseas demonstration type; 30 applications from 18
 * countries, 8 projects (4 + 4).
 *
 * @example
 * ```ts
 * EDITION_2023.projects.length; //=> 8
 * ```
 * @category Programs
 */
export const EDITION_2023: Edition = edition({
  year: 2023,
  name: label("K-City Network Global Cooperation Program 2023", "K-City 네트워크 글로벌 협력 프로그램 2023"),
  subPrograms: [
    {
      id: "planning",
      name: label("Planning type (Smart City Plan & Smart Solution)", "계획수립형"),
      tracks: ["urban-planning", "solution-planning"],
      purpose: known(
        label(
          "(a) Smart Urban Planning: a master plan for a foreign government's smart city development or regeneration using multiple solutions; (b) Smart Solution Planning: a plan for one smart solution to an urban problem. Covers planning, feasibility analysis and capacity building.",
          "(가) 스마트 도시계획: 해외 정부의 스마트도시 개발·재생 마스터플랜, (나) 스마트 솔루션 계획: 도시 문제 해결을 위한 단일 솔루션 계획. 계획수립, 타당성 분석, 역량 강화 지원.",
        ),
        ["S10", "S25", "S31"],
      ),
      funding: {
        call: known(rangeM(300, 500), ["S25", "S31", "S10"]),
        awarded: known(
          rangeM(300, 500),
          ["S14", "S11"],
          PRESS,
          "The results give 300-500M won per project, the call's range; each project's award is not given.",
        ),
        approximate: false,
      },
      targetCount: unknown("At least 4 cities; no upper bound is stated.", ["S25", "S31"]),
      secretariat: unknown(
        "The 2023 secretariat is not found; the Uman tender was run by MOLIT with KIND (S15).",
        ["S15"],
      ),
      intake: { kind: "call", opens: OPENS, closes: known("2023-05-10", ["S25", "S31", "S48"]) },
      reviewSteps: unknown("The review steps are not found; final selection was scheduled for June.", [
        "S25",
        "S48",
      ]),
      criteria: known(
        [
          label("Project importance", "사업의 중요성"),
          label("Business viability", "사업성"),
          label("Feasibility", "실현 가능성"),
        ],
        ["S25", "S48"],
      ),
      counts: {
        applications: unknown("Only the edition's total (30) is stated.", ["S14", "S61"]),
        applicantCountries: unknown("Only the edition's total (18) is stated.", ["S14", "S61"]),
        selected: known(4, ["S14", "S11"]),
        selectedCountries: inferred(4, "Ukraine, Indonesia, Egypt, Azerbaijan.", ["S14", "S31"]),
      },
    },
    {
      id: "overseas-demonstration",
      name: label("Overseas demonstration type", "해외실증형"),
      tracks: ["solution-demonstration"],
      purpose: known(
        label(
          "Korean companies' technologies and products demonstrated in overseas cities.",
          "국내 기업의 기술·제품을 해외 도시에서 실증.",
        ),
        ["S25", "S31"],
      ),
      funding: {
        call: known(rangeM(300, 500), ["S25", "S31", "S11"]),
        awarded: known(
          rangeM(300, 500),
          ["S14", "S11"],
          PRESS,
          "The results give 300-500M won per project, the call's range; each project's award is not given.",
        ),
        approximate: false,
      },
      targetCount: unknown("At least 4 cities; no upper bound is stated.", ["S25", "S31"]),
      secretariat: unknown("The 2023 secretariat is not found in the stored sources.", ["S25"]),
      intake: { kind: "call", opens: OPENS, closes: known("2023-05-30", ["S25", "S31", "S48"]) },
      reviewSteps: unknown("The review steps are not found; final selection was scheduled for June.", [
        "S25",
        "S48",
      ]),
      criteria: known(
        [
          label("Implementation conditions", "사업 여건"),
          label("Korean firms' market-entry potential", "국내 기업의 해외 진출 가능성"),
        ],
        ["S25", "S48"],
      ),
      counts: {
        applications: unknown("Only the edition's total (30) is stated.", ["S14", "S61"]),
        applicantCountries: unknown("Only the edition's total (18) is stated.", ["S14", "S61"]),
        selected: known(4, ["S14", "S11"]),
        selectedCountries: inferred(4, "Bangladesh, Vietnam, Türkiye, Indonesia.", ["S14"]),
      },
    },
  ],
  budget: known(krw(4_000_000_000n), ["S14", "S48"]),
  targetCount: unknown("At least 4 planning and 4 demonstration cities.", ["S25", "S31"]),
  counts: {
    applications: known(30, ["S14", "S61"]),
    applicantCountries: known(18, ["S14", "S61"]),
    selected: known(8, ["S14", "S11"], PRESS, "4 planning + 4 demonstration."),
    selectedCountries: inferred(
      7,
      "Ukraine, Indonesia (two projects), Egypt, Azerbaijan, Bangladesh, Vietnam, Türkiye.",
      ["S14", "S31"],
    ),
  },
  projectsComplete: true,
  projects: [
    project(
      "uman",
      "planning",
      "UA",
      label("Uman", "우만"),
      label(
        "Smart city development master plan for post-war recovery of Uman (transport, infrastructure, housing)",
        "우만 전후 복구 스마트시티 개발 마스터플랜 (교통, 인프라, 주거)",
      ),
      {
        track: inferred("urban-planning", "A city-level development master plan.", ["S14"]),
        koreanCompany: known(
          label(
            "K-water, with Jeil Engineering, Hana Urban Research Institute, Korea Planning Association and Samjong KPMG",
            "한국수자원공사·제일엔지니어링·한아도시연구소·대한국토도시계획학회·삼정회계법인 컨소시엄",
          ),
          ["S15"],
          PRESS,
          "Selected 23 Aug 2023 in a tender run by MOLIT with KIND.",
        ),
        sources: ["S14", "S15", "S11"],
        note: "Framed as a tourism-oriented business-city master plan.",
      },
    ),
    project(
      "nusantara",
      "planning",
      "ID",
      label("New capital (IKN / Nusantara)", "신수도 (누산타라)"),
      label(
        "Pre-feasibility study for a smart city control (operations) centre",
        "스마트시티 통합운영센터 예비타당성 조사",
      ),
      {
        track: inferred("solution-planning", "A single solution: an operations centre.", ["S14"]),
        sources: ["S14", "S11"],
      },
    ),
    project(
      "badr",
      "planning",
      "EG",
      label("Badr City", "바드르시"),
      label("Smart city master plan for Badr City", "바드르시 스마트시티 마스터플랜"),
      {
        track: inferred("urban-planning", "A city master plan.", ["S31"]),
        sources: ["S31", "S60"],
        note: "The Badr mayor visited Sejong while the plan was being prepared (S60).",
      },
    ),
    project(
      "aghdam",
      "planning",
      "AZ",
      label("Aghdam", "아그담"),
      label(
        "Master plan and pre-feasibility study for human-centred smart transport in Aghdam",
        "아그담 사람 중심 스마트 교통 마스터플랜 및 예비타당성 조사",
      ),
      {
        track: inferred("solution-planning", "A transport solution plan.", ["S31"]),
        sources: ["S31"],
      },
    ),
    project(
      "rangpur",
      "overseas-demonstration",
      "BD",
      label("Rangpur", "랑푸르"),
      label("Pilot integrated smart city platform", "통합 스마트시티 플랫폼 실증"),
      { sources: ["S14"] },
    ),
    project(
      "hai-phong",
      "overseas-demonstration",
      "VN",
      label("Hai Phong", "하이퐁"),
      label(
        "AI traffic counting and risk-awareness alert solution",
        "AI 교통량 계측 및 위험 인지 알림 솔루션",
      ),
      { sources: ["S14"] },
    ),
    project(
      "sakarya",
      "overseas-demonstration",
      "TR",
      label("Sakarya", "사카리아"),
      label(
        "High-sensitivity sensors and machine learning to detect and predict roof collapse",
        "고감도 센서와 머신러닝을 활용한 지붕 붕괴 감지·예측",
      ),
      { sources: ["S14"] },
    ),
    project(
      "banyumas",
      "overseas-demonstration",
      "ID",
      label("Banyumas", "바뉴마스"),
      label("Integrated smart city platform service", "통합 스마트시티 플랫폼 서비스"),
      { sources: ["S14"] },
    ),
  ],
  events: [
    {
      kind: "call-announced",
      date: "2023-04-10",
      label: label("Public notice of the call", "공모 공고"),
      sources: ["S10", "S25", "S48"],
      reliability: PRESS,
    },
    {
      kind: "call-opens",
      date: "2023-04-10",
      label: label("Applications open", "신청 접수 시작"),
      sources: ["S10", "S25", "S48"],
      reliability: PRESS,
    },
    {
      kind: "call-closes",
      subProgramId: "planning",
      date: "2023-05-10",
      label: label("Planning applications close", "계획수립형 신청 마감"),
      sources: ["S25", "S31", "S48"],
      reliability: PRESS,
    },
    {
      kind: "call-closes",
      subProgramId: "overseas-demonstration",
      date: "2023-05-30",
      label: label("Demonstration applications close", "해외실증형 신청 마감"),
      sources: ["S25", "S31", "S48"],
      reliability: PRESS,
    },
    {
      kind: "results-announced",
      date: "2023-06-22",
      label: label("Results announced", "선정 결과 발표"),
      sources: ["S14", "S61"],
      reliability: PRESS,
      note: "Final selection had been scheduled for June (S25, S48).",
    },
    {
      kind: "executor-selected",
      subProgramId: "planning",
      date: "2023-08-23",
      label: label(
        "K-water consortium selected as executor for Uman",
        "우만 사업 수행기관으로 한국수자원공사 컨소시엄 선정",
      ),
      sources: ["S15"],
      reliability: PRESS,
    },
    {
      kind: "expo",
      date: "2023-09",
      label: label("Networking support at the World Smart City Expo", "월드 스마트시티 엑스포 네트워킹 지원"),
      sources: ["S14"],
      reliability: PRESS,
      planned: true,
    },
    {
      kind: "other",
      date: "2023-10-06",
      label: label(
        "National Smart City Committee adopts the K-City Network improvement plan (applies from 2024)",
        "국가스마트도시위원회, K-City 네트워크 개선방안 의결 (2024년부터 적용)",
      ),
      sources: ["S57", "S53"],
      reliability: PRESS,
    },
  ],
  packageElements: [
    known(label("Capacity building (training)", "역량 강화 (연수)"), ["S10"]),
    known(label("Networking at the World Smart City Expo", "월드 스마트시티 엑스포 네트워킹"), ["S14"]),
  ],
  notes: [
    "Legal basis cited in the call: Article 30 of the Act on the Promotion of Smart City Development and Industry (S10).",
    "Planning projects must be proposed by central or local governments of partner countries (S10).",
    "Official quoted at the results: Gil Byung-woo, MOLIT Director-General for Urban Policy (S14).",
  ],
} satisfies EditionDraft);
