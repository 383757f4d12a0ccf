import { INVALID_INPUT, need } from "../core/need.js";
import { KcnError } from "../errors.js";
import { type FundingRange, fundingRange, isRange } from "./fundingRange.js";

/**
 * One line of a portfolio: a number of projects, each funded within a range.
 *
 * @category Money
 */
export interface PortfolioLine {
  /** How many projects (a non-negative safe integer or bigint). */
  readonly count: number | bigint;
  /** The per-project funding range. */
  readonly range: FundingRange;
}

/**
 * The lowest and the highest total of a portfolio of projects funded within ranges: the sum of
 * `count × min` and of `count × max` over the lines. An empty portfolio is `[0, 0]`.
 *
 * @param lines - the lines
 * @returns the envelope as a closed {@link FundingRange}
 * @throws {@link KcnError} `INVALID_INPUT` for a count that is not a non-negative integer or a
 *   line that is not `{ count, range }`
 * @example
 * ```ts
 * // 2021: 4 urban planning x 400-600M, 4 solution planning x 200-300M, 3 demonstrations x 400-600M
 * const big = fundingRange(400_000_000, 600_000_000);
 * const small = fundingRange(200_000_000, 300_000_000);
 * const e = portfolioEnvelope([
 *   { count: 4, range: big },
 *   { count: 4, range: small },
 *   { count: 3, range: big },
 * ]);
 * [e.min.amount, e.max.amount]; //=> [3600000000n, 5400000000n]
 * ```
 * @category Money
 */
export function portfolioEnvelope(lines: readonly PortfolioLine[]): FundingRange {
  need(Array.isArray(lines), INVALID_INPUT, "an array of { count, range }", lines);
  let lo = 0n;
  let hi = 0n;
  // a loop over every index, holes of a sparse array included (forEach would skip them)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const c = line?.count;
    const okCount =
      (typeof c === "bigint" && c >= 0n) || (typeof c === "number" && Number.isSafeInteger(c) && c >= 0);
    need(okCount, INVALID_INPUT, `lines[${i}].count to be a non-negative integer`, c, {
      path: [i, "count"],
    });
    const r = (line as PortfolioLine).range;
    need(isRange(r), INVALID_INPUT, `lines[${i}].range to be a funding range`, r, { path: [i, "range"] });
    const n = BigInt(c as number | bigint);
    lo += n * r.min.amount;
    hi += n * r.max.amount;
  }
  return fundingRange(lo, hi);
}
