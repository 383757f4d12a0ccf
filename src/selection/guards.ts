/**
 * What each named guard checks. Guards read the event (its payload, note and time) and the record's
 * past, and answer `undefined` when they pass or the reason they fail, in both languages.
 *
 * @internal
 * @module
 */
import { isObject, isRecord } from "../core/isObject.js";
import type { Label } from "../core/label.js";
import { VISIBLE } from "../core/patterns.js";
import { formatKrw, formatRange } from "../money/index.js";
import { compareMoments, eligibilityFailure, fundingRangeFor, rollingCutoffFor } from "./deps.js";
import { label } from "./issues.js";
import type { AuditEntry, GuardName, JsonValue, Machine } from "./types.js";

/** What guards read from an event or an entry: its note and payload. */
export interface GuardEvidence {
  readonly note?: string | undefined;
  readonly payload?: { readonly [key: string]: JsonValue } | undefined;
}

/** What a guard sees. */
export interface GuardContext {
  readonly machine: Machine;
  readonly entries: readonly AuditEntry[];
  readonly event: GuardEvidence;
}

/**
 * A guard as the interpreter calls it, without building a context: the machine, the event's
 * evidence, and the record's past as the first `count` entries of `entries` (replay passes the log
 * itself and the entry's index, so that no prefix is copied).
 */
export type GuardCheck = (
  machine: Machine,
  event: GuardEvidence,
  entries: readonly AuditEntry[],
  count: number,
) => Label | undefined;

type Payload = { readonly [key: string]: JsonValue } | undefined;

function field(payload: Payload, key: string): JsonValue | undefined {
  return isObject(payload) && Object.hasOwn(payload, key) ? payload[key] : undefined;
}

/** A text with a visible character: spaces or invisible characters alone (U+200B, U+FEFF) are none. */
function nonEmpty(v: unknown): boolean {
  return typeof v === "string" && VISIBLE.test(v);
}

const AMOUNT = /^\d+$/;

function readAmount(v: JsonValue | undefined): bigint | Label {
  if (
    !isRecord(v) ||
    v["currency"] !== "KRW" ||
    typeof v["amount"] !== "string" ||
    !AMOUNT.test(v["amount"])
  ) {
    return label(
      'payload.amount must be KRW money JSON such as {"amount":"400000000","currency":"KRW"}',
      'payload.amount는 {"amount":"400000000","currency":"KRW"} 형식의 원화 금액이어야 합니다',
    );
  }
  return BigInt(v["amount"]);
}

/** The record's `submit` entry among the first `count` of `entries`, if any. */
function submitted(entries: readonly AuditEntry[], count: number): AuditEntry | undefined {
  for (let i = 0; i < count; i++) if ((entries[i] as AuditEntry).event === "submit") return entries[i];
  return undefined;
}

