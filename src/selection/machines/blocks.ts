/**
 * The shared building blocks every edition's machine is made of: the common states, the review
 * steps editions chose from, the executor procurement of the planning tracks, and the endings.
 * An edition's machine is a short spec ({@link MachineSpec}) that {@link buildMachine} turns into data.
 *
 * @module
 */

import { deepFreezeFresh } from "../../core/deepFreeze.js";
import type { SourceTag } from "../../core/fact.js";
import { freeze } from "../../core/freeze.js";
import { ifDefined } from "../../core/ifDefined.js";
import type { Label } from "../../core/label.js";
import { need } from "../../core/need.js";
import type { SubProgramId, TrackId } from "../../programs/types.js";
import { assertSpec } from "../assertMachine.js";
import { label } from "../issues.js";
import type { GuardName, Machine, Role, StateDef, TransitionDef } from "../types.js";

/**
 * A review step an edition used, as a state and the roles that complete it.
 *
 * @category Selection
 */
export interface ReviewStepBlock {
  /** kebab-case id of the step's state (`document-review`). */
  readonly id: string;
  /** What staff see in this step. */
  readonly staff: Label;
  /** What the applicant sees in this step. */
  readonly applicant: Label;
  /** Roles that complete the step (move on to the next step). */
  readonly roles: readonly Role[];
  /** Whether the host government may decline at this step. */
  readonly hostMayDecline?: boolean | undefined;
  /** Why the step exists, with its source. */
  readonly note?: string | undefined;
  /** The sources that document the step. */
  readonly sources?: readonly SourceTag[] | undefined;
}

/**
 * The short description of an edition's machine for one track, which {@link buildMachine} expands.
 *
 * @category Selection
 */
export interface MachineSpec {
  /** The edition year. */
  readonly year: number;
  /** The track the machine serves. */
  readonly track: TrackId;
  /** The sub-program of the edition that covers the track. */
  readonly subProgramId: SubProgramId;
  /** The review steps in order; the last one is the committee that selects or rejects. */
  readonly review: readonly ReviewStepBlock[];
  /** Whether a Korean executor is chosen by tender after funding (planning tracks). */
  readonly procurement: boolean;
  /** Whether proposals can roll over to the next cycle (2024+ rolling planning intake). */
  readonly rollover: boolean;
  /** Where a step is not documented: the edition whose steps are used, and why. */
  readonly basedOn?: { readonly year: number; readonly note: string } | undefined;
  /** Notes on the documented procedure, with their sources. */
  readonly notes: readonly string[];
  /** The sources of the procedure. */
  readonly sources: readonly SourceTag[];
}

const UNDER_REVIEW: Label = label("Under review", "검토 중");

/**
 * A state: the applicant sees a copy of the staff label unless told otherwise; `extra` gives its
 * optional note and sources (a {@link ReviewStepBlock} passes itself).
 */
function st(
  id: string,
  kind: StateDef["kind"],
  staff: Label,
  applicant: Label = { ...staff },
  extra: { readonly note?: string | undefined; readonly sources?: readonly SourceTag[] | undefined } = {},
): StateDef {
  return {
    id,
    kind,
    staff,
    applicant,
    ...ifDefined("note", extra.note),
    ...ifDefined("sources", extra.sources),
  };
}

// --- review steps -----------------------------------------------------------------------------

/** 2020: two weeks of opinions from Korean overseas missions and ministries [S40, S42]. */
export const OPINION_COLLECTION: ReviewStepBlock = {
  id: "opinion-collection",
  staff: label(
    "Opinion collection from missions and ministries (two weeks)",
    "재외공관·관계부처 의견 수렴 (2주)",
  ),
  applicant: UNDER_REVIEW,
  roles: ["secretariat"],
  note: "Two weeks of opinions from Korean overseas missions and ministries on existing G2G cooperation, prospects and Korean firms' potential",
  sources: ["S40", "S42"],
};

/** 2020: the expert evaluation committee [S40, S8]. */
export const EXPERT_COMMITTEE: ReviewStepBlock = {
  id: "expert-committee",
  staff: label("Expert evaluation committee", "전문가 평가위원회"),
  applicant: UNDER_REVIEW,
  roles: ["review-committee"],
  note: "A committee of internal and external experts chose the projects",
  sources: ["S40", "S8"],
};

