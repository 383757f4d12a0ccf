import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromKrwJson, krw } from "../../money/index.js";
import { runCli } from "../run.js";
import type { CliContext } from "../types.js";

const ctx: CliContext = { readFile: () => "", now: () => new Date("2026-01-01T00:00:00Z") };
const run = (...argv: string[]) => runCli(argv, ctx);

describe("kcity money parse", () => {
  it("reads English and Korean forms", () => {
    expect(run("money", "parse", "4억", "5,000만", "원")).toEqual({ exitCode: 0, stdout: "₩450,000,000\n" });
    expect(run("money", "parse", "400 million KRW", "--lang", "ko").stdout).toBe("400,000,000원\n");
  });
  it("prints JSON with --json", () => {
    const out = run("money", "parse", "4.2bn", "--json");
    expect(out.exitCode).toBe(0);
    const value = { amount: "4200000000", currency: "KRW" };
    expect(JSON.parse(out.stdout)).toEqual({ text: "4.2bn", value, formatted: "₩4,200,000,000" });
    // the value is money JSON as it stands: fromKrwJson reads it back (a key beside it would be refused)
    expect(fromKrwJson(JSON.parse(out.stdout).value)).toEqual(krw(4_200_000_000n));
  });
  it("exits 2 with the position and the reason on stderr", () => {
    const out = run("money", "parse", "400 600");
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("MULTIPLE_NUMBERS");
    // "kcity: CODE (issue): Title. message", the form of every other refusal
    expect(out.stderr).toMatch(
      /^kcity: PARSE_FAILED \(MULTIPLE_NUMBERS\): Text could not be read as an amount\. /,
    );
    expect(run("money", "parse", "abc", "--lang", "ko").stderr).toMatch(
      /^kcity: PARSE_FAILED \(UNKNOWN_UNIT\): 금액으로 읽을 수 없는 텍스트\. /,
    );
    expect(out.stderr).toContain("column 5");
    expect(out.stderr).toContain("\n      ^^^");
    // the caret counts columns: a Hangul syllable or a full-width digit is two wide in a terminal
    expect(run("money", "parse", "4억 5천만 abc").stderr).toContain("\n  4억 5천만 abc\n            ^^^\n");
    expect(run("money", "parse", "４억 xyz").stderr).toContain("\n  ４억 xyz\n       ^^^\n");
    const ko = run("money", "parse", "약 4억", "--lang", "ko");
    expect(ko.exitCode).toBe(2);
    expect(ko.stderr).toContain("어림 금액");
    const js = run("money", "parse", "4억 6억", "--json");
    expect(js.exitCode).toBe(2);
    const e = JSON.parse(js.stderr!).error;
    expect(e.code).toBe("PARSE_FAILED");
    expect(e.details.issues[0]).toMatchObject({ code: "UNIT_ORDER", position: 4 });
  });
  it("exits 2 without a text, and for too long input", () => {
    expect(run("money", "parse").exitCode).toBe(2);
    expect(run("money", "parse", "1".repeat(300)).stderr).toMatch(/^kcity: INPUT_TOO_LONG: /);
    const long = run("money", "parse", "1".repeat(300));
    expect(long.exitCode).toBe(2);
    expect(long.stderr).toContain("INPUT_TOO_LONG");
  });
});

