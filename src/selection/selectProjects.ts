import { deepFreeze } from "../core/deepFreeze.js";
import { freeze } from "../core/freeze.js";
import { isObject } from "../core/isObject.js";
import type { Label } from "../core/label.js";
import { INVALID_INPUT, INVALID_OPTIONS, need, optionsOf } from "../core/need.js";
import { ID_RE } from "../core/patterns.js";
import { describeReceived, KcnError } from "../errors.js";
import { fromKrwJson, isKrw, type Krw, krw } from "../money/index.js";
import { isCountryCode, isMoment, isSubProgramId, KOREA_DATE } from "./deps.js";
import { label } from "./issues.js";

/**
 * An amount of won as money JSON, the form payloads and files use. A type, not an interface, so that
 * it is a {@link JsonValue} and goes into a lifecycle event's payload as it is.
 *
 * @category Selection
 */
export type KrwJson = {
  /** Whole won as a digit string, `"400000000"`. */
  readonly amount: string;
  /** Always `"KRW"`. */
  readonly currency: "KRW";
};

/**
 * One proposal before the committee.
 *
 * @category Selection
 */
export interface SelectionCandidate {
  /** Unique id of the proposal. */
  readonly id: string;
  /** The sub-program it applies to; quotas count per sub-program. */
  readonly subProgramId: string;
  /** ISO 3166-1 alpha-2 code of the site's country. */
  readonly country: string;
  /** The committee's score (higher is better); a finite number. */
  readonly score: number;
  /** The funding requested. */
  readonly requested: Krw | KrwJson;
  /** When it was submitted, a date in Korea time (`"2021-04-12"`, `"2021-04-12T15:30"`). */
  readonly submittedAt: string;
}

/**
 * The committee's constraints. Every one is optional: leave it out and it does not bind.
 *
 * @category Selection
 */
export interface SelectProjectsOptions {
  /** Largest number of projects per sub-program id; a sub-program not listed has no quota. */
  readonly quotas?: Readonly<Record<string, number>> | undefined;
  /** The total that selected projects' requests may add up to. */
  readonly budget?: Krw | KrwJson | undefined;
  /** Largest number of projects per country (2021 chose 11 projects in 11 countries: cap 1). */
  readonly countryCap?: number | undefined;
  /** Lowest score that can be selected (inclusive). */
  readonly cutoff?: number | undefined;
}

/**
 * Why a candidate was not selected.
 *
 * @category Selection
 */
export type NotSelectedReason = "BELOW_CUTOFF" | "QUOTA_FULL" | "COUNTRY_CAP" | "BUDGET_EXCEEDED";

/**
 * The reasons in English and Korean.
 *
 * @example
 * ```ts
 * NOT_SELECTED_REASONS.COUNTRY_CAP.ko; //=> "국가별 선정 한도 도달"
 * ```
 * @category Selection
 */
export const NOT_SELECTED_REASONS: Readonly<Record<NotSelectedReason, Label>> = deepFreeze({
  BELOW_CUTOFF: label("Score below the cutoff", "기준 점수 미달"),
  QUOTA_FULL: label("The sub-program's quota is full", "세부 사업 선정 한도 도달"),
  COUNTRY_CAP: label("The country's cap is reached", "국가별 선정 한도 도달"),
  BUDGET_EXCEEDED: label("The request exceeds the remaining budget", "남은 예산 초과"),
});

/**
 * A candidate with its place in the ranking (1 = best).
 *
 * @category Selection
 */
export interface RankedCandidate<C extends SelectionCandidate = SelectionCandidate> {
  /** Its place in the ranking, 1 for the best. */
  readonly rank: number;
  /**
   * The candidate object as it was given (the same object, not a copy: match results by identity),
   * typed as given, with the fields of its own (`C`).
   */
  readonly candidate: C;
}

/**
 * A candidate that was not selected, and why.
 *
 * @category Selection
 */