/**
 * Document review of demonstration plans (2022) [S49]: the planning criteria do not apply, and the
 * demonstration's are not stated.
 */
export const DEMONSTRATION_DOCUMENT_REVIEW: ReviewStepBlock = {
  id: "document-review",
  staff: label("Document review", "서면 평가"),
  applicant: UNDER_REVIEW,
  roles: ["secretariat", "review-committee"],
  sources: ["S49"],
};

/** Document review of planning proposals (2022), with the planning criteria [S49]. */
export const DOCUMENT_REVIEW: ReviewStepBlock = {
  ...DEMONSTRATION_DOCUMENT_REVIEW,
  note: "Planning criteria: importance, business viability, feasibility",
};

/** 2022 planning: scope negotiation with the counterpart country or city [S49]. */
export const SCOPE_NEGOTIATION: ReviewStepBlock = {
  id: "scope-negotiation",
  staff: label("Scope negotiation with the counterpart", "상대국(도시)과 과업 범위 협의"),
  applicant: label("Agreeing the scope with Korea", "과업 범위 협의 중"),
  roles: ["secretariat", "host-government"],
  hostMayDecline: true,
  sources: ["S49"],
};

/** 2022 demonstration: presentation evaluation [S49]. */
export const PRESENTATION: ReviewStepBlock = {
  id: "presentation",
  staff: label("Presentation evaluation", "발표 평가"),
  applicant: label("Presentation", "발표 평가"),
  roles: ["review-committee"],
  sources: ["S49"],
};

/** 2022 demonstration: confirmation by the counterpart country or city [S49]. */
export const COUNTERPART_CONFIRMATION: ReviewStepBlock = {
  id: "counterpart-confirmation",
  staff: label("Confirmation by the counterpart", "상대국(도시) 확인"),
  applicant: label("Awaiting the partner's confirmation", "상대국 확인 대기"),
  roles: ["host-government"],
  hostMayDecline: true,
  sources: ["S49"],
};

/** 2022: the final review committee (feasibility and readiness) [S7, S45]. */
export const FINAL_REVIEW_COMMITTEE: ReviewStepBlock = {
  id: "final-review-committee",
  staff: label("Final review committee", "최종 평가위원회"),
  applicant: UNDER_REVIEW,
  roles: ["review-committee"],
  note: "Assessed feasibility and the readiness of the applicant areas",
  sources: ["S7", "S45"],
};

/** 2021 demonstration: presentations in joint virtual conferences with the partner agencies [seed]. */
export const JOINT_VIRTUAL_CONFERENCE: ReviewStepBlock = {
  id: "joint-virtual-conference",
  staff: label(
    "Presentation in a joint virtual conference with the partner agency",
    "해외 파트너 기관과 합동 화상회의 발표",
  ),
  applicant: label("Presentation (virtual conference)", "화상회의 발표"),
  roles: ["review-committee"],
  note: "Korean companies presented in joint virtual conferences with the overseas partner agencies (2021 results release)",
  sources: ["S16"],
};

/** The project selection committee (2021 demonstration; 2024+ both tracks) [S16, S27, S39, S53]. */
export const SELECTION_COMMITTEE: ReviewStepBlock = {
  id: "selection-committee",
  staff: label("Selection committee", "선정위원회"),
  applicant: UNDER_REVIEW,
  roles: ["review-committee"],
  sources: ["S16", "S27", "S39", "S53"],
};

/** 2024+: pre-consulting of planning proposals by KIND with the requesting city [S26, S57]. */
export const PRE_CONSULTING: ReviewStepBlock = {
  id: "pre-consulting",
  staff: label("Pre-consulting with KIND", "KIND 사전 컨설팅"),
  applicant: label("Pre-consulting with KIND", "KIND 사전 컨설팅"),
  roles: ["secretariat"],
  note: "KIND checks the proposal's viability with the requesting city before the selection committee",
  sources: ["S26", "S57", "S53"],
};

/** 2024+: KAIA evaluates demonstration plans [S26, S53, S36]. */
export const KAIA_EVALUATION: ReviewStepBlock = {
  id: "kaia-evaluation",
  staff: label("Evaluation by KAIA", "KAIA 평가"),
  applicant: UNDER_REVIEW,
  roles: ["secretariat", "review-committee"],
  note: "Criteria: implementation conditions and potential for follow-on exports",
  sources: ["S26", "S53", "S36"],
};

