/**
 * The rule interpreter shared by checkEligibility and eligibleSubPrograms.
 *
 * @internal
 * @module
 */
import type { Fact, SourceTag, UnknownFact } from "../core/fact.js";
import { freeze } from "../core/freeze.js";
import { issueOf } from "../core/issue.js";
import type { Label } from "../core/label.js";
import { memo } from "../core/memo.js";
import type { FieldPath } from "../core/result.js";
import { type FundingRange, formatKrw, formatRange, krw } from "../money/index.js";
import type { Edition, SubProgram } from "../programs/index.js";
import type { ConsortiumMember, JointApplication, PriorConsultation } from "./application.js";
import { seoulSpan } from "./deps.js";
import {
  ELIGIBILITY_ISSUE_CODES,
  type EligibilityIssue,
  type EligibilityIssueCode,
  type EligibilityRuleRef,
  type EligibilitySeverity,
} from "./eligibilityIssue.js";
import { getOrganisationType, type OrganisationTypeId } from "./organisationTypes.js";
import type { SubProgramRules } from "./rules/types.js";

/** What is known about the applicant when the rules are run. */
export interface Subject {
  readonly consortium: readonly (Omit<ConsortiumMember, "receivesFunds"> & {
    readonly receivesFunds?: boolean;
  })[];
  /** The requested amount in won (a bigint: no money value is built unless a finding quotes it). */
  readonly requestedFunding?: bigint | undefined;
  /** Submission instant (epoch ms) and its text, when known. */
  readonly at?: number | undefined;
  readonly atText?: string | undefined;
  readonly priorConsultation?: PriorConsultation | undefined;
  readonly jointApplication?: JointApplication | undefined;
  /**
   * The editions checked against. The same sub-program of the year before is looked up in them for a
   * submission before this intake opened: when its year-round intake rolls over into this edition, a
   * proposal received after its cutoff is in this cycle.
   */
  readonly editions: readonly Edition[];
  /** Discovery mode (eligibleSubPrograms): requirements the consortium alone cannot show become info. */
  readonly discovery?: boolean;
  /** Discovery mode: the caller says prior consultation is done. */
  readonly consulted?: boolean;
}

const t = (id: OrganisationTypeId) => getOrganisationType(id).label;
/** The English label in running text: "foreign local government", "Korean company". */
const lower = (id: OrganisationTypeId) =>
  t(id)
    .en.toLowerCase()
    .replace(/\bkorean\b/, "Korean");
const TEXTS = new WeakMap<object, Label>();
/** The text of constant data (a rule's types, a range) in each language, made once per object. */
function text<K extends object>(
  key: K,
  lang: "en" | "ko",
  make: (key: K, lang: "en" | "ko") => string,
): string {
  return memo(TEXTS, key, () => ({ en: make(key, "en"), ko: make(key, "ko") }))[lang];
}
/** The types of a rule as running text in each language (memoised: rules are constant data). */
const list = (ids: readonly OrganisationTypeId[], lang: "en" | "ko"): string =>
  text(ids, lang, (ids, lang) => ids.map((id) => (lang === "en" ? lower(id) : t(id).ko)).join(", "));
const rangeText = (range: FundingRange, lang: "en" | "ko"): string =>
  text(range, lang, (range, locale) => formatRange(range, { locale }));

/** @internal Makes a frozen eligibility issue. */
export function makeIssue(
  code: EligibilityIssueCode,
  path: FieldPath,
  en: string,
  ko: string,
  rule: EligibilityRuleRef,
  severity?: EligibilitySeverity,
  extra?: { expected?: string; received?: string },
): EligibilityIssue {
  return issueOf<EligibilityIssue>(code, path, en, ko, {
    severity: severity ?? ELIGIBILITY_ISSUE_CODES[code].severity,
    rule,
    ...extra,
  });
}

const NO_SOURCES: readonly SourceTag[] = freeze([]);

/**
 * @internal The frozen rule reference of a fact under an id ({@link cref} keeps one per sub-program
 * and id); with no fact, the reference has no sources.
 */
