/**
 * The 2026 edition.
 *
 * @module
 */

import type { SourceTag } from "../../core/fact.js";
import { inferred, known, OFFICIAL, PRESS, unknown } from "../../core/fact.js";
import { ifDefined } from "../../core/ifDefined.js";
import type { Label } from "../../core/label.js";
import type { CountryCode, Edition, SelectedProject } from "../types.js";
import { between, type Draft, type EditionDraft, edition, label, rangeM } from "./build.js";

/** A 2026 planning project, with the tags of the sources that name it (the fact sheet's, per project). */
function planning(
  id: string,
  country: CountryCode,
  site: Label,
  title: Label,
  sources: readonly SourceTag[],
  note?: string,
): Draft<SelectedProject> {
  return {
    id,
    subProgramId: "planning",
    track: inferred("urban-planning", "A city or district master plan.", ["S29"]),
    country,
    site: known(site, sources, PRESS),
    title: known(title, sources, PRESS, "Described in the reports; not an official title."),
    proposer: unknown("The proposer is not found in the stored sources.", ["S29"]),
    koreanCompany: unknown(
      "The Korean executor is chosen by KIND's tender (briefing 11 Feb 2026); not found.",
      ["S29"],
    ),
    sources,
    reliability: PRESS,
    ...ifDefined("note", note),
  };
}

/**
 * The 2026 edition: 3 planning projects already selected from 2025 submissions, a demonstration call
 * until 17 Mar 2026 (results not found).
 *
 * @example
 * ```ts
 * EDITION_2026.projects.map((p) => p.country); //=> ["KZ", "UZ", "PL"]
 * ```
 * @category Programs
 */
