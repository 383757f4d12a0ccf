/**
 * The 2022 edition (third international call).
 *
 * @module
 */
import { inferred, known, OFFICIAL, PRESS, unknown } from "../../core/fact.js";
import type { Label } from "../../core/label.js";
import { krw } from "../../money/money.js";
import type { CountryCode, Edition, SelectedProject, TrackId } from "../types.js";
import { between, type Draft, type EditionDraft, edition, label, rangeM } from "./build.js";

const OPENS = known("2022-03-29", ["S46", "S49"]);

function project(
  id: string,
  subProgramId: "smart-city-planning" | "smart-solution-demonstration",
  country: CountryCode,
  site: Label,
  extra: Partial<SelectedProject> & Pick<SelectedProject, "sources">,
): Draft<SelectedProject> {
  const demo = subProgramId === "smart-solution-demonstration";
  const track: SelectedProject["track"] = demo
    ? known<TrackId>("solution-demonstration", ["S13"])
    : unknown(
        "The merged Smart City Planning sub-program covers urban and solution planning; this project's track is not stated.",
        ["S13"],
      );
  return {
    id,
    subProgramId,
    track,
    country,
    site: known(site, ["S13"]),
    title: unknown("The title is not found in the stored sources.", ["S13"]),
    proposer: unknown("The proposer is not found in the stored sources.", ["S13"]),
    koreanCompany: unknown("The Korean executor or company is not found in the stored sources.", ["S13"]),
    reliability: PRESS,
    ...extra,
  };
}

/**
 * The 2022 edition: the two planning types merged into "Smart City Planning", plus "Smart Solution
 * Overseas Demonstration"; 33 applications from 17 countries, 10 projects in 9 countries.
 *
 * @example
 * ```ts
 * EDITION_2022.subPrograms[0]?.tracks; //=> ["urban-planning", "solution-planning"]
 * ```
 * @category Programs
 */
