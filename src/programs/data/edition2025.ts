/**
 * The 2025 edition.
 *
 * @module
 */

import type { SourceTag } from "../../core/fact.js";
import { known, OFFICIAL, PRESS, unknown } from "../../core/fact.js";
import type { Label } from "../../core/label.js";
import type { CountryCode, Edition, SelectedProject } from "../types.js";
import { between, type Draft, type EditionDraft, edition, label, rangeM } from "./build.js";

function demo(
  id: string,
  country: CountryCode,
  site: Label,
  title: Label,
  sources: readonly SourceTag[],
): Draft<SelectedProject> {
  return {
    id,
    subProgramId: "overseas-demonstration",
    track: known("solution-demonstration", sources, PRESS),
    country,
    site: known(site, sources, PRESS),
    title: known(title, sources, PRESS, "Described in the results; not an official title."),
    proposer: unknown("The overseas partner is not found in the stored sources.", sources),
    koreanCompany: unknown("The Korean companies of the 2025 demonstrations are not found.", sources),
    sources,
    reliability: PRESS,
  };
}

/**
 * The 2025 edition: year-round planning intake (KIND) and a demonstration call (KAIA, 6 Feb - 11 Mar
 * 2025); 6 demonstrations in 5 countries known, the planning projects not found.
 *
 * @example
 * ```ts
 * EDITION_2025.projects.length; //=> 6
 * ```
 * @category Programs
 */
