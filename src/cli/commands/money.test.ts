import { describe, expect, it } from "vitest";
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
    expect(JSON.parse(out.stdout)).toEqual({
      amount: "4200000000",
      currency: "KRW",
      formatted: "₩4,200,000,000",
    });
  });
  it("exits 2 with the position and the reason on stderr", () => {
    const out = run("money", "parse", "400 600");
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toContain("MULTIPLE_NUMBERS");
    expect(out.stderr).toContain("column 5");
    expect(out.stderr).toContain("\n      ^^^");
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
      amount: "400000000",
      currency: "KRW",
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
      code: "INVALID_INPUT",
      title: "Input does not match the expected schema",
      message: '--style expects standard, compact or korean-units, received "x"',
      details: {},
    });
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
    expect(ko.stdout).toContain("33.3%  34원");
    expect(ko.stdout).toContain("합계  100원");
  });
  it("prints JSON with --json", () => {
    const out = JSON.parse(run("money", "split", "4억", "1", "1", "1", "--json").stdout);
    expect(out.total).toEqual({ amount: "400000000", currency: "KRW" });
    expect(out.shares.map((s: { amount: string }) => s.amount)).toEqual([
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