// --- the machine ---------------------------------------------------------------------------------

const TRACK_NAMES: Readonly<Record<TrackId, Label>> = {
  "urban-planning": label("Smart city planning", "스마트도시 계획수립"),
  "solution-planning": label("Smart solution planning", "스마트솔루션 계획수립"),
  "solution-demonstration": label("Smart solution overseas demonstration", "스마트솔루션 해외실증"),
};

const PREPARING: Label = label("Preparing the project", "사업 준비 중");
const PROCUREMENT_SOURCES: readonly SourceTag[] = ["S9", "S39"];

function tr(
  event: string,
  from: readonly string[],
  to: string,
  roles: readonly Role[],
  guards: readonly GuardName[],
  en: string,
  ko: string,
): TransitionDef {
  return { event, from, to, roles, guards, label: { en, ko } };
}

/**
 * Builds the machine of one edition and track from its spec and the shared blocks: draft, submitted,
 * screening, the spec's review steps (the last one selects or rejects), selected, funded, the
 * executor procurement when `procurement` is set (scope and criteria agreed with the host government,
 * tender notice, bid evaluation, award, contract), in progress, completed, and the endings (withdrawn,
 * ineligible, not selected, rolled over when `rollover` is set, cancelled, terminated).
 *
 * This is how a new edition is added: as data.
 *
 * @param spec - the edition's review steps, whether it has procurement and roll-over, and sources
 * @returns the machine, deeply frozen
 * @throws {@link KcnError} `INVALID_MACHINE` when `spec` is not shaped like a {@link MachineSpec}
 * @example
 * ```ts
 * const m = buildMachine({
 *   year: 2027, track: "solution-demonstration", subProgramId: "overseas-demonstration",
 *   review: [REVIEW_STEPS["kaia-evaluation"], REVIEW_STEPS["selection-committee"]],
 *   procurement: false, rollover: false, notes: [], sources: [],
 * });
 * m.id; //=> "2027-solution-demonstration"
 * checkMachine(m).ok; //=> true
 * ```
 * @category Selection
 */