export const EDITION_2022: Edition = edition({
  year: 2022,
  name: label("K-City Network Global Cooperation Program 2022", "K-City 네트워크 글로벌 협력 프로그램 2022"),
  subPrograms: [
    {
      id: "smart-city-planning",
      name: label("Smart City Planning", "스마트도시 계획수립"),
      tracks: ["urban-planning", "solution-planning"],
      purpose: known(
        label(
          "Solution build and operation plans (transport, environment, energy) plus smart city master plans and feasibility studies; 1-2 years by project character.",
          "교통·환경·에너지 솔루션 구축·운영 계획과 스마트도시 마스터플랜·타당성 조사; 사업 성격에 따라 1~2년.",
        ),
        ["S46", "S49"],
        PRESS,
        "The two planning types of 2021 were merged (S46).",
      ),
      funding: {
        call: known(rangeM(200, 1000), ["S46", "S49"], PRESS, "Call ceiling; awards were 300-500M."),
        awarded: known(rangeM(300, 500), ["S7", "S13"]),
        approximate: false,
      },
      targetCount: unknown("Only the edition's target (about 10 cities) is stated.", ["S46", "S49"]),
      secretariat: unknown("The 2022 secretariats are not found in the stored sources.", ["S46", "S49"]),
      intake: { kind: "call", opens: OPENS, closes: known("2022-04-29", ["S46", "S49"]) },
      reviewSteps: known(
        [
          { id: "document-review", name: label("Document review", "서면 평가"), sources: ["S49"] },
          {
            id: "scope-negotiation",
            name: label(
              "Scope negotiation with the counterpart country or city",
              "상대국·도시와 과업 범위 협의",
            ),
            sources: ["S49"],
          },
        ],
        ["S49"],
      ),
      criteria: known(
        [
          label("Project importance", "사업의 중요성"),
          label("Business viability", "사업성"),
          label("Feasibility", "실현 가능성"),
        ],
        ["S49"],
        PRESS,
        "The final review committee assessed feasibility and the applicant areas' readiness (S7, S45).",
      ),
      counts: {
        applications: unknown("Only the edition's total (33) is stated.", ["S7", "S13"]),
        applicantCountries: unknown("Only the edition's total (17) is stated.", ["S7", "S13"]),
        selected: known(8, ["S13", "S7"]),
        selectedCountries: inferred(8, "Countries of the eight listed planning projects.", ["S13", "S18"]),
      },
    },
    {
      id: "smart-solution-demonstration",
      name: label("Smart Solution Overseas Demonstration", "스마트솔루션 해외실증"),
      tracks: ["solution-demonstration"],
      purpose: known(
        label(
          "Korean companies' technologies, products and solutions demonstrated in overseas cities.",
          "국내 기업의 기술·제품·솔루션을 해외 도시에서 실증.",
        ),
        ["S46", "S49"],
      ),
      funding: {
        call: known(rangeM(300, 500), ["S46", "S49"]),
        awarded: known(rangeM(400, 400), ["S7", "S13"], PRESS, "400M each for the two projects."),
        approximate: false,
      },
      targetCount: unknown("Only the edition's target (about 10 cities) is stated.", ["S46", "S49"]),
      secretariat: unknown("The 2022 secretariats are not found in the stored sources.", ["S46", "S49"]),
      intake: { kind: "call", opens: OPENS, closes: known("2022-05-20", ["S46", "S49"]) },
      reviewSteps: known(
        [
          { id: "document-review", name: label("Document review", "서면 평가"), sources: ["S49"] },
          { id: "presentation", name: label("Presentation evaluation", "발표 평가"), sources: ["S49"] },
          {
            id: "counterpart-confirmation",
            name: label("Confirmation by the counterpart country or city", "상대국·도시 확인"),
            sources: ["S49"],
          },
        ],
        ["S49"],
      ),
      criteria: unknown("Cut off in the call (S49).", ["S49", "S7", "S45"]),
      counts: {
        applications: unknown("Only the edition's total (33) is stated.", ["S7", "S13"]),
        applicantCountries: unknown("Only the edition's total (17) is stated.", ["S7", "S13"]),
        selected: known(2, ["S13", "S7"]),
        selectedCountries: inferred(2, "Thailand and Indonesia.", ["S13"]),
      },
    },
  ],
  budget: known(krw(4_200_000_000n), ["S46", "S49"]),
  targetCount: known(between(10), ["S46", "S49"], PRESS, "About 10 cities."),
  counts: {
    applications: known(33, ["S7", "S13", "S45"]),
    applicantCountries: known(17, ["S7", "S13", "S45"]),
    selected: known(10, ["S7", "S12", "S21"], PRESS, "10 projects in 10 cities."),
    selectedCountries: known(9, ["S7", "S12", "S21"]),
  },
  projectsComplete: true,
  projects: [
    project("issyk-kul", "smart-city-planning", "KG", label("Issyk-Kul", "이식쿨"), {
      track: inferred("urban-planning", "A smart city master plan and preliminary feasibility study.", [
        "S43",
      ]),
      title: known(
        label(
          "Master plan and preliminary feasibility study of Smart City Issyk-Kul",
          "스마트시티 이식쿨 마스터플랜 및 예비타당성 조사",
        ),
        ["S43"],
      ),
      koreanCompany: known(label("Han-A consortium", "한아 컨소시엄"), ["S43", "S44"]),
      sources: ["S13", "S43", "S44"],
      note: "Consortium on site Oct 2022; preliminary master plan and feasibility study discussed at a meeting dated 25 Apr (likely 2023, S44).",
    }),
    project("zuunmod", "smart-city-planning", "MN", label("Zuunmod", "준모드"), {
      sources: ["S13", "S18"],
    }),
    project("klang", "smart-city-planning", "MY", label("Klang", "클랑"), {
      site: known(
        label("Klang", "클랑"),
        ["S18", "S19"],
        PRESS,
        'S13 and S20 write "Clark" (클라크); Clark is in the Philippines and was a 2021 project, so Klang is taken.',
      ),
      sources: ["S18", "S19"],
    }),
    project("khulna", "smart-city-planning", "BD", label("Khulna", "쿨나"), { sources: ["S13"] }),
    project("zangilan", "smart-city-planning", "AZ", label("Zangilan", "장길란"), {
      sources: ["S13"],
    }),
    project("jakarta", "smart-city-planning", "ID", label("Jakarta", "자카르타"), {
      sources: ["S13"],
    }),
    project("warnes", "smart-city-planning", "BO", label("Warnes", "와르네스"), { sources: ["S13"] }),
    project("ho-chi-minh-city", "smart-city-planning", "VN", label("Ho Chi Minh City", "호찌민시"), {
      sources: ["S13"],
    }),
    project("mukdahan", "smart-solution-demonstration", "TH", label("Mukdahan (province)", "묵다한주"), {
      title: known(
        label(
          "Smart integrated platform linking crime-prevention and traffic information, with drones",
          "방범·교통 정보를 연계한 스마트 통합 플랫폼 (드론 활용)",
        ),
        ["S62"],
        "machine-translated",
        "Described, not titled, in the machine-translated S62.",
      ),
      sources: ["S13", "S62"],
      note: "Drone video shared with provincial police for national-park safety and enforcement (S62).",
    }),
    project("madiun", "smart-solution-demonstration", "ID", label("Madiun", "마디운"), {
      sources: ["S13"],
    }),
  ],
  events: [
    {
      kind: "call-announced",
      date: "2022-03-29",
      label: label("Call announced (Minister Noh Hyeong-ouk)", "공모 공고 (노형욱 장관)"),
      sources: ["S46", "S49"],
      reliability: PRESS,
    },
    {
      kind: "call-opens",
      date: "2022-03-29",
      label: label("Applications open", "신청 접수 시작"),
      sources: ["S46", "S49"],
      reliability: PRESS,
    },
    {
      kind: "call-closes",
      subProgramId: "smart-city-planning",
      date: "2022-04-29",
      label: label("Planning applications close", "계획수립 신청 마감"),
      sources: ["S46", "S49"],
      reliability: PRESS,
    },
    {
      kind: "review",
      subProgramId: "smart-city-planning",
      date: "2022-05",
      label: label("Planning selection", "계획수립 선정"),
      sources: ["S49"],
      reliability: PRESS,
      planned: true,
      note: "Planned for May; the results came on 23 Jun 2022 (S12).",
    },
    {
      kind: "call-closes",
      subProgramId: "smart-solution-demonstration",
      date: "2022-05-20",
      label: label("Demonstration applications close", "해외실증 신청 마감"),
      sources: ["S46", "S49"],
      reliability: PRESS,
    },
    {
      kind: "results-announced",
      date: "2022-06-23",
      label: label("Results announced (Minister Won Hee-ryong)", "선정 결과 발표 (원희룡 장관)"),
      sources: ["S12", "S13"],
      reliability: PRESS,
    },
    {
      kind: "executor-tender",
      subProgramId: "smart-city-planning",
      date: "2022-06",
      label: label("Tender notice for the Korean executors", "국내 수행기관 입찰 공고"),
      sources: ["S7", "S45"],
      reliability: PRESS,
      planned: true,
      note: "At the end of June.",
    },
    {
      kind: "executor-selected",
      subProgramId: "smart-city-planning",
      date: "2022-07",
      label: label("Korean executors selected", "국내 수행기관 선정"),
      sources: ["S7", "S45"],
      reliability: PRESS,
      planned: true,
      note: "Criteria: technical capability, an existing network with the country, understanding of local conditions.",
    },
    {
      kind: "expo",
      date: "2022-08-31",
      label: label(
        "World Smart City Expo (KINTEX, Goyang), session with the World Bank and IDB",
        "월드 스마트시티 엑스포 (킨텍스), 세계은행·IDB 세션",
      ),
      sources: ["S13", "S21"],
      reliability: PRESS,
      note: "31 Aug - 2 Sep 2022.",
    },
    {
      kind: "other",
      date: "2022-10",
      label: label("Issyk-Kul consortium on site", "이식쿨 컨소시엄 현지 방문"),
      sources: ["S43"],
      reliability: PRESS,
    },
  ],
  packageElements: [
    known(label("Invitational training in Korea", "국내 초청연수"), ["S16", "S9"], OFFICIAL),
    known(label("Workshops and roadshows", "워크숍·로드쇼"), ["S19"]),
  ],
  notes: [
    "New rule: international organisations (e.g. the World Bank) may apply jointly with overseas governments or cities (S46, S49).",
    "Cumulative totals given at the results: 2020-2021 23 projects, 19 countries, 21 cities; with 2022 33 projects, 21 countries, 31 cities (S7, S12, S18).",
    '"39 countries, 191 applications" through 2021 (S46, S49): 191 = 80 + 111, but 39 is the 2021 count alone and may understate the distinct countries.',
  ],
} satisfies EditionDraft);