export function ref(id: string, fact?: Fact<unknown>): EligibilityRuleRef {
  const made: { -readonly [K in keyof EligibilityRuleRef]: EligibilityRuleRef[K] } = {
    id,
    sources: fact?.sources ?? NO_SOURCES,
  };
  if (fact?.known) made.reliability = fact.reliability;
  if (fact?.note !== undefined) made.note = fact.note;
  return freeze(made);
}

const UNKNOWN_ISSUES = new WeakMap<EligibilityRuleRef, Map<number, EligibilityIssue>>();

type Found = { readonly edition?: Edition | undefined; readonly sub?: SubProgram | undefined };
const INDEX = new WeakMap<readonly Edition[], Map<number, [Edition, Map<string, Found>]>>();
const NONE: Found = freeze({});

/**
 * @internal Finds a sub-program in a list of editions (indexed once per editions array, with the
 * answers made once: a lookup that finds the sub-program allocates nothing).
 */
export function findSubProgram(editions: readonly Edition[], year: number, id: string): Found {
  const e = memo(
    INDEX,
    editions,
    (editions) =>
      new Map(
        editions.map((edition) => [
          edition.year,
          [edition, new Map(edition.subPrograms.map((sub) => [sub.id, freeze({ edition, sub })]))],
        ]),
      ),
  ).get(year);
  return e === undefined ? NONE : (e[1].get(id) ?? { edition: e[0] });
}