describe("kcity money format", () => {
  it("writes each style in each language", () => {
    expect(run("money", "format", "450000000").stdout).toBe("₩450,000,000\n");
    expect(run("money", "format", "450000000", "--style", "korean-units").stdout).toBe("4억 5,000만 원\n");
    expect(run("money", "format", "400000000", "--style", "compact").stdout).toBe("KRW 400 million\n");
    expect(run("money", "format", "4.2bn", "--style", "compact", "--lang", "ko").stdout).toBe("42억 원\n");
    expect(run("money", "format", "400000000", "--lang", "ko").stdout).toBe("400,000,000원\n");
  });
  it("prints JSON with --json", () => {
    expect(JSON.parse(run("money", "format", "4억", "--style", "compact", "--json").stdout)).toEqual({
      value: { amount: "400000000", currency: "KRW" },
      style: "compact",
      locale: "en",
      formatted: "KRW 400 million",
    });
  });
  it("exits 2 on a bad style or amount", () => {
    const bad = run("money", "format", "1", "--style", "short");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("--style");
    expect(run("money", "format", "1", "--style", "short", "--lang", "ko").stderr).toContain("중 하나");
    expect(run("money", "format", "1.5원").exitCode).toBe(2);
    expect(run("money", "format").exitCode).toBe(2);
    expect(JSON.parse(run("money", "format", "1", "--style", "x", "--json").stderr!).error).toEqual({
      code: "INVALID_OPTIONS",
      title: "Invalid options",
      message: '--style expects standard, compact or korean-units, received "x"',
      details: { option: "--style", received: "x" },
    });
  });
  it("names the option and the value as typed in the JSON error of every refused convert option", () => {
    const base = ["money", "convert", "400000000", "--value-date", "2021-06-30", "--json"];
    const errorOf = (...more: string[]) => JSON.parse(run(...base, ...more).stderr ?? "").error;
    const ok = ["--currency", "USD", "--rate", "1385.20", "--rounding", "half-even"];
    const swap = (option: string, value: string) => {
      const args = [...ok];
      args[args.indexOf(option) + 1] = value;
      return args;
    };
    expect(errorOf(...swap("--currency", "usd")).details).toEqual({ option: "--currency", received: "usd" });
    expect(errorOf(...swap("--rate", "0")).details).toEqual({ option: "--rate", received: "0" });
    expect(errorOf(...swap("--rounding", "nearest")).details).toEqual({
      option: "--rounding",
      received: "nearest",
    });
    expect(errorOf(...ok, "--quote", "per").details).toEqual({ option: "--quote", received: "per" });
  });
});

describe("kcity money split", () => {
  it("splits into tranches that sum to the amount", () => {
    expect(run("money", "split", "600000000", "30", "40", "30").stdout).toBe(
      ["   30  ₩180,000,000", "   40  ₩240,000,000", "   30  ₩180,000,000", "total  ₩600,000,000", ""].join(
        "\n",
      ),
    );
    const ko = run("money", "split", "100", "33.3%", "33.3%", "33.3%", "--lang", "ko");
    expect(ko.exitCode).toBe(0);
    // columns line up in a terminal, where each Hangul syllable takes two columns
    expect(ko.stdout).toBe(["33.3%   34원", "33.3%   33원", "33.3%   33원", " 합계  100원", ""].join("\n"));
    const wide = run("money", "split", "1000000", "1", "1000", "--lang", "ko").stdout;
    expect(wide).toBe(["   1        999원", "1000    999,001원", "합계  1,000,000원", ""].join("\n"));
  });
  it("prints JSON with --json", () => {
    const out = JSON.parse(run("money", "split", "4억", "1", "1", "1", "--json").stdout);
    expect(out.total).toEqual({ amount: "400000000", currency: "KRW" });
    expect(out.shares[0]).toEqual({
      ratio: "1",
      value: { amount: "133333334", currency: "KRW" },
      formatted: "₩133,333,334",
    });
    expect(out.shares.map((s: { value: { amount: string } }) => s.value.amount)).toEqual([
      "133333334",
      "133333333",
      "133333333",
    ]);
  });
  it("exits 2 on bad ratios or missing arguments", () => {
    const zeros = run("money", "split", "100", "0", "0");
    expect(zeros.exitCode).toBe(2);
    expect(zeros.stderr).toContain("INVALID_RATIOS");
    expect(run("money", "split", "100", "x").exitCode).toBe(2);
    expect(run("money", "split", "100", "30", "30%").exitCode).toBe(2);
    expect(run("money", "split", "100").exitCode).toBe(2);
    expect(run("money", "split", "abc", "1").exitCode).toBe(2);
    expect(JSON.parse(run("money", "split", "100", "0", "--json").stderr!).error.code).toBe("INVALID_RATIOS");
  });
  it("lists the commands in the help", () => {
    const help = run("--help").stdout;
    expect(help).toContain("kcity money parse");
    expect(help).toContain("kcity money split <amount> <ratios...>");
    expect(run("money", "format", "--help").stdout).toContain("--style");
  });
});

