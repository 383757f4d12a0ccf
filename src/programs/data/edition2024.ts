/**
 * The 2024 edition, the first under the October 2023 improvement plan.
 *
 * @module
 */
import { inferred, known, OFFICIAL, PRESS, unknown } from "../../core/fact.js";
import type { Label } from "../../core/label.js";
import { krw } from "../../money/money.js";
import type { CountryCode, Edition, SelectedProject } from "../types.js";
import { between, type Draft, type EditionDraft, edition, label, rangeM } from "./build.js";

function demo(id: string, country: CountryCode, site: Label, title: Label): Draft<SelectedProject> {
  return {
    id,
    subProgramId: "overseas-demonstration",
    track: known("solution-demonstration", ["S27"]),
    country,
    site: known(site, ["S27"]),
    title: known(title, ["S27"], PRESS, "Described in the results; not an official title."),
    proposer: unknown("The overseas partner is not found in the stored sources.", ["S27"]),
    koreanCompany: unknown("The Korean company is not found in the stored sources.", ["S27"]),
    sources: ["S27", "S58"],
    reliability: PRESS,
  };
}

/**
 * The 2024 edition: year-round planning intake with KIND pre-consulting (cutoff end of April) and a
 * demonstration call run by KAIA; 6 demonstrations known, the 2 planning projects not found.
 *
 * @example
 * ```ts
 * EDITION_2024.subPrograms[0]?.intake.kind; //=> "rolling"
 * ```
 * @category Programs
 */
