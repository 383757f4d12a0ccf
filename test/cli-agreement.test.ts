import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
import type { CliContext } from "../src/cli/types.js";
import { checkEligibility, eligibleSubPrograms } from "../src/eligibility/index.js";
import {
  allocate,
  CURRENCY_MINOR_UNITS,
  type CurrencyCode,
  convert,
  fromKrwJson,
  krw,
  moneyJsonReplacer,
  ROUNDING_MODES,
  toMoneyJson,
} from "../src/money/index.js";
import { selectProjects } from "../src/selection/index.js";
import { nearEligibleApplication, validApplication } from "./eligibility.fixtures.js";

// The CLI is a thin door to the library: for any input, `--json` says what the library returns.

const run = (argv: string[], file = "") => {
  const ctx: CliContext = { readFile: () => file, now: () => new Date("2026-11-27T00:00:00Z") };
  return runCli(argv, ctx);
};
const runs = { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200) };
const CURRENCIES = Object.keys(CURRENCY_MINOR_UNITS).filter((c) => c !== "KRW") as CurrencyCode[];
const rate = fc
  .tuple(
    fc.integer({ min: 0, max: 99_999 }),
    fc.integer({ min: 0, max: 999_999 }),
    fc.integer({ min: 0, max: 6 }),
  )
  .filter(([i, f]) => i > 0 || f > 0)
  .map(([i, f, d]) => (d === 0 ? String(i) : `${i}.${String(f).padStart(6, "0").slice(0, d)}`))
  .filter((r) => /[1-9]/.test(r));

describe("kcity --json agrees with the library", () => {
  it("money convert gives convert()'s amount for any amount, rate, currency, quote and rounding", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        rate,
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom("target-per-source", "source-per-target" as const),
        fc.constantFrom(...ROUNDING_MODES),
        (amount, r, currency, quote, rounding) => {
          const out = run([
            "money",
            "convert",
            String(amount),
            "--currency",
            currency,
            "--rate",
            r,
            "--quote",
            quote,
            "--value-date",
            "2024-01-02",
            "--rounding",
            rounding,
            "--json",
          ]);
          expect(out.exitCode).toBe(0);
          const c = convert(krw(amount), { currency, rate: r, valueDate: "2024-01-02", quote }, { rounding });
          expect(JSON.parse(out.stdout).to).toEqual(toMoneyJson(c.money));
        },
      ),
      runs,
    );
  });

  it("money split gives allocate()'s shares", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 6 })
          .filter((a) => a.some((x) => x > 0)),
        (amount, ratios) => {
          const out = run(["money", "split", String(amount), ...ratios.map(String), "--json"]);
          expect(out.exitCode).toBe(0);
          // each share's value is money JSON that reads back as allocate()'s share
          const shares = JSON.parse(out.stdout).shares.map((s: { value: unknown }) => fromKrwJson(s.value));
          expect(shares).toEqual(allocate(krw(amount), ratios));
        },
      ),
      runs,
    );
  });

  it("select gives selectProjects()'s selection, reserve and reasons", () => {
    const candidate = fc.record({
      subProgramId: fc.constantFrom("planning", "overseas-demonstration"),
      country: fc.constantFrom("KE", "UZ", "VN", "PE"),
      score: fc.integer({ min: 0, max: 100 }),
      requested: fc
        .integer({ min: 1, max: 9 })
        .map((n) => ({ amount: String(n * 100_000_000), currency: "KRW" as const })),
      submittedAt: fc.constantFrom("2024-03-01", "2024-03-02", "2024-04"),
    });
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 12 }),
        fc.record(
          {
            countryCap: fc.integer({ min: 0, max: 3 }),
            cutoff: fc.integer({ min: 0, max: 100 }),
            quotas: fc.record({ planning: fc.integer({ min: 0, max: 4 }) }),
            budget: fc
              .integer({ min: 0, max: 40 })
              .map((n) => ({ amount: String(n * 100_000_000), currency: "KRW" as const })),
          },
          { requiredKeys: [] },
        ),
        (cs, options) => {
          const candidates = cs.map((c, i) => ({ id: `c${i}`, ...c }));
          const out = run(["select", "round.json", "--json"], JSON.stringify({ candidates, options }));
          if (candidates.length === 0) {
            // nothing to select from is bad input on the command line, as `kcity check []` is
            expect(out.exitCode).toBe(2);
            expect(JSON.parse(out.stderr ?? "").error.code).toBe("INVALID_INPUT");
            return;
          }
          const lib = selectProjects(candidates, options);
          expect(out.exitCode).toBe(lib.selected.length > 0 ? 0 : 1);
          const body = JSON.parse(out.stdout);
          const ids = (l: { candidate: { id: string }; reason?: string }[]) =>
            l.map((x) => `${x.candidate.id}:${x.reason ?? ""}`);
          expect(ids(body.selected)).toEqual(ids(lib.selected as never));
          expect(ids(body.reserve)).toEqual(ids(lib.reserve as never));
          expect(ids(body.notSelected)).toEqual(ids(lib.notSelected as never));
          expect(body.totalSelected).toEqual(toMoneyJson(lib.totalSelected));
        },
      ),
      runs,
    );
  });
  it("check and eligible give checkEligibility()'s and eligibleSubPrograms()'s answers, as money JSON", () => {
    const asOf = "2024-03-01T00:00:00+09:00";
    const same = (value: unknown) => JSON.parse(JSON.stringify(value, moneyJsonReplacer));
    fc.assert(
      fc.property(fc.oneof(validApplication, nearEligibleApplication), (application) => {
        const out = run(["check", "a.json", "--on", asOf, "--json"], JSON.stringify(application));
        const lib = checkEligibility(application, { asOf });
        expect(out.exitCode).toBe(lib.eligible ? 0 : lib.valid ? 1 : 2);
        expect(JSON.parse(out.stdout)).toEqual(same(lib));
        const consortium = (application as { consortium?: unknown }).consortium;
        const year = String((application as { year?: unknown }).year);
        if (!Array.isArray(consortium) || !/^20(2[0-6])$/.test(year)) return;
        const e = run(["eligible", "c.json", year, "--on", asOf, "--json"], JSON.stringify(consortium));
        const libE = eligibleSubPrograms(consortium, Number(year), { asOf });
        if (e.exitCode === 2) expect(libE.valid).toBe(false);
        else expect(JSON.parse(e.stdout)).toEqual(same(libE));
      }),
      runs,
    );
  });
});