export const EDITION_2026: Edition = edition({
  year: 2026,
  name: label("K-City Network Global Cooperation Program 2026", "K-City 네트워크 글로벌 협력 프로그램 2026"),
  subPrograms: [
    {
      id: "planning",
      name: label("Planning type", "계획수립형"),
      tracks: ["urban-planning", "solution-planning"],
      purpose: known(
        label(
          "Master plans and feasibility studies for overseas governments, after pre-consulting; a Korean consultancy is chosen by KIND's tender.",
          "사전 컨설팅을 거친 해외 정부의 마스터플랜·타당성 조사; 국내 수행기관은 KIND 입찰로 선정.",
        ),
        ["S24", "S29"],
      ),
      funding: {
        call: known(rangeM(700, 700), ["S55", "S41"], PRESS, "About 700M KRW each."),
        awarded: inferred(
          rangeM(700, 700),
          "About 2.1 billion KRW for the three projects (S29), i.e. about 700M each.",
          ["S29", "S41", "S55"],
        ),
        approximate: true,
      },
      targetCount: known(
        between(3),
        ["S24", "S29"],
        PRESS,
        "Three already selected from 2025 submissions that completed pre-consulting.",
      ),
      secretariat: known("kind", ["S29"]),
      intake: {
        kind: "rolling",
        opens: unknown(
          "Year-round; the three 2026 projects came from 2025 submissions, so no opening day applies.",
          ["S24"],
        ),
        cutoff: unknown("No cutoff is stated.", ["S24", "S55"]),
        rollsOverTo: 2027,
        preConsulting: true,
        note: "Proposals made in 2026 go through pre-consulting this year, with final selection in January of the next year (S24, S55).",
      },
      reviewSteps: known(
        [
          {
            id: "pre-consulting",
            name: label("Pre-consulting by KIND", "KIND 사전 컨설팅"),
            sources: ["S24"],
          },
          {
            id: "selection-committee",
            name: label("Final selection (January of the next year)", "최종 선정 (다음 해 1월)"),
            sources: ["S55"],
          },
        ],
        ["S24", "S55"],
      ),
      criteria: unknown("The 2026 planning criteria are not found.", ["S24"]),
      counts: {
        applications: unknown("Not found.", ["S24"]),
        applicantCountries: unknown("Not found.", ["S24"]),
        selected: known(3, ["S24", "S29"]),
        selectedCountries: inferred(3, "Kazakhstan, Uzbekistan, Poland.", ["S29"]),
      },
    },
    {
      id: "overseas-demonstration",
      name: label("Overseas demonstration type", "해외실증형"),
      tracks: ["solution-demonstration"],
      purpose: known(
        label(
          "Korean companies demonstrate smart solutions in overseas cities, finished within the year.",
          "국내 기업이 해외 도시에서 스마트솔루션을 실증하며 연내 완료.",
        ),
        ["S24", "S55"],
      ),
      funding: {
        call: known(rangeM(400, 400), ["S41", "S55"], PRESS, "About 400M KRW each."),
        awarded: unknown("The 2026 demonstration results are not found.", ["S24"]),
        approximate: true,
      },
      targetCount: known(between(0, 6), ["S24", "S41", "S55"], PRESS, "Up to 6."),
      secretariat: known(
        "kaia",
        ["S26", "S23"],
        PRESS,
        "KAIA is the demonstration secretariat from 2024 to 2026.",
      ),
      intake: {
        kind: "call",
        opens: inferred(
          "2026-01-28",
          "Announced 27 Jan 2026; details posted from 28 Jan on the MOLIT website, the Smart City portal and the new K-City Network website. S41 dates the call 27 Feb (an error).",
          ["S24"],
        ),
        closes: known("2026-03-17", ["S41", "S55"]),
      },
      reviewSteps: unknown("The review steps are not found; selection is planned for April.", ["S24"]),
      criteria: unknown("The 2026 demonstration criteria are not found.", ["S24"]),
      counts: {
        applications: unknown("Not found.", ["S24"]),
        applicantCountries: unknown("Not found.", ["S24"]),
        selected: unknown("The 2026 demonstration results are not found in the stored sources.", ["S24"]),
        selectedCountries: unknown("Not found.", ["S24"]),
      },
    },
  ],
  budget: unknown(
    "No annual budget is stated; the three planning projects total about 2.1 billion KRW (S29).",
    ["S29", "S24"],
  ),
  targetCount: known(between(9), ["S24"], PRESS, "About 9 projects."),
  counts: {
    applications: unknown("Not found.", ["S24"]),
    applicantCountries: unknown("Not found.", ["S24"]),
    selected: unknown("The 2026 demonstration results are not found.", ["S24"]),
    selectedCountries: unknown("The 2026 demonstration results are not found.", ["S24"]),
  },
  projectsComplete: false,
  projects: [
    planning(
      "alatau",
      "KZ",
      label("Alatau new city", "알라타우 신도시"),
      label("Smart town master plan", "스마트타운 마스터플랜"),
      ["S24", "S29"],
    ),
    planning(
      "tashkent-airport",
      "UZ",
      label("Tashkent (new airport area)", "타슈켄트 (신공항 배후단지)"),
      label("Master plan for the area around the new airport", "신공항 배후단지 마스터플랜"),
      ["S29", "S41"],
    ),
    planning(
      "lublin",
      "PL",
      label("Lublin", "루블린"),
      label(
        "Smart city master plan and plan for an integrated control/operations centre",
        "스마트시티 마스터플랜 및 통합관제센터 계획",
      ),
      ["S29", "S41"],
    ),
  ],
  events: [
    {
      kind: "other",
      date: "2026-01-27",
      label: label(
        "Official K-City Network website opened (MOLIT, KIND, KAIA)",
        "K-City 네트워크 공식 웹사이트 개설 (국토부, KIND, KAIA)",
      ),
      sources: ["S35"],
      reliability: PRESS,
    },
    {
      kind: "call-announced",
      date: "2026-01-27",
      label: label("Call announced", "공모 공고"),
      sources: ["S24"],
      reliability: PRESS,
      note: "S41 gives 27 Feb 2026 (an automated rewrite; Yonhap is preferred).",
    },
    {
      kind: "call-opens",
      subProgramId: "overseas-demonstration",
      date: "2026-01-28",
      label: label("Demonstration call details posted", "해외실증형 공모 상세 게시"),
      sources: ["S24"],
      reliability: PRESS,
    },
    {
      kind: "other",
      subProgramId: "planning",
      date: "2026-02-10T17:00",
      label: label("Registration for KIND's bidding briefing closes", "KIND 입찰 설명회 참가 신청 마감"),
      sources: ["S29"],
      reliability: PRESS,
    },
    {
      kind: "executor-tender",
      subProgramId: "planning",
      date: "2026-02-11",
      label: label(
        "KIND bidding briefing for the three planning projects (Two IFC, Yeouido, Seoul)",
        "KIND 계획수립형 3개 사업 입찰 설명회 (서울 여의도 Two IFC)",
      ),
      sources: ["S29"],
      reliability: PRESS,
    },
    {
      kind: "call-closes",
      subProgramId: "overseas-demonstration",
      date: "2026-03-17",
      label: label("Demonstration applications close", "해외실증형 신청 마감"),
      sources: ["S41", "S55"],
      reliability: PRESS,
    },
    {
      kind: "results-announced",
      subProgramId: "overseas-demonstration",
      date: "2026-04",
      label: label("Demonstration selection", "해외실증형 선정"),
      sources: ["S41", "S55"],
      reliability: PRESS,
      planned: true,
    },
  ],
  packageElements: [
    known(
      label(
        "Follow-up routes presented by KIND: PPP investment projects or demonstrations",
        "KIND 후속 사업 안내: PPP 투자사업 또는 실증",
      ),
      ["S29"],
    ),
    known(label("Invitational training in Korea", "국내 초청연수"), ["S9", "S39"], OFFICIAL),
  ],
  notes: [
    "Cumulative statement at the call: 58 master plans, feasibility studies and solution demonstrations in 27 countries since 2020 (S24, S55).",
    "Planning applicants: overseas central or local governments and international organisations (S24).",
    "KIND abbreviates the program as KCN (S29).",
  ],
} satisfies EditionDraft);