describe("kcity money convert", () => {
  const usd = ["--currency", "USD", "--rate", "1385.20", "--quote", "source-per-target"];
  const when = ["--value-date", "2021-06-30", "--rounding", "half-even"];
  it("converts at the given rate, to the target's minor unit, and says how", () => {
    // 400,000,000 / 1385.2 = 288,766.965... -> 288,766.97 (half-even)
    expect(run("money", "convert", "400000000", ...usd, ...when)).toEqual({
      exitCode: 0,
      stdout:
        "₩400,000,000 = USD 288,766.97\n  (at 1 USD = 1385.2 KRW, value date 2021-06-30, rounding half-even)\n",
    });
    // an amount in Korean units; yen have no minor unit; the rate quoted per won (the default)
    const jpy = run(
      "money",
      "convert",
      "4억 원",
      "--currency",
      "JPY",
      "--rate",
      "0.1105",
      "--value-date",
      "2024-01-02",
      "--rounding",
      "half-up",
      "--lang",
      "ko",
    );
    expect(jpy.stdout).toBe(
      "400,000,000원 = JPY 44,200,000\n  (환율 1 KRW = 0.1105 JPY; 기준일 2024-01-02; 끝수 처리 방식: 가장 가까운 값, 동률은 0에서 먼 쪽(반올림) (half-up))\n",
    );
    // the rounding mode decides the last minor unit; every minor digit is shown
    const down = run(
      "money",
      "convert",
      "1000",
      "--currency",
      "USD",
      "--rate",
      "0.0007",
      "--value-date",
      "2024-01-02",
      "--rounding",
      "down",
    );
    expect(down.stdout).toContain("= USD 0.70\n");
    const floor = run(
      "money",
      "convert",
      "--currency",
      "USD",
      "--rate",
      "1300",
      "--quote",
      "source-per-target",
      "--value-date",
      "2024-01-02",
      "--rounding",
      "floor",
      "--",
      "-1000",
    );
    expect(floor.stdout).toContain("-₩1,000 = -USD 0.77\n");
  });
  it("prints the money JSON of both sides with --json", () => {
    const out = run(
      "money",
      "convert",
      "1000",
      "--currency",
      "KWD",
      "--rate",
      "0.000251",
      "--value-date",
      "2024-01-02",
      "--rounding",
      "half-up",
      "--json",
    );
    expect(JSON.parse(out.stdout)).toEqual({
      from: { amount: "1000", currency: "KRW" },
      to: { amount: "0.251", currency: "KWD" },
      rate: "0.000251",
      quote: "target-per-source",
      valueDate: "2024-01-02",
      rounding: "half-up",
    });
  });
  it("needs every option a conversion depends on, the rounding mode included", () => {
    const missing = run("money", "convert", "1000", ...usd, "--value-date", "2021-06-30");
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain("money convert needs --rounding");
    for (const [flag, value, said] of [
      ["--currency", "usd", "--currency expects an ISO 4217 code"],
      ["--rate", "0", "--rate expects a positive decimal"],
      ["--rate", "1,385", "--rate expects a positive decimal"],
      ["--value-date", "2021-02-30", "--value-date expects a date as YYYY-MM-DD"],
      ["--rounding", "nearest", "--rounding expects one of half-even, half-up"],
      ["--quote", "per-won", "--quote expects one of target-per-source, source-per-target"],
    ] as const) {
      const args = new Map<string, string>([
        ["--currency", "USD"],
        ["--rate", "1385.20"],
        ["--value-date", "2021-06-30"],
        ["--rounding", "half-even"],
      ]);
      args.set(flag, value);
      const out = run("money", "convert", "1000", ...[...args].flat());
      expect(out.exitCode, `${flag} ${value}`).toBe(2);
      expect(out.stderr).toContain(said);
    }
    expect(run("money", "convert", ...usd, ...when).stderr).toContain("needs an amount of won");
    expect(run("money", "convert", "about 4억", ...usd, ...when).stderr).toContain("APPROXIMATE_AMOUNT");
    const ko = run("money", "convert", "1000", ...usd, "--value-date", "2021-06-30", "--lang", "ko");
    expect(ko.stderr).toContain("--rounding 옵션이 필요합니다");
    const js = run("money", "convert", "1000", ...usd, ...when.slice(0, 2), "--rounding", "x", "--json");
    expect(JSON.parse(js.stderr!).error.code).toBe("INVALID_OPTIONS");
  });
});

