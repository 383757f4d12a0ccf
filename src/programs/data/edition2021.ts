/**
 * The 2021 edition. The seed (MOLIT's English results release, S16) is authoritative: every number
 * and project below that it gives is taken from it.
 *
 * @module
 */
import { inferred, known, OFFICIAL, PRESS, unknown } from "../../core/fact.js";
import { krw } from "../../money/money.js";
import type { Edition, Intake } from "../types.js";
import { between, type EditionDraft, edition, label, rangeM } from "./build.js";

const CALL: Intake = {
  kind: "call",
  opens: known(
    "2021-02-18",
    ["S5", "S51"],
    OFFICIAL,
    "The machine-translated portal page S33 gives 20 Feb 2021; MOLIT's own release S5 and Edaily S51 give 18 Feb.",
  ),
  closes: known(
    "2021-04-19",
    ["S33"],
    "machine-translated",
    'Only the machine-translated page S33 gives the end date ("from February 20th to April 19th"); moderately reliable.',
  ),
  note: "One window for the three sub-programs.",
};

const CRITERIA_UNKNOWN = unknown(
  "The evaluation criteria of this sub-program are not found in the stored sources.",
  ["S51", "S16"],
);

/**
 * The 2021 edition ("K-City Network: Global Cooperation Program 2021"): three sub-programs, 111
 * applications from 39 countries, 11 projects in 11 countries.
 *
 * @example
 * ```ts
 * EDITION_2021.projects.length; //=> 11
 * ```
 * @category Programs
 */
