import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.js";
import { runCli, usageLine } from "../src/cli/run.js";
import type { CliContext } from "../src/cli/types.js";

// kcity --json as a contract: a value typed on the command line and refused, by the CLI or by the
// library it calls, comes back as typed in details.received, with the option or the argument it was
// typed as; a value read from a file is described as the library describes it (a text in quotes).

const ctx: CliContext = {
  readFile: (path) => readFileSync(join("examples", path), "utf8"),
  now: () => new Date("2026-11-27T00:00:00Z"),
};
const error = (argv: readonly string[], lang: "en" | "ko" = "en") => {
  const out = runCli([...argv, "--json", "--lang", lang], ctx);
  expect(out.exitCode, argv.join(" ")).toBe(2);
  return JSON.parse(out.stderr ?? "").error as {
    code: string;
    message: string;
    details: Record<string, unknown>;
  };
};
const convert = ["money", "convert", "100", "--currency", "USD", "--rate", "1", "--rounding", "half-even"];
const schedule = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "5억"];
/** A select file of one candidate with the given options, as the CLI context reads it. */
const selectFile = (options: unknown): CliContext => ({
  readFile: () =>
    JSON.stringify({
      candidates: [{ id: "a", subProgramId: "planning", country: "KE", score: 80 }],
      options,
    }),
  now: ctx.now,
});

/** The issues `money parse` gives for a text, as JSON: an amount refused elsewhere carries the same. */
const parserIssues = (text: string): unknown =>
  JSON.parse(runCli(["money", "parse", text, "--json"], ctx).stderr ?? "").error.details.issues;