describe("kcity money convert --value-date", () => {
  const rest = ["--currency", "USD", "--rate", "1385.20", "--rounding", "half-even"];
  const convertOn = (day: string, ...more: string[]) =>
    run("money", "convert", "1000", ...rest, "--value-date", day, ...more);
  it("says why a day shaped YYYY-MM-DD is none, as --on does, in English, Korean and JSON", () => {
    expect(convertOn("2021-02-30").stderr).toBe(
      'kcity: INVALID_DATE: Not a valid date. --value-date expects a date as YYYY-MM-DD, received "2021-02-30": Day 30 does not exist in 2021-02 (it has 28 days)\n',
    );
    expect(convertOn("2021-02-30", "--lang", "ko").stderr).toContain(
      '--value-date에는 YYYY-MM-DD 형식의 날짜가 필요합니다. 받은 값 "2021-02-30": 2021년 2월에는 30일이 없습니다(28일까지)\n',
    );
    const json = JSON.parse(convertOn("2021-02-30", "--json").stderr ?? "");
    // the code --on gives a date that is none, with the option in the details
    expect(json.error.code).toBe("INVALID_DATE");
    expect(json.error.details).toEqual({
      option: "--value-date",
      received: "2021-02-30",
      reason: {
        en: "Day 30 does not exist in 2021-02 (it has 28 days)",
        ko: "2021년 2월에는 30일이 없습니다(28일까지)",
      },
    });
    // a text not shaped as a date gets no reason
    expect(convertOn("30 June").stderr).toMatch(/received "30 June"\n$/);
  });
  it("takes the years 1000-9999 that --on takes: 0000-01-01 was converted", () => {
    const zero = convertOn("0000-01-01");
    expect(zero.exitCode).toBe(2);
    expect(zero.stderr).toContain('received "0000-01-01": Year 0000 is before 1000');
    expect(convertOn("0999-12-31").exitCode).toBe(2);
    expect(convertOn("1000-01-01").exitCode).toBe(0);
    expect(convertOn("9999-12-31").exitCode).toBe(0);
  });
  it("accepts a --value-date exactly when --on accepts the day, and gives the same reason when not", () => {
    const part = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    const year = fc.oneof(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 990, max: 1010 }),
      fc.constantFrom(1900, 2000, 2024, 2100),
    );
    fc.assert(
      fc.property(year, part(13), part(32), (y, m, d) => {
        const day = `${String(y).padStart(4, "0")}-${m}-${d}`;
        const money = convertOn(day, "--json");
        const on = run("status", "2024", "--on", day, "--json");
        expect(money.exitCode === 0, day).toBe(on.exitCode === 0);
        if (money.exitCode !== 0) {
          const reason = JSON.parse(on.stderr ?? "").error.details.reason;
          expect(JSON.parse(money.stderr ?? "").error.details.reason, day).toEqual(reason);
        }
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200) },
    );
  });
});

describe("kcity money in Korean", () => {
  it("attaches a particle to an option name and says what --rate takes", () => {
    expect(run("money", "format", "1", "--style", "short", "--lang", "ko").stderr).toContain(
      '--style은 standard, compact, korean-units 중 하나여야 합니다. 받은 값 "short"',
    );
    const when = ["--currency", "USD", "--value-date", "2024-01-02", "--rounding", "half-even"];
    expect(run("money", "convert", "4억", "--rate=-1", ...when, "--lang", "ko").stderr).toContain(
      '--rate에는 1385.20 같은 0보다 큰 수가 필요합니다. 받은 값 "-1"',
    );
    expect(run("money", "convert", "--help", "--lang", "ko").stdout).toContain(
      "  --rate <환율>  환율, 0보다 큰 수 (소수 가능, 예: 1385.20)\n",
    );
  });
  it("asks for one amount where a range is given, without naming a function of the library", () => {
    const ko = run("money", "parse", "4억~6억", "--lang", "ko").stderr ?? "";
    expect(ko).toContain("금액 하나가 아니라 두 금액의 범위입니다. 금액 하나를 쓰세요");
    expect(ko).not.toContain("parseFundingRange");
    expect(run("money", "parse", "4억~6억").stderr).toContain(
      "this is a range of two amounts, not one amount: give one amount",
    );
    expect(JSON.parse(run("money", "parse", "4억~6억", "--json").stderr ?? "").error.message).not.toContain(
      "parseFundingRange",
    );
  });
});