function seoulText(ms: number): string {
  const d = new Date(ms + 9 * 3_600_000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} KST`;
}

/** @internal Runs one sub-program's rules on a subject; pushes findings, returns the edition considered. */
export function evaluate(
  sub: SubProgram,
  rules: SubProgramRules | undefined,
  s: Subject,
  out: EligibilityIssue[],
): number {
  const c = compiled(sub);
  /** Pushes the finding of rule `<year>/<sub-program>/<suffix>` (see {@link cref}). */
  const report = (
    code: EligibilityIssueCode,
    path: FieldPath,
    en: string,
    ko: string,
    suffix: string,
    fact?: Fact<unknown>,
    severity?: EligibilitySeverity,
    extra?: { expected?: string; received?: string },
  ): void => {
    out.push(makeIssue(code, path, en, ko, cref(c, suffix, fact), severity, extra));
  };
  /** Reports a rule the sources do not publish. The finding is the same for every application, so it is shared. */
  const unknownRule = (
    suffix: string,
    fact: UnknownFact,
    en: string,
    ko: string,
    path: FieldPath,
    severity: EligibilitySeverity = "warning",
  ): void => {
    const rule = cref(c, suffix, fact);
    const byPath = memo(UNKNOWN_ISSUES, rule, () => new Map<number, EligibilityIssue>());
    // Each rule is reported from one place, with one severity; its path varies only in its length
    // (discovery mode) and in the lead's index (-1 to 49): a number keys it without building a string.
    const k = path.length * 64 + (typeof path[1] === "number" ? path[1] : 0);
    let issue = byPath.get(k);
    if (issue === undefined) {
      issue = makeIssue(
        "RULE_UNKNOWN",
        path,
        `${en} is not published in the sources (${fact.note}); not checked`,
        // Korean without the note, which is English: its Korean text is in k-city-network/notes.ko.json,
        // keyed by rule.note (kcity check --lang ko prints it).
        `${ko}: 출처에 공개되지 않아 확인하지 않았습니다`,
        rule,
        severity,
      );
      if (byPath.size < 64) byPath.set(k, issue);
    }
    out.push(issue);
  };
  const name = c.name;
  const nameKo = c.nameKo;
  let consideredFor = sub.year;
  const members = s.consortium;
  let leadIndex = -1;
  let anyFunds = false;
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as (typeof members)[number];
    if (m.role === "lead" && leadIndex < 0) leadIndex = i;
    if (m.receivesFunds === true) anyFunds = true;
    // organisations whose country contradicts their type
    const loc = getOrganisationType(m.type).location;
    if (loc === "any" || (loc === "korea") === (m.country === "KR")) continue;
    out.push(
      makeIssue(
        "ORGANISATION_COUNTRY_MISMATCH",
        ["consortium", i, "country"],
        `"${m.name}" is a ${lower(m.type)} but its country is ${m.country}`,
        `"${m.name}"은(는) ${t(m.type).ko}인데 국가가 ${m.country}입니다`,
        ref("organisation-types"),
      ),
    );
  }
  const lead = members[leadIndex];

  if (rules === undefined) {
    report(
      "RULE_UNKNOWN",
      ["subProgramId"],
      `No eligibility rules are recorded for ${name}; not checked`,
      `${nameKo}의 신청 자격 규칙이 없어 확인하지 않았습니다`,
      "",
    );
  } else {
    // lead applicant type
    const lt = rules.leadTypes;
    if (!lt.known)
      unknownRule("lead-types", lt, `Who may apply to ${name}`, `${nameKo} 신청 자격`, [
        "consortium",
        leadIndex,
        "type",
      ]);
    else if (lead !== undefined && !lt.value.includes(lead.type)) {
      report(
        "APPLICANT_TYPE_NOT_ALLOWED",
        ["consortium", leadIndex, "type"],
        `The lead applicant "${lead.name}" is a ${lower(lead.type)} (${lead.type}); ${name} admits as lead only: ${list(lt.value, "en")}`,
        `주관 신청기관 "${lead.name}"은(는) ${t(lead.type).ko}(${lead.type})입니다. ${nameKo}의 주관 신청 대상: ${list(lt.value, "ko")}`,
        "lead-types",
        lt,
        undefined,
        { expected: lt.value.join(" | "), received: lead.type },
      );
    }

    // joint application
    const ja = rules.jointApplication;
    if (!ja.known)
      unknownRule(
        "joint-application",
        ja,
        "The joint-application rule",
        "공동 신청 규칙",
        ["jointApplication"],
        "info",
      );
    else if (ja.value !== null && lead !== undefined && ja.value.applicants.includes(lead.type)) {
      const w = ja.value.with;
      const declared = s.jointApplication !== undefined && w.includes(s.jointApplication.type);
      const inConsortium = members.some((m) => m.role !== "lead" && w.includes(m.type));
      if (!declared && !inConsortium) {
        report(
          "INTERNATIONAL_ORGANISATION_MUST_APPLY_JOINTLY",
          ["jointApplication"],
          `"${lead.name}" is an international organisation: in ${name} it must apply jointly with one of: ${list(w, "en")} (declare jointApplication or add it to the consortium)`,
          `"${lead.name}"은(는) 국제기구이므로 ${nameKo}에는 다음 중 하나와 공동 신청해야 합니다: ${list(w, "ko")} (jointApplication을 적거나 컨소시엄에 추가)`,
          "joint-application",
          ja,
          s.discovery ? "info" : undefined,
        );
      }
    }

    // overseas public partner
    const pp = rules.overseasPublicPartner;
    if (!pp.known)
      unknownRule("overseas-public-partner", pp, "The consortium rule", "컨소시엄 규칙", ["consortium"]);
    else if (pp.value !== null) {
      const types = pp.value;
      const has = members.some((m) => m.role !== "lead" && types.includes(m.type) && m.country !== "KR");
      if (!has) {
        const companiesOnly = members.every(
          (m) => m.type === "foreign-company" || m.type === "korean-company",
        );
        report(
          "MISSING_OVERSEAS_PUBLIC_PARTNER",
          ["consortium"],
          `${name} needs a consortium with an overseas public partner (${list(types, "en")}, based outside Korea); the consortium of ${members.length} has none${companiesOnly ? " (companies only)" : ""}`,
          `${nameKo}은 해외에 소재한 공공 파트너(${list(types, "ko")})를 포함한 컨소시엄이 필요합니다. 컨소시엄 ${members.length}개 기관 중 해당 기관이 없습니다${companiesOnly ? " (기업만 구성)" : ""}`,
          "overseas-public-partner",
          pp,
        );
      }
    }

    // who receives the subsidy
    const fr = rules.fundsRecipients;
    if (!fr.known)
      unknownRule(
        "funds-recipients",
        fr,
        "Who may receive the subsidy",
        "보조금 수령 기관 규칙",
        ["consortium"],
        "info",
      );
    else {
      const rule = fr.value;
      if (anyFunds)
        members.forEach((m, i) => {
          if (!m.receivesFunds) return;
          if (rule.kind === "executor-only") {
            report(
              "PLANNING_FUNDS_GO_TO_EXECUTOR",
              ["consortium", i, "receivesFunds"],
              `"${m.name}" is marked as receiving funds, but ${name} pays the Korean executor chosen by tender, not consortium members`,
              `"${m.name}"이(가) 보조금 수령 기관으로 표시되었지만 ${nameKo} 사업비는 입찰로 선정된 국내 수행기관에 지급됩니다`,
              "funds-recipients",
              fr,
            );
          } else if (
            rule.excluded.includes(m.type) ||
            (m.country !== "KR" && rule.excludedOverseas?.includes(m.type))
          ) {
            report(
              "FOREIGN_COMPANY_CANNOT_RECEIVE_FUNDS",
              ["consortium", i, "receivesFunds"],
              `"${m.name}" (${lower(m.type)}, ${m.country}) may join the consortium of ${name} but cannot receive the subsidy`,
              `"${m.name}"(${t(m.type).ko}, ${m.country})은(는) ${nameKo} 컨소시엄에 참여할 수 있으나 보조금을 받을 수 없습니다`,
              "funds-recipients",
              fr,
            );
          }
        });
    }

    // prior consultation
    const pc = rules.priorConsultation;
    if (!pc.known)
      unknownRule(
        "prior-consultation",
        pc,
        "The prior-consultation rule",
        "사전 협의 규칙",
        ["priorConsultation"],
        "info",
      );
    else if (pc.value) {
      if (s.discovery) {
        if (!s.consulted) {
          report(
            "MISSING_PRIOR_CONSULTATION",
            ["priorConsultation"],
            `${name} requires prior consultation before applying`,
            `${nameKo}은 신청 전에 사전 협의가 필요합니다`,
            "prior-consultation",
            pc,
            "info",
          );
        }
      } else if (s.priorConsultation === undefined) {
        report(
          "MISSING_PRIOR_CONSULTATION",
          ["priorConsultation"],
          `${name} requires prior consultation; the application declares none`,
          `${nameKo}은 사전 협의가 필요한데 신청서에 사전 협의 내용이 없습니다`,
          "prior-consultation",
          pc,
        );
      } else if (s.at !== undefined) {
        const consult = s.priorConsultation;
        const submitted = s.at;
        const day = seoulSpan(consult.on);
        if (day !== undefined && day.start >= submitted) {
          report(
            "PRIOR_CONSULTATION_AFTER_SUBMISSION",
            ["priorConsultation", "on"],
            `The prior consultation with ${consult.with} on ${consult.on} is not before the submission (${seoulText(submitted)})`,
            `${consult.with}와(과)의 사전 협의일 ${consult.on}이(가) 제출 시각(${seoulText(submitted)})보다 앞서지 않습니다`,
            "prior-consultation",
            pc,
          );
        }
      }
    }
  }

  // funding range, from the edition data: the call's range, else the range awarded
  const won = s.requestedFunding;
  if (won !== undefined) {
    const f = sub.funding;
    const call = f.call.known;
    const fact = call ? f.call : f.awarded;
    // whatever the range (an "up to" range starts at 0; 2020's is unknown), a request asks for money
    // (a request is never negative: the application's amount is digits, its text is not allowNegative)
    if (!won)
      report(
        "FUNDING_OUT_OF_RANGE",
        ["requestedFunding"],
        "Requested ₩0: the request must be more than 0 KRW",
        "신청 금액 0원: 신청 금액은 0원보다 커야 합니다",
        "funding",
        undefined,
        "error",
        { expected: "more than 0 won", received: "0 won" },
      );
    else if (!fact.known)
      unknownRule(
        "funding",
        // the call's range is unknown too (it would have been chosen)
        f.call as UnknownFact,
        `The per-project funding range of ${name}`,
        `${nameKo} 사업당 지원 범위`,
        ["requestedFunding"],
        "info",
      );
    else if (won < fact.value.min.amount || won > fact.value.max.amount) {
      const range = fact.value;
      const amount = krw(won);
      const what = call
        ? "the call's per-project range"
        : "the range awarded (the call's range is not published)";
      const whatKo = call ? "공모 사업당 지원 범위" : "선정 시 지원 범위(공모 범위 미공개)";
      report(
        "FUNDING_OUT_OF_RANGE",
        ["requestedFunding"],
        `Requested ${formatKrw(amount, { locale: "en" })} is outside ${what} of ${name}: ${rangeText(range, "en")}${f.approximate ? " (approximate)" : ""}`,
        `신청 금액 ${formatKrw(amount, { locale: "ko" })}이 ${nameKo}의 ${whatKo} ${rangeText(range, "ko")}${f.approximate ? " (대략)" : ""}을 벗어납니다`,
        call ? "funding/call" : "funding/awarded",
        fact,
        call && !f.approximate ? "error" : "warning",
        { expected: `${range.min.amount} to ${range.max.amount} won`, received: `${won} won` },
      );
    }
  }

  // intake: call window or rolling intake with cutoff, in Korea time
  const intake = sub.intake;
  if (s.at === undefined) {
    if (!s.discovery) {
      report(
        "SUBMISSION_TIME_UNKNOWN",
        ["submittedAt"],
        `No submittedAt and no asOf: the intake of ${name} was not checked`,
        `submittedAt과 asOf가 없어 ${nameKo} 접수 기간을 확인하지 않았습니다`,
        "intake",
      );
    }
  } else {
    const at = s.at;
    const received = s.atText ?? seoulText(at);
    // "Submitted <submittedAt> (<Seoul time>)", or "On <Seoul time>" for asOf (nothing was submitted)
    const when = (en: string, ko: string): Label => {
      const z = seoulText(at);
      return s.atText === undefined
        ? { en: `On ${z}`, ko: `${z} 기준` }
        : { en: `${en} ${s.atText} (${z})`, ko: `${s.atText}(${z})${ko}` };
    };
    const path: FieldPath = s.discovery ? [] : ["submittedAt"];
    const opens = intake.opens;
    if (!opens.known)
      unknownRule("intake/opens", opens, `The opening day of ${name}`, `${nameKo} 접수 시작일`, path, "info");
    else {
      const span = seoulSpan(opens.value);
      if (span !== undefined && at < span.start) {
        const prev = findSubProgram(s.editions, sub.year - 1, sub.id).sub?.intake;
        const cut =
          prev?.kind === "rolling" && prev.rollsOverTo === sub.year && prev.cutoff.known
            ? prev.cutoff.value
            : "";
        const w = when("Submitted", "에 제출");
        // received after the year before's cutoff, before this intake opened: it rolled over into this cycle
        // (with no roll-over, this intake's own opening day, which `at` is before: a memoised span, where
        // "" would be parsed, and refused by a throw, on every call)
        if (!(at >= (seoulSpan(cut || opens.value)?.end as number)))
          report(
            "OUTSIDE_CALL_WINDOW",
            path,
            `${w.en}, before ${name} opened on ${opens.value} (Korea time)`,
            `${w.ko}: ${nameKo} 접수 시작(${opens.value}, 한국 시간) 전입니다`,
            "intake/opens",
            opens,
            undefined,
            { expected: `on or after ${span.startIso}`, received },
          );
      }
    }
    if (intake.kind === "call") {
      const closes = intake.closes;
      if (!closes.known)
        unknownRule("intake/closes", closes, `The closing day of ${name}`, `${nameKo} 마감일`, path);
      else {
        const span = seoulSpan(closes.value);
        if (span !== undefined && at >= span.end) {
          const w = when("Submitted", "에 제출");
          report(
            "OUTSIDE_CALL_WINDOW",
            path,
            `${w.en}, after ${name} closed at the end of ${closes.value} in Seoul (${span.endIso})`,
            `${w.ko}: ${nameKo}은 ${closes.value} 24:00(한국 시간)에 마감되었습니다`,
            "intake/closes",
            closes,
            undefined,
            { expected: `before ${span.endIso}`, received },
          );
        }
      }
    } else {
      const cutoff = intake.cutoff;
      const next = intake.rollsOverTo;
      // the cutoff falls in the edition's year: a proposal received after that year is past it, whatever
      // its day, when the day is not published
      const day = cutoff.known ? cutoff.value : `${sub.year}`;
      const span = seoulSpan(day);
      if (!cutoff.known && !(at >= (span?.end as number)))
        unknownRule(
          "intake/cutoff",
          cutoff,
          `The cutoff of ${name}'s year-round intake`,
          `${nameKo} 연중 상시 접수의 마감 기준일`,
          path,
          "info",
        );
      else {
        if (span !== undefined && at >= span.end) {
          const w = when("Received", " 접수");
          // a late proposal rolls over one cycle: from 1 January after that year (00:00 in Seoul, UTC+9)
          // it is for a later edition's intake
          const year = seoulSpan(`${next}`);
          const late = year !== undefined && at >= year.end;
          if (!late) consideredFor = next;
          report(
            late ? "OUTSIDE_CALL_WINDOW" : "ROLLS_OVER_TO_NEXT_CYCLE",
            path,
            `${w.en}, after the ${name} cutoff (end of ${day}${cutoff.known ? "" : " at the latest"}, Korea time)${late ? ` and after ${next}, the year it rolls over to` : `: it is considered in the ${next} cycle`}`,
            `${w.ko}: ${nameKo} 마감 기준일(${day}${cutoff.known ? "" : "년 말까지"}, 한국 시간) ${late ? `및 이월 대상 연도(${next}년) 후입니다` : `후이므로 ${next}년 심사 대상입니다`}`,
            "intake/cutoff",
            cutoff,
            undefined,
            late ? { expected: `before ${year.endIso}`, received } : undefined,
          );
        }
      }
    }
  }
  return consideredFor;
}