export interface NotSelectedCandidate<C extends SelectionCandidate = SelectionCandidate>
  extends RankedCandidate<C> {
  /** Why it was not selected (`BELOW_CUTOFF`, `QUOTA_FULL`, `COUNTRY_CAP`, `BUDGET_EXCEEDED`). */
  readonly reason: NotSelectedReason;
}

/**
 * What {@link selectProjects} decides.
 *
 * @category Selection
 */
export interface SelectionOutcome<C extends SelectionCandidate = SelectionCandidate> {
  /** The selected candidates, in rank order. */
  readonly selected: readonly RankedCandidate<C>[];
  /** Candidates at or above the cutoff that were not selected, in rank order: the reserve list. */
  readonly reserve: readonly NotSelectedCandidate<C>[];
  /** Every candidate not selected with its reason, in rank order. */
  readonly notSelected: readonly NotSelectedCandidate<C>[];
  /** The sum of the selected requests. */
  readonly totalSelected: Krw;
  /** What is left of the budget, when a budget was given. */
  readonly remainingBudget?: Krw;
}

/** Refuses candidate `i`'s `field` (the candidate itself when empty): its path, what was expected and received. */
function badCandidate(i: number, field: string, what: string, value: unknown): never {
  need(false, INVALID_INPUT, `candidates[${i}]${field && `.${field}`} to be ${what}`, value, {
    path: field ? [i, field] : [i],
    expected: what,
  });
}

/** Whole won of a Krw or of the money JSON form as KrwJsonSchema reads it (digits only, no other key). */
function amountOf(value: unknown): bigint | undefined {
  if (isKrw(value)) return value.amount;
  try {
    return fromKrwJson(value).amount;
  } catch {
    return undefined;
  }
}

function byRank(a: Keyed, b: Keyed): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.at !== b.at) return a.at - b.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Keyed {
  readonly score: number;
  /** Rank of the submission date among the distinct dates. */
  at: number;
  /** The submission date as read (each field of a candidate is read once). */
  readonly d: string;
  readonly id: string;
  readonly amount: bigint;
  readonly sub: string;
  readonly country: string;
  readonly c: SelectionCandidate;
}

/**
 * Selects projects the way a committee works down its ranking under constraints.
 *
 * Policy:
 * 1. Rank every candidate: score descending, then earlier `submittedAt`, then `id` in code-unit
 *    order. The ranking is total and deterministic: a less precise date sorts before the dates it
 *    holds (`"2024-03"` before `"2024-03-01"`, and that before `"2024-03-01T09:00"`), though which
 *    was submitted first is not known; give candidates their minute where a tie can matter.
 * 2. Walk the ranking once. A candidate below `cutoff` is `BELOW_CUTOFF`. Otherwise it is refused,
 *    checking in this order, with `QUOTA_FULL` when its sub-program already has `quotas[sub]`
 *    projects, `COUNTRY_CAP` when its country already has `countryCap`, `BUDGET_EXCEEDED` when its
 *    request is more than what is left of `budget`; else it is selected and counts against all three.
 * 3. A refused candidate does not stop the walk: a cheaper or other-country project further down
 *    can still be selected, as committees fill the remaining budget.
 *
 * Runs in O(n log n) (one sort, one pass with hash maps).
 *
 * @param candidates - the proposals (ids unique)
 * @param options - quotas per sub-program, total budget, cap per country, cutoff score
 * @returns the selected list, the ranked reserve list and every other candidate with its reason
 * @throws {@link KcnError} `INVALID_INPUT` for a duplicate id, a score that is not finite, a country
 *   that is not an upper-case ISO 3166-1 alpha-2 code, a request that is not KRW, a date that is not a
 *   date, a sub-program id that is not kebab-case or, under quotas, that no quota names and no edition
 *   has (`"planing"` would escape the quota of `planning`) (`details.path` names the candidate and its field,
 *   `[3, "score"]`, with `details.expected` and `details.received`); `INVALID_OPTIONS` for options that
 *   are not an object, quotas that are not a plain object (a `Map`), a negative or fractional quota
 *   or cap, a cutoff that is not a number, a budget that is not KRW or is negative, or a quota key
 *   that no candidate applies to and no edition has (a misspelt sub-program id); `details.option`
 *   names the option (`"budget"`, `"countryCap"`, `"cutoff"`, `"quotas"`, `"quotas.<key>"`). A
 *   quota for an edition's sub-program with no candidate this round is kept.
 * @example
 * ```ts
 * const c = (id: string, country: string, score: number, m: number) =>
 *   ({ id, subProgramId: "planning", country, score, requested: krw(m * 100_000_000), submittedAt: "2023-05-01" });
 * const out = selectProjects([c("a", "KE", 90, 5), c("b", "KE", 85, 4), c("c", "UZ", 80, 5), c("d", "VN", 70, 3)],
 *   { countryCap: 1, budget: krw(900_000_000), cutoff: 60 });
 * out.selected.map((s) => s.candidate.id); //=> ["a", "d"]
 * out.notSelected.map((n) => `${n.candidate.id}:${n.reason}`); //=> ["b:COUNTRY_CAP", "c:BUDGET_EXCEEDED"]
 * ```
 * @category Selection
 */