export const EDITION_2021: Edition = edition({
  year: 2021,
  name: label("K-City Network: Global Cooperation Program 2021", "K-City 네트워크 글로벌 협력 프로그램 2021"),
  subPrograms: [
    {
      id: "smart-city-planning",
      name: label("Smart City Planning", "스마트 도시개발형 계획수립"),
      tracks: ["urban-planning"],
      purpose: known(
        label(
          "Planning for a large-scale or green field smart city development project (master plan or feasibility study for new towns, housing or industrial complexes).",
          "대규모·신규 스마트도시 개발사업 계획수립 (신도시, 주거·산업단지의 마스터플랜 또는 타당성 조사).",
        ),
        ["S16", "S51"],
        OFFICIAL,
      ),
      funding: {
        call: known(rangeM(400, 600), ["S51"]),
        awarded: known(rangeM(400, 600), ["S16", "S52"], OFFICIAL),
        approximate: false,
      },
      targetCount: known(between(4), ["S51", "S52", "S5"], PRESS, "About 4 cities."),
      secretariat: known(
        "kind",
        ["S33"],
        "machine-translated",
        "From 2021 each type had its own secretariat; the urban-development type's was KIND.",
      ),
      intake: CALL,
      reviewSteps: unknown("The review steps of the planning types are not found in the stored sources.", [
        "S16",
      ]),
      criteria: known(
        [label("Korean firms' potential to enter the project", "국내 기업의 진출 가능성")],
        ["S51"],
        PRESS,
        "Selection takes Korean firms' entry potential into account.",
      ),
      counts: {
        applications: known(57, ["S16", "S32"], OFFICIAL),
        applicantCountries: known(24, ["S16", "S32"], OFFICIAL),
        selected: known(4, ["S16"], OFFICIAL),
        selectedCountries: known(4, ["S16"], OFFICIAL),
      },
    },
    {
      id: "smart-solution-planning",
      name: label("Smart Solution Planning", "스마트 솔루션형 계획수립"),
      tracks: ["solution-planning"],
      purpose: known(
        label(
          "Designing of a smart solution to address a specific urban problem (transport, environment, energy...), with build and operation plans.",
          "특정 도시 문제를 해결할 스마트솔루션(교통, 환경, 에너지 등)의 구축·운영 계획 수립.",
        ),
        ["S16", "S51"],
        OFFICIAL,
      ),
      funding: {
        call: known(rangeM(0, 300), ["S51"], PRESS, "The call states only a ceiling: up to 300M KRW."),
        awarded: known(rangeM(200, 300), ["S16", "S52"], OFFICIAL),
        approximate: false,
      },
      targetCount: known(between(4), ["S51", "S52"], PRESS, "About 4 cities."),
      secretariat: unknown(
        "The sentence naming the secretariats per type is cut off after KIND (urban development) in S33.",
        ["S33"],
      ),
      intake: CALL,
      reviewSteps: unknown("The review steps of the planning types are not found in the stored sources.", [
        "S16",
      ]),
      criteria: CRITERIA_UNKNOWN,
      counts: {
        applications: known(40, ["S16", "S32"], OFFICIAL),
        applicantCountries: known(16, ["S16"], OFFICIAL),
        selected: known(4, ["S16"], OFFICIAL),
        selectedCountries: inferred(4, "Countries of the listed projects.", ["S16"]),
      },
    },
    {
      id: "smart-solution-demonstration",
      name: label("Smart Solution Demonstration", "스마트 솔루션 해외실증"),
      tracks: ["solution-demonstration"],
      purpose: known(
        label(
          "Introduction of Korea's solutions for pilot operation in a foreign country: Korean companies partnering with overseas host governments or agencies pilot and cross-validate a commercialised solution (new in 2021).",
          "국내 기업이 해외 정부·기관과 함께 상용화된 한국 솔루션을 해외 도시에서 시범 운영·교차 실증 (2021년 신설).",
        ),
        ["S16", "S51", "S4"],
        OFFICIAL,
      ),
      funding: {
        call: unknown("Not found in the call excerpt (S51); the results give 400-600M KRW.", ["S51"]),
        awarded: known(rangeM(400, 600), ["S16", "S52"], OFFICIAL),
        approximate: false,
      },
      targetCount: inferred(between(3), "11 projects aimed at, less about 4 and 4 planning projects.", [
        "S5",
        "S51",
      ]),
      secretariat: unknown(
        "KAIA co-announced the 2021 results but is named as the demonstration secretariat only from 2024.",
        ["S32", "S52"],
      ),
      intake: CALL,
      reviewSteps: known(
        [
          {
            id: "joint-virtual-conference",
            name: label(
              "Presentations by Korean companies in joint virtual conferences with the overseas partner agencies",
              "국내 기업과 해외 파트너 기관의 합동 화상 회의 발표 평가",
            ),
            sources: ["S16"],
          },
          {
            id: "selection-committee",
            name: label("Project selection committee", "사업 선정위원회"),
            sources: ["S16"],
          },
        ],
        ["S16"],
        OFFICIAL,
      ),
      criteria: CRITERIA_UNKNOWN,
      counts: {
        applications: known(
          14,
          ["S16"],
          OFFICIAL,
          "The fact sheet had inferred 111 - 57 - 40 = 14; the seed states it.",
        ),
        applicantCountries: known(12, ["S16"], OFFICIAL),
        selected: known(3, ["S16"], OFFICIAL),
        selectedCountries: inferred(3, "Countries of the listed projects.", ["S16"]),
      },
    },
  ],
  budget: known(krw(4_200_000_000n), ["S46"], PRESS, "Total 2021 support: 4.2 billion KRW (42억원)."),
  targetCount: known(
    between(0, 11),
    ["S5", "S51"],
    OFFICIAL,
    "Up to 11 projects (S5); about 11 cities (S51).",
  ),
  counts: {
    applications: known(
      111,
      ["S16", "S32", "S33"],
      OFFICIAL,
      'S33 (machine-translated) garbles it as "39 cases received from 111 countries".',
    ),
    applicantCountries: known(39, ["S16", "S32", "S33"], OFFICIAL),
    selected: known(11, ["S16", "S32", "S52"], OFFICIAL),
    selectedCountries: known(11, ["S16", "S32", "S52"], OFFICIAL),
  },
  projectsComplete: true,
  projects: [
    {
      id: "clark",
      subProgramId: "smart-city-planning",
      track: known("urban-planning", ["S16"], OFFICIAL),
      country: "PH",
      site: known(label("Clark Freeport Zone", "클라크 경제자유구역"), ["S16", "S37"], OFFICIAL),
      title: known(
        label(
          "Master Plan Establishment for the Clark Smart City Complex: Urban Development Project",
          "클라크 스마트시티 복합단지 마스터플랜 수립: 도시개발사업",
        ),
        ["S16"],
        OFFICIAL,
        "Korean title is the library's translation.",
      ),
      proposer: known(label("Clark Development Corporation", "클라크 개발공사"), ["S16"], OFFICIAL),
      koreanCompany: unknown("The Korean executor is not found in the stored sources.", ["S16"]),
      sources: ["S16", "S32", "S37"],
      reliability: OFFICIAL,
      note: "A smart city complex on a former air force housing compound; the first bilateral collaboration on smart city development.",
    },
    {
      id: "new-capital-housing",
      subProgramId: "smart-city-planning",
      track: known("urban-planning", ["S16"], OFFICIAL),
      country: "ID",
      site: known(
        label("New Capital City (East Kalimantan)", "신수도 (동칼리만탄)"),
        ["S16", "S37"],
        OFFICIAL,
      ),
      title: known(
        label(
          "Feasibility Study and Pilot Project for Housing Development in the New Capital City",
          "신수도 공무원 주거단지 개발 타당성 조사 및 시범사업",
        ),
        ["S16"],
        OFFICIAL,
      ),
      proposer: known(label("Ministry of Public Works and Housing", "공공사업주택부"), ["S37"]),
      koreanCompany: unknown("The Korean executor is not found in the stored sources.", ["S16"]),
      continues: "2020-id-east-kalimantan",
      sources: ["S16", "S32", "S37"],
      reliability: OFFICIAL,
      note: "Builds on the basic concept plan of the new capital developed under K-City Network 2020.",
    },
    {
      id: "tashkent",
      subProgramId: "smart-city-planning",
      track: known("urban-planning", ["S16"], OFFICIAL),
      country: "UZ",
      site: known(
        label("Tashkent (Yangikhayot and Bektemir districts)", "타슈켄트 (양기하요트·벡테미르 구)"),
        ["S16"],
        OFFICIAL,
      ),
      title: known(
        label(
          "Creation of an International Innovative Construction Complex and a Modern Satellite City in Yangikhayot and Bektemir Districts of Tashkent City",
          "타슈켄트 양기하요트·벡테미르 구 국제 혁신 건설단지 및 현대식 위성도시 조성",
        ),
        ["S16"],
        OFFICIAL,
      ),
      proposer: unknown("The proposer is not named in the seed.", ["S16"]),
      koreanCompany: unknown("The Korean executor is not found in the stored sources.", ["S16"]),
      sources: ["S16", "S32", "S37"],
      reliability: OFFICIAL,
    },
    {
      id: "nairobi",
      subProgramId: "smart-city-planning",
      track: known("urban-planning", ["S16"], OFFICIAL),
      country: "KE",
      site: known(label("Nairobi (Central Station area)", "나이로비 (중앙역 일대)"), ["S16"], OFFICIAL),
      title: known(
        label(
          "Nairobi Railway City Pilot Area Planning for Smart City Development Plan",
          "나이로비 철도도시 시범지구 스마트시티 개발계획 수립",
        ),
        ["S16"],
        OFFICIAL,
      ),
      proposer: known(
        label(
          "Ministry of Transport, Infrastructure, Housing and Urban Development",
          "케냐 교통·인프라·주택·도시개발부",
        ),
        ["S16"],
        OFFICIAL,
        "The seed says the project is overseen by this ministry.",
      ),
      koreanCompany: unknown(
        "The executor is not found; a Korean company developed the preceding master plan with World Bank funding.",
        ["S16"],
      ),
      sources: ["S16", "S32", "S37"],
      reliability: OFFICIAL,
      note: "Extends a master plan made by a Korean company with World Bank funding.",
    },
    {
      id: "hai-phong",
      subProgramId: "smart-solution-planning",
      track: known("solution-planning", ["S16"], OFFICIAL),
      country: "VN",
      site: known(label("Hai Phong", "하이퐁"), ["S16", "S1"], OFFICIAL),
      title: known(
        label(
          "Transportation Management System Development for Hai Phong City",
          "하이퐁시 교통관리 시스템 구축",
        ),
        ["S16"],
        OFFICIAL,
      ),
      proposer: unknown("The proposer is not named in the seed.", ["S16"]),
      koreanCompany: unknown("The Korean executor is not found in the stored sources.", ["S16"]),
      sources: ["S16", "S1", "S37"],
      reliability: OFFICIAL,
    },
    {
      id: "santa-cruz-de-la-sierra",
      subProgramId: "smart-solution-planning",
      track: known("solution-planning", ["S16"], OFFICIAL),
      country: "BO",
      site: known(label("Santa Cruz de la Sierra", "산타크루스데라시에라"), ["S16"], OFFICIAL),
      title: known(
        label(
          "Smart Waste Collection and Waste to Energy Solution Development for Santa Cruz de la Sierra",
          "산타크루스데라시에라 스마트 폐기물 수거 및 폐기물 에너지화 솔루션 개발",
        ),
        ["S16"],
        OFFICIAL,
      ),
      proposer: known(label("City of Santa Cruz de la Sierra", "산타크루스데라시에라시"), ["S16"], OFFICIAL),
      koreanCompany: unknown("The Korean executor is not found in the stored sources.", ["S16"]),
      sources: ["S16", "S37"],
      reliability: OFFICIAL,
    },
    {
      id: "baku",
      subProgramId: "smart-solution-planning",
      track: known("solution-planning", ["S16"], OFFICIAL),
      country: "AZ",
      site: known(label("Baku", "바쿠"), ["S16", "S1"], OFFICIAL),
      title: known(
        label(
          "Smart City Platform and LoRa Network Development Project in Baku",
          "바쿠 스마트시티 플랫폼 및 LoRa 네트워크 구축",
        ),
        ["S16"],
        OFFICIAL,
        "S1 describes it as a broadband internet network.",
      ),
      proposer: unknown("The proposer is not named in the seed.", ["S16"]),
      koreanCompany: unknown("The Korean executor is not found in the stored sources.", ["S16"]),
      sources: ["S16", "S1"],
      reliability: OFFICIAL,
    },
    {
      id: "kazanlak",
      subProgramId: "smart-solution-planning",
      track: known("solution-planning", ["S16"], OFFICIAL),
      country: "BG",
      site: known(label("Kazanlak", "카잔락"), ["S16"], OFFICIAL),
      title: known(
        label("Integrated Surveillance Control Center Development in Kazanlak", "카잔락 통합 관제센터 구축"),
        ["S16"],
        OFFICIAL,
      ),
      proposer: unknown("The proposer is not named in the seed.", ["S16"]),
      koreanCompany: unknown("The Korean executor is not found in the stored sources.", ["S16"]),
      sources: ["S16", "S1"],
      reliability: OFFICIAL,
      note: "Master plan and feasibility study for upgrading the surveillance centre to proactive monitoring based on the CCTV network.",
    },
    {
      id: "gaziantep",
      subProgramId: "smart-solution-demonstration",
      track: known("solution-demonstration", ["S16"], OFFICIAL),
      country: "TR",
      site: known(label("Gaziantep", "가지안테프"), ["S16", "S1"], OFFICIAL),
      title: known(
        label(
          "Piloting of an Integrated Urban Management Platform in Gaziantep",
          "가지안테프 통합 도시관리 플랫폼 실증",
        ),
        ["S16"],
        OFFICIAL,
      ),
      proposer: known(label("Gaziantep Metropolitan Municipality", "가지안테프 광역시"), ["S1", "S63"]),
      koreanCompany: known(
        label(
          "Samsung SDS (with a consortium of small and medium-sized enterprises)",
          "삼성SDS·중소기업 컨소시엄",
        ),
        ["S16"],
        OFFICIAL,
      ),
      continues: "2020-tr-gaziantep",
      sources: ["S16", "S1", "S63"],
      reliability: OFFICIAL,
      note: "Executes the master plan on a smart data coordination centre made in K-City Network 2020 by Samsung SDS.",
    },
    {
      id: "baltimore",
      subProgramId: "smart-solution-demonstration",
      track: known("solution-demonstration", ["S16"], OFFICIAL),
      country: "US",
      site: known(label("Baltimore", "볼티모어"), ["S16", "S1"], OFFICIAL),
      title: known(
        label("Piloting of a Waste Management Solution in Baltimore", "볼티모어 폐기물 관리 솔루션 실증"),
        ["S16"],
        OFFICIAL,
      ),
      proposer: known(
        label("Ecube Labs and the city government of Baltimore", "이큐브랩 및 볼티모어시"),
        ["S16", "S38"],
        OFFICIAL,
        "Applied with the Baltimore City Department of Public Works (S38).",
      ),
      koreanCompany: known(label("Ecube Labs", "이큐브랩"), ["S16", "S38"], OFFICIAL),
      sources: ["S16", "S1", "S38"],
      reliability: OFFICIAL,
    },
    {
      id: "santander",
      subProgramId: "smart-solution-demonstration",
      track: known("solution-demonstration", ["S16"], OFFICIAL),
      country: "ES",
      site: known(label("Santander", "산탄데르"), ["S16"], OFFICIAL),
      title: known(
        label("Piloting of a Smart Parking Solution in Santander", "산탄데르 스마트 주차 솔루션 실증"),
        ["S16"],
        OFFICIAL,
      ),
      proposer: unknown("The seed names Dtonic's partner, the University of Cantabria, not the proposer.", [
        "S16",
      ]),
      koreanCompany: known(label("Dtonic Corporation", "디토닉"), ["S16"], OFFICIAL),
      sources: ["S16", "S1"],
      reliability: OFFICIAL,
      note: "Smart parking services run on the Smart City Data Hub, an urban data platform developed with MOLIT funding.",
    },
  ],
  events: [
    {
      kind: "call-announced",
      date: "2021-02-17",
      label: label("Call announced", "공모 공고"),
      sources: ["S51", "S4"],
      reliability: PRESS,
    },
    {
      kind: "call-opens",
      date: "2021-02-18",
      label: label("Applications open", "신청 접수 시작"),
      sources: ["S5", "S51"],
      reliability: OFFICIAL,
      note: "S33 (machine-translated) gives 20 Feb.",
    },
    {
      kind: "call-closes",
      date: "2021-04-19",
      label: label("Applications close", "신청 마감"),
      sources: ["S33"],
      reliability: "machine-translated",
    },
    {
      kind: "results-announced",
      date: "2021-06-23",
      label: label("Results announced (MOLIT, KIND, KAIA)", "선정 결과 발표 (국토부, KIND, KAIA)"),
      sources: ["S32", "S16", "S1"],
      reliability: PRESS,
      note: "S32 and S1 date it 23 Jun 2021 (the fact sheet: 22-23 Jun); MOLIT's English release is dated 25 Jun 2021.",
    },
    {
      kind: "appropriation",
      date: "2021-06",
      label: label("Appropriations secured for the projects", "사업별 예산 확보"),
      sources: ["S16", "S1"],
      reliability: OFFICIAL,
      planned: true,
    },
    {
      kind: "executor-selected",
      date: "2021-07",
      label: label("Korean executing companies selected", "국내 수행기관 선정"),
      sources: ["S16", "S1"],
      reliability: OFFICIAL,
      planned: true,
      note: "Due by July, in consultation with the host governments.",
    },
    {
      kind: "track-start",
      subProgramId: "smart-solution-demonstration",
      track: "solution-demonstration",
      date: "2021-07",
      label: label("Demonstrations start", "해외실증 착수"),
      sources: ["S16", "S1"],
      reliability: OFFICIAL,
      planned: true,
    },
    {
      kind: "track-start",
      subProgramId: "smart-city-planning",
      track: "urban-planning",
      date: "2021-08",
      label: label("Smart City Planning projects start", "스마트 도시개발형 계획수립 착수"),
      sources: ["S16"],
      reliability: OFFICIAL,
      planned: true,
    },
    {
      kind: "track-start",
      subProgramId: "smart-solution-planning",
      track: "solution-planning",
      date: "2021-08",
      label: label("Smart Solution Planning projects start", "스마트 솔루션형 계획수립 착수"),
      sources: ["S16"],
      reliability: OFFICIAL,
      planned: true,
    },
  ],
  packageElements: [
    known(
      label(
        "Short-term training course in Korea for host-government officials",
        "해외 공무원 국내 단기 초청연수",
      ),
      ["S16", "S52"],
      OFFICIAL,
    ),
    known(
      label(
        "Funding and technical support for a master plan or feasibility study",
        "마스터플랜·타당성 조사 재정·기술 지원",
      ),
      ["S16"],
      OFFICIAL,
    ),
  ],
  notes: [
    "The seed (MOLIT's English results release, S16) is authoritative for 2021 and wins over other sources.",
    "Per-project ranges are those of the results (S52, S16): 400-600M, 200-300M, 400-600M. The call gave 400-600M, up to 300M and a headline 300-600M (S51).",
    'Regional split of the 11 projects: Europe 2, North America 1, South America 1, Africa 1 (S52, S32), so 6 in Asia (inferred); S32\'s "3 projects from the New Southern and New Northern regions" is not used.',
  ],
} satisfies EditionDraft);