interface Compiled {
  readonly key: string;
  readonly name: string;
  readonly nameKo: string;
  readonly refs: Map<string, EligibilityRuleRef>;
}
const COMPILED = new WeakMap<SubProgram, Compiled>();

/** Names and rule references of a sub-program, computed once per sub-program object. */
function compiled(sub: SubProgram): Compiled {
  return memo(COMPILED, sub, (sub) => ({
    key: `${sub.year}/${sub.id}`,
    name: `${sub.year} ${sub.name.en}`,
    nameKo: `${sub.year}년 ${sub.name.ko}`,
    refs: new Map(),
  }));
}

/** The rule reference `<year>/<sub-program>/<suffix>` of a fact, memoised per sub-program. */
function cref(c: Compiled, suffix: string, fact: Fact<unknown> | undefined): EligibilityRuleRef {
  let r = c.refs.get(suffix);
  // a finding without a fact (a request of 0 won) gets a reference of its own, never the one a
  // fact's finding cached under the same suffix: no answer depends on what was checked before
  if (r === undefined || r.sources !== fact?.sources) {
    r = ref(suffix === "" ? c.key : `${c.key}/${suffix}`, fact);
    c.refs.set(suffix, r);
  }
  return r;
}

const RANK: Record<EligibilitySeverity, number> = { error: 0, warning: 1, info: 2 };

/** @internal Sorts issues errors first (stable) and freezes the list. */
export function sortIssues(issues: EligibilityIssue[]): readonly EligibilityIssue[] {
  if (issues.length > 1) issues.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return freeze(issues);
}