export function selectProjects<C extends SelectionCandidate>(
  candidates: readonly C[],
  options: SelectProjectsOptions = {},
): SelectionOutcome<C> {
  if (!Array.isArray(candidates))
    throw new KcnError(
      INVALID_INPUT,
      `Expected an array of candidates, received ${describeReceived(candidates)}`,
    );
  const opts = optionsOf(options, "quotas budget countryCap cutoff");
  const quotas = new Map<string, number>();
  if (opts.quotas !== undefined) {
    need(
      // a plain object: a Map's entries are not its keys, and would bind nothing, silently
      isObject(opts.quotas) && (Object.getPrototypeOf(opts.quotas) ?? Object.prototype) === Object.prototype,
      INVALID_OPTIONS,
      "quotas as { subProgramId: count }",
      opts.quotas,
      { option: "quotas" },
    );
    for (const [k, v] of Object.entries(opts.quotas)) {
      need(
        Number.isSafeInteger(v) && v >= 0,
        INVALID_OPTIONS,
        `quota of "${k}" to be a whole number >= 0`,
        v,
        { option: `quotas.${k}` },
      );
      quotas.set(k, v);
    }
  }
  const cap = opts.countryCap;
  need(
    cap === undefined || (Number.isSafeInteger(cap) && cap >= 0),
    INVALID_OPTIONS,
    "countryCap to be a whole number >= 0",
    cap,
    { option: "countryCap" },
  );
  const cutoff = opts.cutoff;
  need(
    cutoff === undefined || (typeof cutoff === "number" && !Number.isNaN(cutoff)),
    INVALID_OPTIONS,
    "cutoff to be a number",
    cutoff,
    { option: "cutoff" },
  );
  let remaining: bigint | undefined;
  if (opts.budget !== undefined) {
    remaining = amountOf(opts.budget);
    if (remaining === undefined)
      throw new KcnError(
        INVALID_OPTIONS,
        `Expected budget as Krw or money JSON, received ${describeReceived(opts.budget)}`,
        { option: "budget" },
      );
    if (remaining < 0n)
      throw new KcnError(INVALID_OPTIONS, `Expected a budget >= 0, received ${remaining}`, {
        option: "budget",
      });
  }
  const n = candidates.length;
  const keyed: Keyed[] = new Array(n);
  const ids = new Set<string>();
  // Dates are few and repeat: validate each distinct one once, then rank them as numbers.
  const dateRank = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = candidates[i] as SelectionCandidate;
    if (!isObject(c)) badCandidate(i, "", "an object", c);
    // each field is read once: a getter that changes its value between reads cannot pass the checks
    const { id, score, country, requested, subProgramId: sub, submittedAt: at } = c;
    if (typeof id !== "string" || !id) badCandidate(i, "id", "a non-empty string", id);
    if (ids.size === ids.add(id).size) badCandidate(i, "id", "unique", id);
    if (typeof score !== "number" || !Number.isFinite(score))
      badCandidate(i, "score", "a finite number", score);
    if (typeof sub !== "string" || !ID_RE.test(sub))
      badCandidate(i, "subProgramId", "a kebab-case sub-program id", sub);
    // under quotas, a sub-program no quota names and no edition has is a misspelt id ("planing"):
    // it would escape its quota, silently
    if (quotas.size && !quotas.has(sub) && !isSubProgramId(sub))
      badCandidate(i, "subProgramId", "a sub-program a quota names or an edition has", sub);
    if (!isCountryCode(country)) badCandidate(i, "country", "an ISO 3166-1 alpha-2 code", country);
    if (!dateRank.has(at) && !isMoment(at)) badCandidate(i, "submittedAt", KOREA_DATE, at);
    dateRank.set(at, 0);
    const amount = amountOf(requested);
    if (amount === undefined)
      badCandidate(i, "requested", 'Krw or {"amount":"400000000","currency":"KRW"}', requested);
    if (amount < 0n) badCandidate(i, "requested", ">= 0 KRW", amount);
    keyed[i] = { c, score, at: 0, d: at, id, amount, sub, country };
  }
  // A quota for a sub-program no candidate applies to and no edition has is a misspelt key: it
  // would bind nothing, silently.
  for (const k of quotas.keys())
    need(
      keyed.some((c) => c.sub === k) || isSubProgramId(k),
      INVALID_OPTIONS,
      "a quota key that a candidate applies to or an edition has",
      k,
      { option: `quotas.${k}` },
    );
  const dates = [...dateRank.keys()].sort();
  for (let i = 0; i < dates.length; i++) dateRank.set(dates[i] as string, i);
  for (let i = 0; i < n; i++) {
    const k = keyed[i] as Keyed;
    k.at = dateRank.get(k.d) as number;
  }
  keyed.sort(byRank);
  const perSub = new Map<string, number>();
  const perCountry = new Map<string, number>();
  const selected: RankedCandidate<C>[] = [];
  const reserve: NotSelectedCandidate<C>[] = [];
  const notSelected: NotSelectedCandidate<C>[] = [];
  let total = 0n;
  for (let i = 0; i < n; i++) {
    const k = keyed[i] as Keyed;
    const rank = i + 1;
    let reason: NotSelectedReason | undefined;
    const { sub, country } = k;
    if (cutoff !== undefined && k.score < cutoff) reason = "BELOW_CUTOFF";
    else {
      const quota = quotas.get(sub);
      if (quota !== undefined && (perSub.get(sub) ?? 0) >= quota) reason = "QUOTA_FULL";
      else if (cap !== undefined && (perCountry.get(country) ?? 0) >= cap) reason = "COUNTRY_CAP";
      else if (remaining !== undefined && k.amount > remaining) reason = "BUDGET_EXCEEDED";
    }
    if (reason === undefined) {
      selected.push(freeze({ rank, candidate: k.c as C }));
      perSub.set(sub, (perSub.get(sub) ?? 0) + 1);
      perCountry.set(country, (perCountry.get(country) ?? 0) + 1);
      total += k.amount;
      if (remaining !== undefined) remaining -= k.amount;
    } else {
      const out = freeze({ rank, candidate: k.c as C, reason });
      notSelected.push(out);
      if (reason !== "BELOW_CUTOFF") reserve.push(out);
    }
  }
  return freeze({
    selected: freeze(selected),
    reserve: freeze(reserve),
    notSelected: freeze(notSelected),
    totalSelected: krw(total),
    ...(remaining === undefined ? {} : { remainingBudget: krw(remaining) }),
  });
}