export function buildMachine(spec: MachineSpec): Machine {
  assertSpec(spec);
  need(
    Object.hasOwn(TRACK_NAMES, spec.track),
    "INVALID_MACHINE",
    `track as one of ${Object.keys(TRACK_NAMES).join(", ")}`,
    spec.track,
  );
  const review = spec.review;
  const reviewIds = review.map((r) => r.id);
  const first = reviewIds[0] ?? "selected";
  const last = review[review.length - 1];
  const states: StateDef[] = [
    st("draft", "initial", label("Draft", "작성 중")),
    st("submitted", "normal", label("Submitted", "접수"), label("Submitted", "제출 완료")),
    st(
      "screening",
      "normal",
      label("Eligibility screening", "자격 요건 검토"),
      label("Checking eligibility", "자격 검토 중"),
    ),
    ...review.map((r) => st(r.id, "normal", r.staff, r.applicant, r)),
    st("selected", "normal", label("Selected", "선정")),
    st(
      "funded",
      "normal",
      label("Funded (appropriation secured)", "예산 확보 완료"),
      label("Selected, funding confirmed", "선정, 예산 확보 완료"),
    ),
  ];
  const transitions: TransitionDef[] = [
    tr("submit", ["draft"], "submitted", ["applicant"], [], "Submit the proposal", "제안서 제출"),
    tr(
      "begin-screening",
      ["submitted"],
      "screening",
      ["secretariat"],
      [],
      "Start eligibility screening",
      "자격 검토 시작",
    ),
    tr(
      "pass-screening",
      ["screening"],
      first,
      ["secretariat"],
      ["eligible"],
      "Pass screening (eligible)",
      "자격 검토 통과",
    ),
    tr(
      "fail-screening",
      ["screening"],
      "ineligible",
      ["secretariat"],
      ["reason-given"],
      "Fail screening (not eligible)",
      "자격 미달",
    ),
  ];
  for (let i = 0; i < review.length - 1; i++) {
    const step = review[i] as ReviewStepBlock;
    const next = review[i + 1] as ReviewStepBlock;
    transitions.push(
      tr(
        `complete-${step.id}`,
        [step.id],
        next.id,
        step.roles,
        [],
        `Complete: ${step.staff.en}`,
        `${step.staff.ko} 완료`,
      ),
    );
  }
  if (last) {
    transitions.push(tr("select", [last.id], "selected", last.roles, [], "Select the project", "사업 선정"));
  }
  transitions.push(
    tr(
      "reject",
      reviewIds,
      "not-selected",
      ["secretariat", "review-committee"],
      [],
      "Not selected",
      "미선정",
    ),
  );
  const declinable = review.filter((r) => r.hostMayDecline).map((r) => r.id);
  if (declinable.length > 0) {
    transitions.push(
      tr(
        "decline",
        declinable,
        "not-selected",
        ["host-government"],
        ["reason-given"],
        "Declined by the host government",
        "상대국 정부의 거절",
      ),
    );
  }
  transitions.push(
    tr(
      "appropriate",
      ["selected"],
      "funded",
      ["ministry"],
      ["appropriation-in-range"],
      "Secure the appropriation",
      "예산 확보",
    ),
  );
  const procurementStates = ["scope-agreed", "tender-notice", "bid-evaluation", "awarded", "contracted"];
  if (spec.procurement) {
    states.push(
      st(
        "scope-agreed",
        "normal",
        label(
          "Scope and criteria agreed with the host government",
          "상대국과 과업 범위·수행기관 선정 기준 협의 완료",
        ),
        PREPARING,
        {
          note: "Selection criteria and task scope are drafted together with the foreign government",
          sources: PROCUREMENT_SOURCES,
        },
      ),
      st("tender-notice", "normal", label("Tender notice published", "입찰 공고"), PREPARING, {
        note: "Open bidding inside Korea for the Korean executor",
        sources: PROCUREMENT_SOURCES,
      }),
      st("bid-evaluation", "normal", label("Bids under evaluation", "입찰 평가"), PREPARING),
      st(
        "awarded",
        "normal",
        label("Awarded to a Korean executor", "국내 수행기관 낙찰"),
        label("Korean executor chosen", "국내 수행기관 선정"),
      ),
      st(
        "contracted",
        "normal",
        label("Contract signed with the executor", "수행기관 계약 체결"),
        label("Korean executor contracted", "국내 수행기관 계약"),
      ),
    );
    transitions.push(
      tr(
        "record-host-consultation",
        ["funded"],
        "scope-agreed",
        ["secretariat", "host-government"],
        ["host-consulted"],
        "Record the host government's agreement on scope and criteria",
        "상대국 정부와의 과업 범위·수행기관 선정 기준 협의 기록",
      ),
      tr(
        "publish-tender",
        ["scope-agreed"],
        "tender-notice",
        ["secretariat"],
        [],
        "Publish the tender notice",
        "입찰 공고",
      ),
      tr(
        "close-bidding",
        ["tender-notice"],
        "bid-evaluation",
        ["secretariat"],
        [],
        "Close bidding",
        "입찰 마감",
      ),
      tr(
        "award",
        ["bid-evaluation"],
        "awarded",
        ["secretariat"],
        ["korean-executor"],
        "Award to a Korean company",
        "국내 기업 낙찰",
      ),
      tr(
        "retender",
        ["bid-evaluation"],
        "tender-notice",
        ["secretariat"],
        ["reason-given"],
        "Tender again (no suitable bid)",
        "재입찰",
      ),
      tr(
        "sign-contract",
        ["awarded"],
        "contracted",
        ["secretariat", "ministry"],
        ["korean-executor", "awarded-executor"],
        "Sign the contract",
        "계약 체결",
      ),
    );
  }
  states.push(
    st("in-progress", "normal", label("In progress", "사업 수행 중"), label("In progress", "진행 중")),
    st("completed", "final", label("Completed", "완료")),
    st("withdrawn", "final", label("Withdrawn", "철회")),
    st("ineligible", "final", label("Ineligible", "자격 미달"), label("Not eligible", "신청 자격 없음")),
    st("not-selected", "final", label("Not selected", "미선정")),
  );
  if (spec.rollover) {
    states.push(
      st(
        "rolled-over",
        "final",
        label("Rolled over to the next cycle", "다음 연도 심사로 이월"),
        label("Moved to next year's cycle", "다음 연도 심사로 이월"),
        {
          note: "Proposals received after the cutoff (end of April in 2024) go to the next cycle",
          sources: ["S53", "S9", "S39"],
        },
      ),
    );
  }
  states.push(
    st("cancelled", "final", label("Cancelled", "취소")),
    st("terminated", "final", label("Terminated", "중도 해지")),
  );
  transitions.push(
    spec.procurement
      ? tr(
          "start",
          ["contracted"],
          "in-progress",
          ["executor", "secretariat"],
          [],
          "Start the planning work",
          "과업 착수",
        )
      : tr(
          "start",
          ["funded"],
          "in-progress",
          ["executor", "applicant", "secretariat"],
          [],
          "Start the demonstration",
          "실증 착수",
        ),
    tr(
      "complete",
      ["in-progress"],
      "completed",
      ["secretariat", "ministry"],
      [],
      "Complete the project",
      "사업 완료",
    ),
    tr(
      "withdraw",
      ["draft", "submitted", "screening", ...reviewIds, "selected"],
      "withdrawn",
      ["applicant"],
      [],
      "Withdraw",
      "철회",
    ),
  );
  if (spec.rollover) {
    transitions.push(
      tr(
        "roll-over",
        ["submitted", "screening", ...reviewIds.filter((id) => id === "pre-consulting")],
        "rolled-over",
        ["secretariat"],
        ["after-cutoff"],
        "Roll over to the next cycle",
        "다음 연도 심사로 이월",
      ),
    );
  }
  transitions.push(
    tr(
      "cancel",
      ["selected", "funded", ...(spec.procurement ? procurementStates : [])],
      "cancelled",
      ["ministry"],
      ["reason-given"],
      "Cancel (with a reason)",
      "취소 (사유 필수)",
    ),
    tr(
      "terminate",
      ["in-progress"],
      "terminated",
      ["ministry"],
      ["reason-given"],
      "Terminate (with a reason)",
      "중도 해지 (사유 필수)",
    ),
  );
  const trackName = TRACK_NAMES[spec.track];
  const machine: Machine = {
    id: `${spec.year}-${spec.track}`,
    year: spec.year,
    track: spec.track,
    subProgramId: spec.subProgramId,
    name: label(`${spec.year} ${trackName.en} lifecycle`, `${spec.year}년 ${trackName.ko} 절차`),
    initial: "draft",
    states,
    transitions,
    ...ifDefined("basedOn", spec.basedOn),
    notes: spec.notes,
    sources: spec.sources,
  };
  return deepFreezeFresh(machine);
}