/** argv, the value typed, and where: an option ("--country") or an argument ("<year>"). */
const TYPED: readonly (readonly [readonly string[], string, string])[] = [
  [["edition", "1999"], "1999", "<year>"],
  [["edition", "abc"], "abc", "<year>"],
  [["stats", "1999"], "1999", "<year>"],
  [["timeline", "abc"], "abc", "<year>"],
  [["status", "1999"], "1999", "<year>"],
  [["eligible", "consortium.json", "1999"], "1999", "<year>"],
  [["machine", "abc", "planning"], "abc", "<year>"],
  [["machine", "2024", "nope"], "nope", "<track>"],
  [["projects", "--country", "ZZ"], "ZZ", "--country"],
  [["projects", "--country", "zz"], "zz", "--country"],
  [["projects", "--track", "nope"], "nope", "--track"],
  [["projects", "--year", "1999"], "1999", "--year"],
  [["projects", "--sub-program", "nope"], "nope", "--sub-program"],
  [["schedule", "nope", "--start", "2021-08-02"], "nope", "<project-id>"],
  [["schedule", "x", "--track", "nope", "--start", "2021-08-02"], "nope", "--track"],
  [["schedule", "2021-ke-nairobi", "--start", "2021-02-30"], "2021-02-30", "--start"],
  [["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "abc"], "abc", "--budget"],
  [["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--months", "99"], "99", "--months"],
  [["money", "split", "100", "1", "a"], "a", "<ratios...>"],
  [["money", "format", "1", "--style", "x"], "x", "--style"],
  [[...convert, "--value-date", "x"], "x", "--value-date"],
  [["select", "round-2021.json", "--budget", "abc"], "abc", "--budget"],
  [["select", "round-2021.json", "--cutoff", "x"], "x", "--cutoff"],
  [["status", "--on", "x"], "x", "--on"],
];

/** As TYPED, where the message says the value in its own words (a milestone or quota given twice). */
const TYPED_DETAILS_ONLY: readonly (readonly [readonly string[], unknown, string])[] = [
  [["machine", "2020", "solution-demonstration"], "solution-demonstration", "<track>"],
  [["select", "round-2021.json", "--quota", "planning=x"], "planning=x", "--quota"],
  [["select", "round-2021.json", "--quota", "planning=1", "--quota", "planning=2"], "planning=2", "--quota"],
  [
    [...schedule, "--tranche", "final-report=1", "--tranche", "final-report=2"],
    "final-report=2",
    "--tranche",
  ],
  [
    [...schedule, "--on", "2022-01-01", "--met", "kickoff=2021-08-02", "--met", "kickoff=2021-08-03"],
    "kickoff=2021-08-03",
    "--met",
  ],
  [[...convert, "--value-date", ""], "", "--value-date"],
  [
    [
      "money",
      "convert",
      "100",
      "--currency",
      "",
      "--rate",
      "1",
      "--rounding",
      "half-even",
      "--value-date",
      "2021-01-01",
    ],
    "",
    "--currency",
  ],
  [
    [
      "money",
      "convert",
      "100",
      "--currency",
      "USD",
      "--rate",
      "",
      "--rounding",
      "half-even",
      "--value-date",
      "2021-01-01",
    ],
    "",
    "--rate",
  ],
];

describe("kcity --json: details.received of a value typed on the command line", () => {
  it.each(TYPED)("%j gives the value as typed and where it was typed", (argv, typed, where) => {
    const { details, message } = error(argv);
    expect(details["received"]).toBe(typed);
    expect(where.startsWith("--") ? details["option"] : details["argument"]).toBe(where);
    // one of the two, never both
    expect(where.startsWith("--") ? details["argument"] : details["option"]).toBeUndefined();
    expect(error(argv, "ko").details).toEqual(details);
    // the message quotes it, in English and in Korean
    expect(message).toContain(JSON.stringify(typed));
    expect(error(argv, "ko").message).toContain(`받은 값 ${JSON.stringify(typed)}`);
  });

  it.each(TYPED_DETAILS_ONLY)("%j gives the value as typed and where it was typed", (argv, typed, where) => {
    const { details } = error(argv);
    expect(details["received"]).toEqual(typed);
    expect(where.startsWith("--") ? details["option"] : details["argument"]).toBe(where);
    expect(error(argv, "ko").details).toEqual(details);
  });

  it("gives an amount argument the parser refused as typed, beside the parser's issues", () => {
    const cases: readonly (readonly [readonly string[], string, string])[] = [
      [["money", "parse", "4억", "x"], "4억 x", "<text...>"],
      [["money", "format", "abc"], "abc", "<amount...>"],
      [["money", "split", "abc", "1"], "abc", "<amount>"],
      [["money", "convert", "abc", ...convert.slice(3), "--value-date", "2021-01-01"], "abc", "<amount>"],
      [["money", "parse", "1".repeat(300)], "1".repeat(300), "<text...>"],
    ];
    for (const [argv, typed, argument] of cases) {
      const { details } = error(argv);
      expect(details, argv.join(" ")).toMatchObject({ argument, received: typed });
      expect(Array.isArray(details["issues"])).toBe(true);
    }
  });

  it("gives the values of a repeatable option or of ratios refused together as typed, in a list", () => {
    // one ratio refused (percentages mixed with plain ratios): that one, with its index
    expect(error(["money", "split", "100", "1", "0%"]).details).toEqual({
      index: 1,
      argument: "<ratios...>",
      received: "0%",
    });
    expect(error(["money", "split", "100", "0", "0"]).details).toMatchObject({
      argument: "<ratios...>",
      received: ["0", "0"],
    });
    const tranches = ["--tranche", "kickoff=0", "--tranche", "final-report=0"];
    expect(error([...schedule, ...tranches]).details).toEqual({
      option: "--tranche",
      received: ["kickoff=0", "final-report=0"],
    });
    // --tranche without --budget, --met without --on: every item given
    expect(error([...schedule.slice(0, 4), ...tranches]).details).toEqual({
      option: "--tranche",
      received: ["kickoff=0", "final-report=0"],
    });
    expect(error([...schedule.slice(0, 4), "--met", "kickoff=2021-08-02"]).details).toEqual({
      option: "--met",
      received: ["kickoff=2021-08-02"],
    });
  });

  it("cuts a long value in the message, as the library cuts it, and keeps it whole in the details", () => {
    const long = "x".repeat(300);
    for (const argv of [
      [...schedule.slice(0, 4), "--budget", long],
      ["select", "round-2021.json", "--budget", long],
    ]) {
      const e = error(argv);
      expect(e.details["received"], argv[0]).toBe(long);
      expect(e.message, argv[0]).toContain(`"${"x".repeat(60)}… (300 characters)"`);
      expect(e.message, argv[0]).not.toContain("x".repeat(61));
      expect(error(argv, "ko").message, argv[0]).toContain(`"${"x".repeat(60)}… (300자)"`);
    }
  });

  it("gives an amount refused in an option the parser's issues, as money parse gives them", () => {
    const long = "4".repeat(300);
    for (const [text, code] of [
      ["abc", "UNKNOWN_UNIT"],
      [long, "INPUT_TOO_LONG"],
      ["about 4억", "APPROXIMATE_AMOUNT"],
    ] as const) {
      const issues = parserIssues(text) as readonly { code: string }[];
      expect(issues[0]?.code, text.slice(0, 10)).toBe(code);
      for (const argv of [
        [...schedule.slice(0, 4), "--budget", text],
        ["select", "round-2021.json", "--budget", text],
      ]) {
        const e = error(argv);
        // the option's refusal keeps its code; the parser's says why
        expect(e.code, argv[0]).toBe("INVALID_OPTIONS");
        expect(e.details, argv[0]).toEqual({ option: "--budget", received: text, issues });
      }
    }
  });

  it("says a refused amount's reason once in text: the parser's issue is in the message, not listed again", () => {
    for (const lang of ["en", "ko"] as const) {
      for (const argv of [
        [...schedule.slice(0, 4), "--budget", "abc"],
        ["select", "round-2021.json", "--budget", "abc"],
      ]) {
        const out = runCli([...argv, "--lang", lang], ctx);
        expect(out.exitCode).toBe(2);
        // one line: no "  UNKNOWN_UNIT at (root): ..." repeating it (an option is no root)
        expect(out.stderr?.trimEnd().split("\n"), `${argv[0]} ${lang}`).toHaveLength(1);
        expect(out.stderr).toContain(lang === "en" ? 'unknown unit "abc"' : '알 수 없는 단위 "abc"');
      }
    }
    // issues the message does not say are still listed (a log's schema issues)
    const log = runCli(["replay", "broken-log.json"], ctx);
    expect(log.stderr?.trimEnd().split("\n")[1]).toMatch(/^ {2}INVALID_VALUE at entries\.0\.actor\.role: /);
  });

  it("gives a day that is none INVALID_DATE for every option, an empty one too", () => {
    expect(error([...convert, "--value-date", ""]).code).toBe("INVALID_DATE");
    const met = ["--on", "2022-01-01", "--met", "kickoff="];
    expect(error([...schedule.slice(0, 4), ...met])).toMatchObject({
      code: "INVALID_DATE",
      details: { option: "--met", received: "kickoff=" },
    });
    expect(error([...schedule.slice(0, 2), "--start", ""]).code).toBe("INVALID_DATE");
    expect(error(["status", "--on", ""]).code).toBe("INVALID_DATE");
  });

  it("names every missing argument and option, with the command's usage line", () => {
    const cases: readonly (readonly [readonly string[], string])[] = [
      [["edition"], "<year>"],
      [["timeline"], "<year>"],
      [["check"], "<file.json>"],
      [["replay"], "<log.json>"],
      [["select"], "<candidates.json>"],
      [["eligible"], "<consortium.json>"],
      [["machine", "2024"], "<track>"],
      [["schedule"], "<project-id>"],
      [["money", "parse"], "<text...>"],
      [["money", "split", "100"], "<ratios...>"],
      [["money", "convert", "100"], "--currency"],
    ];
    for (const [argv, missing] of cases) {
      const { code, details } = error(argv);
      expect(code, argv.join(" ")).toBe("INVALID_OPTIONS");
      expect(details["missing"], argv.join(" ")).toBe(missing);
      expect(typeof details["usage"], argv.join(" ")).toBe("string");
      // --lang changes the message, never the details a program reads (the usage line included)
      expect(error(argv, "ko").details, argv.join(" ")).toEqual(details);
    }
    // an empty file argument names no file: the argument, received empty; an empty project id too
    expect(error(["check", ""]).details).toMatchObject({ argument: "<file.json>", received: "" });
    expect(error(["schedule", "", "--track", "urban-planning", "--start", "2021-08-02"]).details).toEqual({
      argument: "<project-id>",
      received: "",
      usage: expect.stringMatching(/^kcity schedule <project-id> --start D/),
    });
    // a data project whose track the sources do not give needs --track: missing, with the usage line
    expect(error(["schedule", "2020-my-kota-kinabalu", "--start", "2020-08-03"]).details).toMatchObject({
      option: "--track",
      missing: "--track",
      usage: expect.stringContaining("kcity schedule <project-id> --start D"),
    });
  });

  it("describes a value read from a file as the library does, in quotes", () => {
    const file: CliContext = {
      readFile: () => JSON.stringify([{ id: "a", subProgramId: "planning", country: "K1", score: 80 }]),
      now: ctx.now,
    };
    const out = runCli(["select", "c.json", "--json"], file);
    const e = JSON.parse(out.stderr ?? "").error;
    expect(e.details.path).toEqual([0, "country"]);
    expect(e.details.received).toBe('"K1"');
    expect(e.details.option).toBeUndefined();
    expect(e.details.argument).toBeUndefined();
    // a long value is cut, as the library cuts it
    const long: CliContext = {
      readFile: () =>
        JSON.stringify([{ id: "a", subProgramId: "planning", country: "K".repeat(300), score: 80 }]),
      now: ctx.now,
    };
    expect(JSON.parse(runCli(["select", "c.json", "--json"], long).stderr ?? "").error.details.received).toBe(
      `"${"K".repeat(60)}… (300 characters)"`,
    );
    // a count in the file's quotas: its field path, key by key
    const quota = selectFile({ quotas: { planning: "1" } });
    const q = JSON.parse(runCli(["select", "c.json", "--json"], quota).stderr ?? "").error;
    expect(q.details).toEqual({ path: ["options", "quotas", "planning"], received: '"1"' });
    // a log's machine id no machine has: its field and the file
    const log = JSON.parse(readFileSync("examples/log.json", "utf8"));
    const nope: CliContext = { readFile: () => JSON.stringify({ ...log, machine: "nope" }), now: ctx.now };
    const m = JSON.parse(runCli(["replay", "log.json", "--json"], nope).stderr ?? "").error;
    expect(m.code).toBe("UNKNOWN_MACHINE");
    expect(m.details).toMatchObject({ path: ["machine"], file: "log.json", received: '"nope"' });
  });

  it("names an argument in details as the command's usage line names it", () => {
    for (const [argv, , where] of [...TYPED, ...TYPED_DETAILS_ONLY]) {
      if (where.startsWith("--")) continue;
      const command = COMMANDS.find((c) => `${argv.join(" ")} `.startsWith(`${c.name} `));
      expect(command, argv.join(" ")).toBeDefined();
      expect(usageLine(command as (typeof COMMANDS)[number]), argv.join(" ")).toContain(where);
    }
  });

  it("describes an amount read from a file as the library does, in quotes and cut, never as typed", () => {
    const budget = (value: string) => selectFile({ budget: value });
    const e = JSON.parse(runCli(["select", "c.json", "--json"], budget("abc")).stderr ?? "").error;
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.details).toEqual({
      path: ["options", "budget"],
      received: '"abc"',
      issues: parserIssues("abc"),
    });
    const long = JSON.parse(
      runCli(["select", "c.json", "--json"], budget("x".repeat(300))).stderr ?? "",
    ).error;
    expect(long.details.received).toBe(`"${"x".repeat(60)}… (300 characters)"`);
    // a candidate's requested amount written as text: the same
    const requested: CliContext = {
      readFile: () =>
        JSON.stringify([{ id: "a", subProgramId: "planning", country: "KE", score: 80, requested: "abc" }]),
      now: ctx.now,
    };
    expect(JSON.parse(runCli(["select", "c.json", "--json"], requested).stderr ?? "").error.details).toEqual({
      path: [0, "requested"],
      received: '"abc"',
      issues: parserIssues("abc"),
    });
  });

  it("says a refused amount with the command's example and the parser's reason, in English as in Korean", () => {
    const said = (argv: readonly string[]) => [error(argv).message, error(argv, "ko").message];
    const why = 'Cannot read "abc" as won at column 1: unknown unit "abc"';
    const whyKo = '"abc"을(를) 원화 금액으로 읽을 수 없습니다 (1번째 글자): 알 수 없는 단위 "abc"';
    expect(said([...schedule.slice(0, 4), "--budget", "abc"])).toEqual([
      `Expected --budget as an amount of won such as "500 million won", received "abc": ${why}`,
      `--budget에는 "5억 원" 같은 원화 금액이 필요합니다. 받은 값 "abc": ${whyKo}`,
    ]);
    expect(said(["select", "round-2021.json", "--budget", "abc"])).toEqual([
      `Expected --budget as an amount of won such as "4 billion won" or 4000000000, received "abc": ${why}`,
      `--budget에는 "40억 원"이나 4000000000 같은 원화 금액이 필요합니다. 받은 값 "abc": ${whyKo}`,
    ]);
    // a value in the file: named by its field
    const file = selectFile({ budget: "abc" });
    const message = (lang: string) =>
      JSON.parse(runCli(["select", "c.json", "--json", "--lang", lang], file).stderr ?? "").error.message;
    expect([message("en"), message("ko")]).toEqual([
      `Expected options.budget as an amount of won such as "4 billion won" or 4000000000, received "abc": ${why}`,
      `options.budget에는 "40억 원"이나 4000000000 같은 원화 금액이 필요합니다. 받은 값 "abc": ${whyKo}`,
    ]);
  });

  it("says an object or a list in the file's options as the library does, in English as in Korean", () => {
    const objects = selectFile({ countryCap: {}, cutoff: [1, 2] });
    const list = selectFile({ cutoff: [1, 2] });
    expect(runCli(["select", "c.json"], objects).stderr).toContain(
      "Expected options.countryCap to be a whole number >= 0, received an object",
    );
    expect(runCli(["select", "c.json"], list).stderr).toContain(
      "Expected options.cutoff to be a number, received an array of 2",
    );
    // said in Korean in Korean: an object or a list in the file's options is 객체, 항목 N개의 배열
    expect(runCli(["select", "c.json", "--lang", "ko"], objects).stderr).toContain(
      "options.countryCap에는 0 이상의 정수가 필요합니다. 받은 값 객체",
    );
    expect(runCli(["select", "c.json", "--lang", "ko"], list).stderr).toContain("받은 값 항목 2개의 배열");
  });
});
