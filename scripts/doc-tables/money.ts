import { CURRENCY_MINOR_UNITS } from "../../src/money/currencies.js";
import { krw } from "../../src/money/money.js";
import { multiply } from "../../src/money/multiply.js";
import { ROUNDING_MODES } from "../../src/money/rounding.js";

const ROUNDING_TEXT: Record<string, string> = {
  "half-even": "to the nearest; ties to the even neighbour (banker's rounding)",
  "half-up": "to the nearest; ties away from zero",
  "half-down": "to the nearest; ties toward zero",
  up: "away from zero",
  down: "toward zero (truncation)",
  ceil: "toward positive infinity",
  floor: "toward negative infinity",
};

export const generators = {
  "money-currencies": (): string => {
    const byUnits = new Map<number, string[]>();
    for (const [code, units] of Object.entries(CURRENCY_MINOR_UNITS)) {
      byUnits.set(units, [...(byUnits.get(units) ?? []), code]);
    }
    return [
      "| minor units | currencies |",
      "| --- | --- |",
      ...[...byUnits.entries()]
        .sort(([a], [b]) => a - b)
        .map(([u, codes]) => `| ${u} | ${codes.join(", ")} |`),
    ].join("\n");
  },
  /** Each mode applied by `multiply` to 25 × 0.1, -25 × 0.1 and 24 × 0.1 won. */
  "money-rounding": (): string =>
    [
      "| mode | rounds | 2.5 → | -2.5 → | 2.4 → |",
      "| --- | --- | --- | --- | --- |",
      ...ROUNDING_MODES.map((m) => {
        const r = (n: number) => multiply(krw(n), "0.1", { rounding: m }).amount.toString();
        return `| \`${m}\` | ${ROUNDING_TEXT[m]} | ${r(25)} | ${r(-25)} | ${r(24)} |`;
      }),
    ].join("\n"),
};
