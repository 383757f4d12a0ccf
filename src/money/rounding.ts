import { freeze } from "../core/freeze.js";
import { need } from "../core/need.js";

/**
 * How a value that falls between two representable amounts is rounded.
 *
 * - `half-even`: to the nearest, ties to the even neighbour (banker's rounding)
 * - `half-up`: to the nearest, ties away from zero
 * - `half-down`: to the nearest, ties toward zero
 * - `up`: away from zero
 * - `down`: toward zero (truncation)
 * - `ceil`: toward positive infinity
 * - `floor`: toward negative infinity
 *
 * @category Money
 */
export type RoundingMode = "half-even" | "half-up" | "half-down" | "up" | "down" | "ceil" | "floor";

/** @internal Throws INVALID_ROUNDING unless `mode` is a rounding mode. */
export function checkRounding(mode: unknown): RoundingMode {
  if (typeof mode === "string" && (ROUNDING_MODES as readonly string[]).includes(mode)) {
    return mode as RoundingMode;
  }
  need(false, "INVALID_ROUNDING", `a rounding mode (${ROUNDING_MODES.join(", ")})`, mode, {
    allowed: ROUNDING_MODES,
  });
}

/**
 * Every {@link RoundingMode}.
 *
 * @example
 * ```ts
 * ROUNDING_MODES.includes("half-even"); //=> true
 * ```
 * @category Money
 */
export const ROUNDING_MODES: readonly RoundingMode[] = freeze([
  "half-even",
  "half-up",
  "half-down",
  "up",
  "down",
  "ceil",
  "floor",
] as const);

/** @internal Divides `n` by `d` (d > 0) and rounds the quotient with `mode`. Exact, bigint only. */
export function divideRounded(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const q = n / d; // truncates toward zero
  const r = n % d; // same sign as n
  if (r === 0n) return q;
  const neg = n < 0n;
  const away = neg ? q - 1n : q + 1n;
  switch (mode) {
    case "down":
      return q;
    case "up":
      return away;
    case "ceil":
      return neg ? q : away;
    case "floor":
      return neg ? away : q;
    default: {
      const twice = (r < 0n ? -r : r) * 2n;
      if (twice > d) return away;
      if (twice < d) return q;
      if (mode === "half-up") return away;
      if (mode === "half-down") return q;
      return q % 2n === 0n ? q : away;
    }
  }
}