/**
 * The id of a review step the editions used: a key of {@link REVIEW_STEPS} (a test keeps the two
 * equal).
 *
 * @category Selection
 */
export type ReviewStepId =
  | "opinion-collection"
  | "expert-committee"
  | "document-review"
  | "scope-negotiation"
  | "presentation"
  | "counterpart-confirmation"
  | "final-review-committee"
  | "joint-virtual-conference"
  | "selection-committee"
  | "pre-consulting"
  | "kaia-evaluation";

/**
 * The review steps the editions used, by id, to build machines from. Keyed by {@link ReviewStepId},
 * so a misspelt id does not compile and a listed one is never `undefined`.
 *
 * @example
 * ```ts
 * REVIEW_STEPS["pre-consulting"].staff.ko; //=> "KIND 사전 컨설팅"
 * ```
 * @category Selection
 */
export const REVIEW_STEPS: Readonly<Record<ReviewStepId, ReviewStepBlock>> = freeze(
  Object.fromEntries(
    [
      OPINION_COLLECTION,
      EXPERT_COMMITTEE,
      DOCUMENT_REVIEW,
      SCOPE_NEGOTIATION,
      PRESENTATION,
      COUNTERPART_CONFIRMATION,
      FINAL_REVIEW_COMMITTEE,
      JOINT_VIRTUAL_CONFERENCE,
      SELECTION_COMMITTEE,
      PRE_CONSULTING,
      KAIA_EVALUATION,
    ].map((b) => [b.id, deepFreezeFresh(b)]),
  ) as Record<ReviewStepId, ReviewStepBlock>,
);
