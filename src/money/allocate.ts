import { freeze } from "../core/freeze.js";
import { describeReceived, KcnError } from "../errors.js";
import { checkMoney } from "./arithmetic.js";
import { pow10, toScaledDecimal } from "./decimal.js";
import { type Money, makeMoney } from "./money.js";

/**
 * One allocation ratio: a non-negative bigint, a finite number, a decimal string (`"0.3"`) or a
 * percentage string (`"33.3%"`). Ratios are relative weights; percentages in one call need not sum
 * to 100% and cannot be mixed with plain ratios. Every string, decimal or percentage, is read
 * without the whitespace around it (as `String.prototype.trim` removes it): `" 50% "` is `"50%"`,
 * `" 0.3\n"` is `"0.3"`; whitespace before the `%` is ignored too (`"50 %"`), but not within the
 * number (`"5 0%"` is refused).
 *
 * @category Money
 */
export type RatioInput = bigint | number | string;

function refuse(message: string, details: Record<string, unknown> = {}): never {
  throw new KcnError("INVALID_RATIOS", message, details);
}

/**
 * Splits an amount into shares proportional to `ratios` that sum exactly to the amount.
 *
 * Each share is first the exact proportion rounded toward zero; the few minor units left over go,
 * one each, to the shares with the largest remainders (the fractional parts cut off), and among
 * equal remainders to the share listed first. So every share is within one minor unit of its exact
 * proportion, a zero ratio always gets zero, the result does not depend on anything but the
 * arguments, and no share has the opposite sign of the amount (a negative amount is split like its
 * absolute value, then negated).
 *
 * @param amount - the amount to split (any currency; shares keep it)
 * @param ratios - one {@link RatioInput} per share, at least one, none negative, not all zero
 * @returns a frozen array of shares, in the order of `ratios`
 * @throws {@link KcnError} `INVALID_RATIOS` for an empty list, a negative, non-numeric or non-finite
 *   ratio, all-zero ratios, or percentages mixed with plain ratios; `INVALID_AMOUNT` when `amount` is
 *   not money (a `scale` other than its currency's included); `INVALID_CURRENCY` for a currency code
 *   the library does not know
 * @example
 * ```ts
 * allocate(krw(100), [30, 40, 30]).map((m) => m.amount); //=> [30n, 40n, 30n]
 * allocate(krw(100), ["33.3%", "33.3%", "33.3%"]).map((m) => m.amount); //=> [34n, 33n, 33n]
 * allocate(krw(5), [1, 1]).map((m) => m.amount); //=> [3n, 2n]
 * ```
 * @category Money
 */
export function allocate<C extends string>(
  amount: Money<C>,
  ratios: readonly RatioInput[],
): readonly Money<C>[] {
  checkMoney(amount);
  if (!Array.isArray(ratios) || ratios.length === 0) {
    refuse(`Expected a non-empty array of ratios, received ${describeReceived(ratios)}`, {
      received: describeReceived(ratios),
    });
  }
  const n = ratios.length;
  const weights: bigint[] = new Array(n);
  let scales: number[] | undefined;
  let maxScale = 0;
  let percent: boolean | undefined;
  for (let i = 0; i < n; i++) {
    const r = ratios[i];
    if (typeof r === "number" ? Number.isSafeInteger(r) && r >= 0 : typeof r === "bigint" && r >= 0n) {
      // a whole ratio (BigInt of a bigint is itself)
      weights[i] = BigInt(r);
      if (percent === true) mixed(i, r);
      percent = false;
      continue;
    }
    let text: unknown = r;
    let isPct = false;
    if (typeof r === "string") {
      const t = r.trim();
      if (t.endsWith("%")) {
        isPct = true;
        text = t.slice(0, -1);
      }
    }
    if (percent !== undefined && percent !== isPct) mixed(i, r);
    percent = isPct;
    const d = typeof r === "number" || typeof r === "string" ? toScaledDecimal(text) : undefined;
    if (!d || d.n < 0n) {
      refuse(
        `Expected ratios[${i}] to be a non-negative number, decimal or percentage, received ${describeReceived(r)}`,
        { index: i, received: describeReceived(r) },
      );
    }
    weights[i] = d.n;
    if (d.scale > 0) {
      scales ??= new Array(n).fill(0);
      scales[i] = d.scale;
      if (d.scale > maxScale) maxScale = d.scale;
    }
  }
  if (scales) {
    for (let i = 0; i < n; i++) {
      const s = scales[i] as number;
      if (s < maxScale) weights[i] = (weights[i] as bigint) * pow10(maxScale - s);
    }
  }
  let total = 0n;
  for (let i = 0; i < n; i++) total += weights[i] as bigint;
  if (total === 0n) refuse("Expected at least one ratio above zero, received only zeros", { ratios: n });
  const neg = amount.amount < 0n;
  const abs = neg ? -amount.amount : amount.amount;
  const shares: bigint[] = new Array(n);
  const rems: bigint[] = new Array(n);
  let left = abs;
  for (let i = 0; i < n; i++) {
    const p = abs * (weights[i] as bigint);
    const q = p / total;
    shares[i] = q;
    rems[i] = p - q * total;
    left -= q;
  }
  // left < n: hand out one unit each to the largest remainders, first index on ties.
  while (left > 0n) {
    let best = -1;
    let bestRem = 0n;
    for (let i = 0; i < n; i++) {
      const r = rems[i] as bigint;
      if (r > bestRem) {
        bestRem = r;
        best = i;
      }
    }
    if (best < 0) break;
    shares[best] = (shares[best] as bigint) + 1n;
    rems[best] = 0n;
    left--;
  }
  const out: Money<C>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = shares[i] as bigint;
    out[i] = makeMoney(amount.currency, neg ? -s : s, amount.scale);
  }
  return freeze(out);
}

function mixed(i: number, r: unknown): never {
  return refuse(
    `Expected all ratios to be percentages or none, received ratios[${i}] = ${describeReceived(r)}`,
    { index: i, received: describeReceived(r) },
  );
}