export const EDITION_2024: Edition = edition({
  year: 2024,
  name: label("K-City Network Global Cooperation Program 2024", "K-City 네트워크 글로벌 협력 프로그램 2024"),
  subPrograms: [
    {
      id: "planning",
      name: label("Planning type", "계획수립형"),
      tracks: ["urban-planning", "solution-planning"],
      purpose: known(
        label(
          "Smart city planning and smart solution planning for proposals whose viability was confirmed by pre-consulting.",
          "사전 컨설팅으로 타당성이 확인된 제안의 스마트도시 계획 및 스마트솔루션 계획 수립.",
        ),
        ["S26", "S53", "S54"],
      ),
      funding: {
        call: known(rangeM(300, 600), ["S26", "S53", "S54"]),
        awarded: unknown("The planning results are not found.", ["S26", "S27"]),
        approximate: false,
      },
      targetCount: known(
        between(2),
        ["S26", "S53", "S54"],
        PRESS,
        "1 smart city planning + 1 solution planning.",
      ),
      secretariat: known("kind", ["S26"]),
      intake: {
        kind: "rolling",
        opens: known("2024-01-30", ["S53", "S3"], PRESS, "Notice dated 30 Jan 2024 (announced 29 Jan)."),
        cutoff: known(
          "2024-04-30",
          ["S53", "S9", "S39"],
          OFFICIAL,
          "Only proposals received by the end of April 2024 were considered for 2024 support.",
        ),
        rollsOverTo: 2025,
        preConsulting: true,
        note: "Proposals received in May 2024 or later are reviewed for 2025 support (S9, S39).",
      },
      reviewSteps: known(
        [
          {
            id: "pre-consulting",
            name: label("Pre-consulting by KIND with the requesting city", "KIND의 요청 도시 사전 컨설팅"),
            sources: ["S26", "S53", "S39"],
          },
          {
            id: "selection-committee",
            name: label("Selection committee", "선정위원회"),
            sources: ["S39", "S53"],
          },
        ],
        ["S26", "S53", "S39"],
      ),
      criteria: known(
        [label("Viability verified by KIND pre-consulting", "KIND 사전 컨설팅으로 확인된 사업 타당성")],
        ["S26"],
      ),
      counts: {
        applications: unknown("Not found.", ["S26", "S27"]),
        applicantCountries: unknown("Not found.", ["S26", "S27"]),
        selected: inferred(
          2,
          "41 + 6 + 2 = 49 matches the 49 projects stated in January 2025 (S2); the planning results themselves are not found.",
          ["S2", "S26"],
        ),
        selectedCountries: unknown("The 2024 planning projects are not found.", ["S26", "S27"]),
      },
    },
    {
      id: "overseas-demonstration",
      name: label("Overseas demonstration type", "해외실증형"),
      tracks: ["solution-demonstration"],
      purpose: known(
        label(
          "Korean companies demonstrate solutions abroad in a consortium with an overseas public partner (government, public institution or university).",
          "국내 기업이 해외 공공 파트너(정부, 공공기관, 대학)와 컨소시엄을 구성해 해외에서 솔루션 실증.",
        ),
        ["S26", "S53", "S9", "S39"],
      ),
      funding: {
        call: known(rangeM(200, 400), ["S26", "S53", "S3"]),
        awarded: unknown("Per-project awards are not given; the six awards total 2.5 billion KRW (S58).", [
          "S58",
        ]),
        approximate: false,
      },
      targetCount: known(between(6), ["S26", "S53", "S3"], PRESS, "Up from 4."),
      secretariat: known("kaia", ["S26"]),
      intake: {
        kind: "call",
        opens: known("2024-01-30", ["S27", "S53"]),
        closes: known(
          "2024-03-19",
          ["S27"],
          PRESS,
          "S53 gives 18 Mar 2024; the press-release copy in S27 (call period 30 Jan - 19 Mar) is closer to the primary source.",
        ),
      },
      reviewSteps: known(
        [
          { id: "kaia-evaluation", name: label("Evaluation by KAIA", "KAIA 평가"), sources: ["S26", "S53"] },
          {
            id: "selection-committee",
            name: label("Selection review committee", "선정심의위원회"),
            sources: ["S27", "S58"],
          },
        ],
        ["S26", "S53", "S27", "S58"],
      ),
      criteria: known(
        [
          label("Implementation conditions", "사업 여건"),
          label("Potential for follow-on exports", "후속 수출 가능성"),
        ],
        ["S26", "S53"],
      ),
      counts: {
        applications: unknown("Not found.", ["S27"]),
        applicantCountries: unknown("Not found.", ["S27"]),
        selected: known(6, ["S27", "S58"]),
        selectedCountries: inferred(6, "Vietnam, Indonesia, Philippines, Cambodia, Italy, USA.", ["S27"]),
      },
    },
  ],
  budget: known(
    krw(4_000_000_000n),
    ["S53"],
    PRESS,
    "Planned: up to 8 projects and 4.0 billion KRW; the demonstration awards total 2.5 billion KRW (S58).",
  ),
  targetCount: known(between(0, 8), ["S53", "S3"], PRESS, "Up to 8 projects."),
  counts: {
    applications: unknown("Not found.", ["S27"]),
    applicantCountries: unknown("Not found.", ["S27"]),
    selected: inferred(8, "6 demonstrations (S27) + 2 planning projects inferred from 49 - 41 - 6.", [
      "S27",
      "S2",
    ]),
    selectedCountries: unknown("The 2024 planning projects are not found.", ["S27"]),
  },
  projectsComplete: false,
  projects: [
    demo(
      "hue",
      "VN",
      label("Hue", "후에"),
      label(
        'Maintenance of underground utilities with integrated multi-utility markers ("Smart Pin")',
        "통합 지하시설물 표지(스마트 핀)를 활용한 지하시설물 유지관리",
      ),
    ),
    demo(
      "jakarta",
      "ID",
      label("Jakarta", "자카르타"),
      label(
        "Digital-twin 3D rights-space solution for land and real-estate management",
        "토지·부동산 관리를 위한 디지털 트윈 3D 권리공간 솔루션",
      ),
    ),
    demo(
      "puerto-princesa",
      "PH",
      label("Puerto Princesa", "푸에르토프린세사"),
      label(
        "Pilot smart city integrated operations centre for disaster and safety management",
        "재난·안전 관리를 위한 스마트시티 통합운영센터 시범 구축",
      ),
    ),
    demo(
      "siem-reap",
      "KH",
      label("Siem Reap (province)", "시엠레아프주"),
      label(
        "Shared electric-motorbike smart mobility (climate and tourism)",
        "전기 오토바이 공유 스마트 모빌리티 (기후·관광)",
      ),
    ),
    demo(
      "verona",
      "IT",
      label("Verona", "베로나"),
      label(
        "Next-generation C-ITS traffic control for intersection congestion",
        "교차로 혼잡 해소를 위한 차세대 C-ITS 교통 제어",
      ),
    ),
    demo(
      "new-jersey",
      "US",
      label("New Jersey (state)", "뉴저지주"),
      label(
        "Road-icing response using acoustic road-surface detection",
        "음향 기반 노면 감지를 활용한 도로 결빙 대응",
      ),
    ),
  ],
  events: [
    {
      kind: "call-announced",
      date: "2024-01-29",
      label: label("Call announced (notice dated 30 Jan)", "공모 공고 (1월 30일 자)"),
      sources: ["S26", "S53", "S54"],
      reliability: PRESS,
    },
    {
      kind: "call-opens",
      date: "2024-01-30",
      label: label(
        "Planning intake (year-round) and demonstration call open",
        "계획수립형 연중 상시 접수 및 해외실증형 공모 시작",
      ),
      sources: ["S53", "S27", "S3"],
      reliability: PRESS,
    },
    {
      kind: "call-closes",
      subProgramId: "overseas-demonstration",
      date: "2024-03-19",
      label: label("Demonstration applications close", "해외실증형 신청 마감"),
      sources: ["S27"],
      reliability: PRESS,
      note: "S53 gives 18 Mar 2024.",
    },
    {
      kind: "review",
      subProgramId: "overseas-demonstration",
      date: "2024-04-16",
      label: label("Demonstration selection review committee", "해외실증형 선정심의위원회"),
      sources: ["S27", "S58"],
      reliability: PRESS,
    },
    {
      kind: "results-announced",
      subProgramId: "overseas-demonstration",
      date: "2024-04-17",
      label: label(
        "Demonstration results announced (Minister Park Sang-woo): 6 cities, 2.5 billion KRW",
        "해외실증형 결과 발표 (박상우 장관): 6개 도시, 25억 원",
      ),
      sources: ["S27", "S58"],
      reliability: PRESS,
    },
    {
      kind: "rolling-cutoff",
      subProgramId: "planning",
      date: "2024-04-30",
      label: label(
        "Cutoff for 2024 planning support (later proposals roll over to 2025)",
        "2024년 계획수립형 지원 접수 기한 (이후 제안은 2025년으로 이월)",
      ),
      sources: ["S53", "S9", "S39"],
      reliability: OFFICIAL,
    },
    {
      kind: "results-announced",
      subProgramId: "planning",
      date: "2024-06",
      label: label("Planning selection", "계획수립형 선정"),
      sources: ["S26", "S27"],
      reliability: PRESS,
      planned: true,
      note: '"In June" (S26) or "end of June" (S27); the results are not found.',
    },
  ],
  packageElements: [
    known(label("Invitational training in Korea", "국내 초청연수"), ["S9", "S39"], OFFICIAL),
    known(
      label(
        "Progress shared through G2G joint committees and bilateral meetings",
        "G2G 공동위원회·양자 회의를 통한 진행 상황 공유",
      ),
      ["S57"],
    ),
  ],
  notes: [
    "Improvement plan of 6 Oct 2023 (S57): year-round planning proposals, pre-consulting before selection, G2G joint committees, a later link to ODA.",
    "Planning applicants: international organisations and foreign national or local governments that completed prior consultation (S9, S26).",
    "Demonstrations: a consortium with an overseas public partner is mandatory; foreign companies may join but not receive the subsidy; no restriction on company size (S9, S39).",
    "The 2024 planning projects are not found; 2 are inferred from 49 - 41 - 6 (S2).",
  ],
} satisfies EditionDraft);