export const EDITION_2025: Edition = edition({
  year: 2025,
  name: label("K-City Network Global Cooperation Program 2025", "K-City 네트워크 글로벌 협력 프로그램 2025"),
  subPrograms: [
    {
      id: "planning",
      name: label("Planning type", "계획수립형"),
      tracks: ["urban-planning", "solution-planning"],
      purpose: known(
        label(
          "Apply the Korean smart city model to new towns or existing cities, or introduce smart solutions (consulting).",
          "한국형 스마트도시 모델을 신도시·기존 도시에 적용하거나 스마트솔루션 도입 (컨설팅).",
        ),
        ["S2"],
      ),
      funding: {
        call: known(
          rangeM(0, 700),
          ["S2", "S23", "S36"],
          PRESS,
          "Up to 700M KRW of consulting per project; only the ceiling is stated.",
        ),
        awarded: unknown("The 2025 planning awards are not found.", ["S2"]),
        approximate: false,
      },
      targetCount: known(
        between(3, 4),
        ["S2", "S23", "S36"],
        PRESS,
        "Selected at year-end after pre-consulting.",
      ),
      secretariat: known("kind", ["S23", "S36"]),
      intake: {
        kind: "rolling",
        opens: known(
          "2025-01-21",
          ["S2", "S47"],
          PRESS,
          "Applications accepted from 21 Jan 2025 (announced 20 Jan).",
        ),
        cutoff: unknown(
          "No cutoff for 2025 support is stated; selection was to follow pre-consulting at year-end.",
          ["S2", "S23", "S36"],
        ),
        rollsOverTo: 2026,
        preConsulting: true,
        note: "Year-round to KIND. The projects picked at the end of 2025 were reported in Jan-Feb 2026 as the 2026 planning projects (S24, S29); a separate 2025 set is not found.",
      },
      reviewSteps: known(
        [
          {
            id: "pre-consulting",
            name: label("Pre-consulting by KIND", "KIND 사전 컨설팅"),
            sources: ["S2", "S23"],
          },
          {
            id: "selection-committee",
            name: label("Selection at year-end", "연말 선정"),
            sources: ["S2", "S23"],
          },
        ],
        ["S2", "S23", "S36"],
      ),
      criteria: unknown("The 2025 planning criteria are not found.", ["S2", "S23"]),
      counts: {
        applications: unknown("Not found.", ["S2"]),
        applicantCountries: unknown("Not found.", ["S2"]),
        selected: unknown("The 2025 planning results are not found (see the 2026 planning projects).", [
          "S24",
          "S29",
        ]),
        selectedCountries: unknown("Not found.", ["S24"]),
      },
    },
    {
      id: "overseas-demonstration",
      name: label("Overseas demonstration type", "해외실증형"),
      tracks: ["solution-demonstration"],
      purpose: known(
        label(
          "Korean companies verify their smart solutions in overseas cities; the subsidy is paid to the Korean company.",
          "국내 기업이 해외 도시에서 스마트솔루션을 실증; 보조금은 국내 기업에 지급.",
        ),
        ["S23", "S36", "S47"],
        PRESS,
        'Called "verification" in English press.',
      ),
      funding: {
        call: known(
          rangeM(0, 400),
          ["S23", "S36", "S47"],
          PRESS,
          "Up to 400M KRW; only the ceiling is stated.",
        ),
        awarded: unknown("Per-project awards are not given; the six awards total 2.3 billion KRW (S17).", [
          "S17",
        ]),
        approximate: false,
      },
      targetCount: known(between(5, 6), ["S23", "S36", "S47"]),
      secretariat: known("kaia", ["S23", "S36"]),
      intake: {
        kind: "call",
        opens: known("2025-02-06", ["S23", "S47"]),
        closes: known("2025-03-11", ["S23", "S47"]),
      },
      reviewSteps: unknown("The review steps are not found; KAIA's selection was planned for April.", [
        "S36",
      ]),
      criteria: unknown("The 2025 demonstration criteria are not found.", ["S23"]),
      counts: {
        applications: unknown("Not found.", ["S17"]),
        applicantCountries: unknown("Not found.", ["S17"]),
        selected: known(6, ["S17", "S28"], PRESS, "6 cities."),
        selectedCountries: known(5, ["S17", "S28"]),
      },
    },
  ],
  budget: unknown("No annual budget is stated; the demonstration awards total 2.3 billion KRW (S17).", [
    "S17",
    "S2",
  ]),
  targetCount: known(between(9), ["S2", "S36", "S47"], PRESS, "About 9 overseas cities (Yonhap: up to 9)."),
  counts: {
    applications: unknown("Not found.", ["S2"]),
    applicantCountries: unknown("Not found.", ["S2"]),
    selected: unknown("The 2025 planning results are not found.", ["S17", "S24"]),
    selectedCountries: unknown("The 2025 planning results are not found.", ["S17", "S24"]),
  },
  projectsComplete: false,
  projects: [
    demo(
      "khon-kaen",
      "TH",
      label("Khon Kaen", "콘깬"),
      label(
        "AI analysis of live CCTV to detect anomalies, supporting police response to disasters and crime",
        "실시간 CCTV AI 분석으로 이상 상황을 감지해 경찰 재난·범죄 대응 지원",
      ),
      ["S17", "S28"],
    ),
    demo(
      "kuala-lumpur",
      "MY",
      label("Kuala Lumpur", "쿠알라룸푸르"),
      label("AI smart parking with a mobile app", "모바일 앱 연계 AI 스마트 주차"),
      ["S17", "S28"],
    ),
    demo(
      "milan",
      "IT",
      label("Milan", "밀라노"),
      label(
        "Smart waste: AIoT fill-level sensors, compacting bins and an integrated monitoring platform",
        "스마트 폐기물: AIoT 적재량 센서, 압축 쓰레기통, 통합 관제 플랫폼",
      ),
      ["S17", "S28"],
    ),
    demo(
      "verona",
      "IT",
      label("Verona", "베로나"),
      label("AI smart traffic solution for traffic flow", "교통 흐름 개선 AI 스마트 교통 솔루션"),
      ["S28"],
    ),
    demo(
      "birmingham",
      "GB",
      label("Birmingham", "버밍엄"),
      label(
        "AR navigation for barrier-free walking by people with limited mobility",
        "교통약자의 무장애 보행을 위한 AR 길안내",
      ),
      ["S17", "S28"],
    ),
    demo(
      "lima",
      "PE",
      label("Lima", "리마"),
      label("Traffic-safety solution for accident prevention", "사고 예방 교통안전 솔루션"),
      ["S28"],
    ),
  ],
  events: [
    {
      kind: "call-announced",
      date: "2025-01-20",
      label: label("Call announced", "공모 공고"),
      sources: ["S2", "S36", "S47"],
      reliability: PRESS,
    },
    {
      kind: "call-opens",
      subProgramId: "planning",
      date: "2025-01-21",
      label: label("Year-round planning intake opens", "계획수립형 연중 상시 접수 시작"),
      sources: ["S2", "S47"],
      reliability: PRESS,
    },
    {
      kind: "call-opens",
      subProgramId: "overseas-demonstration",
      date: "2025-02-06",
      label: label("Demonstration call opens", "해외실증형 공모 시작"),
      sources: ["S23", "S47"],
      reliability: PRESS,
    },
    {
      kind: "call-closes",
      subProgramId: "overseas-demonstration",
      date: "2025-03-11",
      label: label("Demonstration applications close", "해외실증형 신청 마감"),
      sources: ["S23", "S47"],
      reliability: PRESS,
    },
    {
      kind: "results-announced",
      subProgramId: "overseas-demonstration",
      date: "2025-04-07",
      label: label(
        "Demonstration results announced (Minister Park Sang-woo): 6 cities in 5 countries, 2.3 billion KRW",
        "해외실증형 결과 발표 (박상우 장관): 5개국 6개 도시, 23억 원",
      ),
      sources: ["S17", "S28"],
      reliability: PRESS,
    },
    {
      kind: "track-start",
      subProgramId: "overseas-demonstration",
      track: "solution-demonstration",
      date: "2025-04",
      label: label("Demonstrations start", "해외실증 착수"),
      sources: ["S17", "S28"],
      reliability: PRESS,
    },
    {
      kind: "expo",
      date: "2025-07",
      label: label(
        "Officials from selected cities invited to the World Smart City Expo 2025 (Busan)",
        "선정 도시 공무원 월드 스마트시티 엑스포 2025 (부산) 초청",
      ),
      sources: ["S36"],
      reliability: PRESS,
      planned: true,
    },
    {
      kind: "results-announced",
      subProgramId: "planning",
      date: "2025-12",
      label: label(
        "Planning selection at year-end after pre-consulting",
        "사전 컨설팅 후 연말 계획수립형 선정",
      ),
      sources: ["S2", "S23", "S36"],
      reliability: PRESS,
      planned: true,
      note: '"At the end of the year"; the projects were reported in Jan-Feb 2026 as the 2026 planning projects.',
    },
  ],
  packageElements: [
    known(
      label(
        "Invitation to the World Smart City Expo 2025 in Busan",
        "월드 스마트시티 엑스포 2025 (부산) 초청",
      ),
      ["S36"],
    ),
    known(label("Invitational training in Korea", "국내 초청연수"), ["S9", "S39"], OFFICIAL),
  ],
  notes: [
    "Planning applicants: overseas central governments, local governments and international organisations (S2, S36).",
    "Cumulative statement at the call: 49 cooperation projects in 26 countries over five years (S2, S23, S36).",
    "Verona (Italy) hosts a demonstration in 2024 and in 2025; the sources do not say that the second continues the first.",
  ],
} satisfies EditionDraft);