const GUARDS: Readonly<Record<GuardName, GuardCheck>> = {
  eligible: (machine, event, entries, count) => {
    const application = field(event.payload, "application");
    if (application === undefined) {
      return label(
        "payload.application is required: screening checks it",
        "payload.application이 필요합니다: 자격 검토는 이 신청서의 신청 자격을 확인합니다",
      );
    }
    return eligibilityFailure(application, machine, submitted(entries, count)?.at);
  },
  "appropriation-in-range": (machine, event) => {
    const money = field(event.payload, "amount");
    const amount = readAmount(money);
    if (typeof amount !== "bigint") return amount;
    if (amount <= 0n)
      return label("the appropriation must be more than 0 KRW", "확보 예산은 0원보다 커야 합니다");
    const range = fundingRangeFor(machine); // looked up once per machine
    if (range === undefined) return undefined;
    const { min, max } = range;
    if (amount < min.amount || amount > max.amount) {
      return label(
        `${formatKrw(amount)} is outside the sub-program's range ${formatRange(range)}`,
        `${formatKrw(amount, { locale: "ko" })}은 세부 사업 지원 범위(${formatRange(range, { locale: "ko" })})를 벗어납니다`,
      );
    }
    return undefined;
  },
  "korean-executor": (_machine, event) => {
    const executor = field(event.payload, "executor");
    if (!isRecord(executor) || !nonEmpty(executor["name"])) {
      return label(
        'payload.executor must name the company: {"name": "...", "country": "KR"}',
        'payload.executor에 기업을 적어야 합니다: {"name": "...", "country": "KR"}',
      );
    }
    const country = executor["country"];
    if (country !== "KR") {
      const received = JSON.stringify(country ?? null);
      return label(
        `the executor must be a Korean company (country "KR"), received ${received}`,
        `수행기관은 국내 기업(country "KR")이어야 합니다. 받은 값 ${received}`,
      );
    }
    return undefined;
  },
  "awarded-executor": (_machine, event, entries, count) => {
    let i = count;
    while (--i >= 0 && (entries[i] as AuditEntry).event !== "award");
    const awarded = field(entries[i]?.payload, "executor");
    if (!isRecord(awarded)) return label("no executor was awarded", "낙찰된 수행기관이 없습니다");
    const executor = field(event.payload, "executor");
    const e = isRecord(executor) ? executor : {};
    if (e["name"] !== awarded["name"] || e["country"] !== awarded["country"]) {
      const received = JSON.stringify(e["name"] ?? null);
      const name = JSON.stringify(awarded["name"]);
      return label(
        `the contract must name the awarded executor ${name}, received ${received}`,
        `계약 상대는 낙찰된 수행기관 ${name}이어야 합니다. 받은 값 ${received}`,
      );
    }
    return undefined;
  },
  "host-consulted": (_machine, event) => {
    const p = event.payload;
    if (!nonEmpty(field(p, "scope")) || !nonEmpty(field(p, "criteria"))) {
      return label(
        "payload.scope and payload.criteria must record what the host government agreed",
        "payload.scope와 payload.criteria에 상대국 정부와 협의한 내용을 기록해야 합니다",
      );
    }
    return undefined;
  },
  "reason-given": (_machine, event) =>
    nonEmpty(event.note) ? undefined : label("a reason is required in note", "note에 사유를 적어야 합니다"),
  "after-cutoff": (machine, event, entries, count) => {
    const cutoff = rollingCutoffFor(machine.year, machine.subProgramId);
    if (cutoff === undefined) {
      return label(
        "the sub-program has no known rolling cutoff to roll over from",
        "세부 사업에 알려진 접수 마감 기준일이 없어 이월할 수 없습니다",
      );
    }
    // a rolling intake with no published cutoff (2025, 2026): the secretariat's reason, kept in the
    // audit trail, decides
    if (cutoff === null) {
      return nonEmpty(event.note)
        ? undefined
        : label(
            "no rolling cutoff is published for this year: a reason for the roll-over is required in note",
            "올해는 접수 마감 기준일이 공개되지 않았으므로 note에 이월 사유를 적어야 합니다",
          );
    }
    const at = submitted(entries, count)?.at;
    if (!at) return label("the proposal was never submitted", "제안서가 제출된 적이 없습니다");
    if (compareMoments(at, cutoff) !== 1) {
      return label(
        `submitted ${at}, not after the cutoff ${cutoff}: it counts for this cycle`,
        `제출일 ${at}이(가) 기준일 ${cutoff} 후가 아니므로 이번 차수 대상입니다`,
      );
    }
    return undefined;
  },
};

/** Whether a name is one of the guards the library knows. */
export function isGuardName(name: string): name is GuardName {
  return Object.hasOwn(GUARDS, name);
}

/**
 * Runs one guard.
 *
 * @param name - the guard
 * @param ctx - the machine, the record's entries so far and the event
 * @returns `undefined` when it passes, or the reason it fails
 */
export function runGuard(name: GuardName, ctx: GuardContext): Label | undefined {
  return guardCheck(name)(ctx.machine, ctx.event, ctx.entries, ctx.entries.length);
}

/**
 * The check behind a named guard, resolved once (the interpreter's compiled tables hold these).
 *
 * @param name - the guard
 * @returns the check; an unknown name gives a check that always fails with the reason
 */
export function guardCheck(name: GuardName): GuardCheck {
  if (isGuardName(name)) return GUARDS[name];
  // a name from a machine that passed assertMachine: a string
  return () => label(`unknown guard "${name}"`, `알 수 없는 조건 "${name}"`);
}

/**
 * Checks that an event's time is not surely before any earlier time of the record.
 *
 * @param previous - the record's date-order floor: of its start and its entries' times, the one
 *   that starts latest ({@link laterStart})
 * @param at - the event's time
 * @returns `undefined` when it is not before, or the reason
 */
export function checkChronology(previous: string, at: unknown): Label | undefined {
  if (typeof at !== "string") return label("the event has no time (at)", "이벤트 시각(at)이 없습니다");
  const c = compareMoments(at, previous);
  if (c === undefined) {
    return label(
      `"${at}" is not a date such as "2021-06", "2021-06-22" or "2021-06-22T10:00"`,
      `"${at}"은(는) "2021-06", "2021-06-22", "2021-06-22T10:00" 같은 날짜가 아닙니다`,
    );
  }
  if (c < 0) {
    return label(
      `${at} is before an earlier entry (${previous}): dates must not go backwards`,
      `${at}은(는) 앞선 기록(${previous})보다 앞섭니다: 날짜는 거꾸로 갈 수 없습니다`,
    );
  }
  return undefined;
}

/**
 * Of a record's date-order floor and one more of its times, the one that starts later. An event is
 * refused when it is surely before any earlier time, that is before the one that starts latest, so
 * the floor is carried forward this way: "2022-04" after "2022-04-20" keeps the floor "2022-04-20",
 * and "2022-04-01" is then refused. For canonical dates ({@link isMoment}) the later start is the
 * greater string ("2022-04" starts with "2022-04-01", before "2022-04-20").
 */
export function laterStart(floor: string, at: string): string {
  return at > floor ? at : floor;
}
