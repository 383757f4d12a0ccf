import { type Fact, inferred, known, unknown } from "../core/fact.js";
import { freeze } from "../core/freeze.js";
import { choiceOf, type Label } from "../core/label.js";
import { optionsOf } from "../core/need.js";
import { KcnError } from "../errors.js";
import { type FundingRange, type Krw, portfolioEnvelope } from "../money/index.js";
import { sourcesOf } from "./combineFacts.js";
import { deepFreeze, label } from "./data/build.js";
import { getEdition } from "./getEdition.js";
import type { SubProgramId } from "./types.js";

/**
 * Which per-project range {@link fundingEnvelope} prefers: the range as awarded (default; falls back
 * to the call's where the awards are unknown) or as announced in the call (falls back to the awards).
 *
 * @category Programs
 */
export interface FundingEnvelopeOptions {
  /** Which per-project range to use where both are known: the awards' (default) or the call's. */
  readonly prefer?: "awarded" | "call" | undefined;
}

/**
 * One sub-program's contribution to the envelope.
 *
 * @category Programs
 */
export interface EnvelopeLine {
  /** The sub-program of the line. */
  readonly subProgramId: SubProgramId;
  /** Its name in English and Korean. */
  readonly name: Label;
  /** The number of projects: the target, or the number selected where no target is stated. */
  readonly count: Fact<{ readonly min: number; readonly max: number }>;
  /** Where the count comes from: the stated target, the number selected, or unknown. */
  readonly countBasis: "target" | "selected" | "unknown";
  /** The per-project range used. */
  readonly range: Fact<FundingRange>;
  /** Where the range comes from: the awards, the call, or unknown. */
  readonly rangeBasis: "awarded" | "call" | "unknown";
}

/**
 * Whether the stated budget lies between the lowest and the highest total.
 *
 * @category Programs
 */
export type BudgetFit = "within" | "below-lowest" | "above-highest" | "unknown";

/**
 * The funding envelope of an edition.
 *
 * @category Programs
 */
export interface FundingEnvelope {
  /** The edition year. */
  readonly year: number;
  /** One line per sub-program. */
  readonly lines: readonly EnvelopeLine[];
  /** Lowest total (every line at its lowest count and amount) to highest; unknown when a line is. */
  readonly envelope: Fact<FundingRange>;
  /** The stated annual budget. */
  readonly budget: Fact<Krw>;
  /** Where the stated budget lies against the envelope. */
  readonly fit: BudgetFit;
  /** The verdict in words. */
  readonly explanation: Label;
  /** Whether a range used is approximate ("about 700M each"). */
  readonly approximate: boolean;
}

const FIT_TEXT: Readonly<Record<BudgetFit, Label>> = freeze({
  within: label("The stated budget lies within the envelope.", "발표된 예산이 범위 안에 있습니다."),
  "below-lowest": label(
    "The stated budget is below the lowest total the ranges and counts allow.",
    "발표된 예산이 범위·건수로 가능한 최소 총액보다 적습니다.",
  ),
  "above-highest": label(
    "The stated budget is above the highest total the ranges and counts allow (the rest may go to training, consulting or other costs).",
    "발표된 예산이 범위·건수로 가능한 최대 총액보다 많습니다 (나머지는 연수·자문 등 비용일 수 있습니다).",
  ),
  unknown: label(
    "Whether the budget fits cannot be told: the budget or part of the envelope is unknown.",
    "예산 또는 범위 일부를 알 수 없어 적합 여부를 판단할 수 없습니다.",
  ),
});

/**
 * The lowest and the highest total that an edition's per-project ranges and target counts allow
 * (through the money module's `portfolioEnvelope`), beside the stated annual budget, and whether the
 * budget fits.
 *
 * @param year - the edition's year
 * @param options - {@link FundingEnvelopeOptions}
 * @returns the envelope (frozen)
 * @throws {@link KcnError} `UNKNOWN_EDITION` for a year without an edition; `INVALID_OPTIONS` for
 *   options that are not an object or a `prefer` that is not `"awarded"` or `"call"`
 * @example
 * ```ts
 * const e = fundingEnvelope(2021);
 * e.envelope.known && [e.envelope.value.min.amount, e.envelope.value.max.amount];
 * //=> [3600000000n, 5400000000n]
 * e.fit; //=> "within"
 * ```
 * @category Programs
 */
export function fundingEnvelope(year: number, options: FundingEnvelopeOptions = {}): FundingEnvelope {
  const edition = getEdition(year);
  const prefer = choiceOf(optionsOf(options, "prefer").prefer, "prefer", "awarded", "call");
  let approximate = false;
  const lines: EnvelopeLine[] = edition.subPrograms.map((s) => {
    const [first, second] =
      prefer === "awarded" ? (["awarded", "call"] as const) : (["call", "awarded"] as const);
    const rangeBasis = s.funding[first].known ? first : s.funding[second].known ? second : "unknown";
    const range = rangeBasis === "unknown" ? s.funding[first] : s.funding[rangeBasis];
    if (range.known && s.funding.approximate) approximate = true;
    const sel = s.counts.selected;
    const countBasis = s.targetCount.known ? "target" : sel.known ? "selected" : "unknown";
    const count: EnvelopeLine["count"] =
      countBasis === "target"
        ? s.targetCount
        : sel.known
          ? known(
              { min: sel.value, max: sel.value },
              sel.sources,
              sel.reliability,
              "No target stated; the number selected is used.",
            )
          : s.targetCount;
    return { subProgramId: s.id, name: s.name, count, countBasis, range, rangeBasis };
  });
  const facts = lines.flatMap((l) => [l.count, l.range]);
  let envelope: Fact<FundingRange>;
  if (lines.every((l) => l.count.known && l.range.known)) {
    // the lowest total takes every line's fewest projects, the highest its most
    const total = (end: "min" | "max") =>
      portfolioEnvelope(
        lines.map((l) => ({
          count: l.count.known ? l.count.value[end] : 0,
          range: (l.range as { value: FundingRange }).value,
        })),
      )[end];
    envelope = inferred(
      freeze({ min: total("min"), max: total("max") }),
      "Sum over the sub-programs of count x per-project range.",
      sourcesOf(facts),
    );
  } else {
    const missing = lines
      .filter((l) => !l.count.known || !l.range.known)
      .map((l) => `${l.name.en}: ${!l.range.known ? "per-project funding" : "count"} unknown`);
    envelope = unknown(`The envelope needs every line: ${missing.join("; ")}.`, sourcesOf(facts));
  }
  const budget = edition.budget;
  let fit: BudgetFit = "unknown";
  if (envelope.known && budget.known) {
    const b = budget.value.amount;
    fit =
      b < envelope.value.min.amount
        ? "below-lowest"
        : b > envelope.value.max.amount
          ? "above-highest"
          : "within";
  }
  return deepFreeze({ year, lines, envelope, budget, fit, explanation: FIT_TEXT[fit], approximate });
}
