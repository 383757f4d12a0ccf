import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR } from "../../scripts/examples.js";
import { KcnError } from "../errors.js";
import { COMMANDS } from "./commands/index.js";
import { helpText, maxPositionals, optionError, runCli, usageLine, VERSION } from "./run.js";
import type { CliCommand, CliContext } from "./types.js";

const ctx: CliContext = { readFile: () => "", now: () => new Date("2026-01-01T00:00:00Z") };
const echo: CliCommand = {
  name: "demo echo",
  usage: "<words...>",
  summary: { en: "Echo words", ko: "단어 출력" },
  options: {
    upper: { type: "boolean", description: { en: "upper case", ko: "대문자" } },
    tag: { type: "string", description: { en: "a tag", ko: "태그" } },
  },
  run: (a) => {
    if (a.positionals[0] === "boom")
      throw new KcnError("INVALID_AMOUNT", 'Expected whole won, received "boom"');
    const text = a.positionals.join(" ");
    const out = a.options["upper"] ? text.toUpperCase() : text;
    return {
      exitCode: a.positionals.length ? 0 : 1,
      stdout: a.json ? `${JSON.stringify({ out, lang: a.lang, tag: a.options["tag"] })}\n` : `${out}\n`,
    };
  },
};
const cmds = [echo];

describe("runCli", () => {
  it("prints help with no arguments and with --help, in both languages", () => {
    expect(runCli([], ctx, cmds).stdout).toContain("kcity demo echo <words...>");
    expect(runCli(["--help"], ctx, cmds).exitCode).toBe(0);
    expect(runCli(["--lang", "ko"], ctx, cmds).stdout).toContain("단어 출력");
    expect(helpText("en", cmds)).toContain("Exit codes: 0 success, 1 a negative answer, 2 bad input");
  });
  it("prints the version", () => {
    expect(runCli(["--version"], ctx, cmds).stdout).toBe(`${VERSION}\n`);
    expect(runCli(["-v"], ctx, cmds)).toEqual({ exitCode: 0, stdout: `${VERSION}\n` });
    // --json and --lang may stand beside it
    expect(runCli(["--lang", "ko", "-v", "--json"], ctx, cmds)).toEqual({
      exitCode: 0,
      stdout: `${JSON.stringify({ version: VERSION })}\n`,
    });
  });
  it("refuses anything else beside --version or -v, as --help refuses a command that does not exist", () => {
    // "kcity -v nope" and "kcity edition 2019 -v" printed the version with exit code 0, ignoring the rest
    expect(runCli(["-v", "nope"], ctx, cmds)).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        'kcity: -v takes no other arguments, received also "nope". Usage: kcity -v (a command\'s help is kcity <command> --help)\n',
    });
    expect(runCli(["edition", "2019", "--version"], ctx).stderr).toBe(
      'kcity: --version takes no other arguments, received also "edition" "2019". Usage: kcity --version (a command\'s help is kcity <command> --help)\n',
    );
    expect(runCli(["edition", "2019", "-v", "--lang", "ko"], ctx).stderr).toBe(
      'kcity: -v는 다른 인자를 받지 않습니다. 남는 인자: "edition" "2019". 사용법: kcity -v (명령의 도움말은 kcity <명령> --help)\n',
    );
    for (const argv of [
      ["demo", "echo", "x", "-v"],
      ["-v", "--help"],
      ["-h", "-v"],
      ["-v", "--nope"],
      ["-v", "--", "x"],
      ["--version", "demo"],
    ]) {
      const out = runCli(argv, ctx, cmds);
      expect(out.exitCode, argv.join(" ")).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toMatch(/^kcity: (-v|--version) takes no other arguments, received also "/);
      // with --json (first: after "--" it is an argument), the JSON error of a usage error
      const json = runCli(["--json", ...argv], ctx, cmds);
      expect(JSON.parse(json.stderr ?? "").error.code).toBe("INVALID_OPTIONS");
    }
    // a command's own help is still its help, whatever arguments stand beside it
    expect(runCli(["edition", "--help"], ctx).stdout).toMatch(/^kcity edition <year>\n/);
    // after "--" a "-v" is the command's argument, not the version
    expect(runCli(["demo", "echo", "--", "-v"], ctx, cmds).stdout).toBe("-v\n");
  });
  it("runs a command with options anywhere", () => {
    expect(runCli(["demo", "--upper", "echo", "hi", "there"], ctx, cmds).stdout).toBe("HI THERE\n");
    expect(
      JSON.parse(runCli(["demo", "echo", "x", "--json", "--lang=ko", "--tag", "t"], ctx, cmds).stdout),
    ).toEqual({
      out: "x",
      lang: "ko",
      tag: "t",
    });
  });
  it("passes the command's exit code through", () => {
    expect(runCli(["demo", "echo"], ctx, cmds).exitCode).toBe(1);
  });
  it("answers bad input with exit code 2 and the reason on stderr", () => {
    const unknownCmd = runCli(["nope"], ctx, cmds);
    expect(unknownCmd.exitCode).toBe(2);
    expect(unknownCmd.stderr).toContain("unknown command");
    // help for a command that does not exist is refused, not answered with the general help
    expect(runCli(["--help", "nope"], ctx, cmds)).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: 'kcity: unknown command "nope". Run kcity --help.\n',
    });
    // an option where the command should be
    expect(runCli(["-x"], ctx, cmds).stderr).toBe(
      'kcity: unknown option "-x": a command comes first. Run kcity --help.\n',
    );
    expect(runCli(["-x", "--lang", "ko"], ctx, cmds).stderr).toContain('알 수 없는 옵션 "-x"');
    const group = runCli(["demo"], ctx, cmds);
    expect(group.exitCode).toBe(2);
    expect(group.stderr).toBe("kcity: demo needs one of: demo echo. Run kcity --help.\n");
    expect(runCli(["demo", "--lang", "ko"], ctx, cmds).stderr).toContain("하위 명령이 필요합니다: demo echo");
    const badOpt = runCli(["demo", "echo", "--nope"], ctx, cmds);
    expect(badOpt.exitCode).toBe(2);
    expect(badOpt.stderr).toContain("--nope");
    const badLang = runCli(["--lang", "fr"], ctx, cmds);
    expect(badLang.exitCode).toBe(2);
    expect(badLang.stderr).toBe('kcity: --lang expects "en" or "ko", received "fr"\n');
    const boom = runCli(["demo", "echo", "boom", "--lang", "ko"], ctx, cmds);
    expect(boom.exitCode).toBe(2);
    expect(boom.stderr).toContain("INVALID_AMOUNT: 원 단위 정수 금액이 아닙니다");
    const boomJson = runCli(["demo", "echo", "boom", "--json"], ctx, cmds);
    expect(JSON.parse(boomJson.stderr ?? "").error.code).toBe("INVALID_AMOUNT");
  });
  it("answers usage errors with the JSON error under --json, wherever --json stands", () => {
    // each names what it refused in details: the command, the option, the value as typed
    for (const [argv, details] of [
      [["nope", "--json"], { command: "nope" }],
      [["--json", "demo"], { command: "demo", commands: ["demo echo"] }],
      [["demo", "echo", "--nope", "--json"], { option: "--nope" }],
      [["--lang", "fr", "--json"], { option: "--lang", received: "fr" }],
      [["--json", "--lang=fr"], { option: "--lang", received: "fr" }],
      [["--json", "--lang", "ko", "--lang", "en"], { option: "--lang" }],
      [["-x", "--json"], { option: "-x" }],
      [["--tag", "a", "demo", "echo", "--json"], { option: "--tag", commands: ["demo echo"] }],
      [["demo", "echo", "--tag", "a", "--tag", "b", "--json"], { option: "--tag" }],
      [["demo", "echo", "x", "-400", "--json"], { option: "-400" }],
      [["demo", "echo", "x", "--upper=1", "--json"], { option: "--upper" }],
      [["demo", "echo", "x", "--tag", "--json"], { option: "--tag" }],
      [["-v", "demo", "--json"], { option: "-v", received: ["demo"] }],
    ] as const) {
      const r = runCli([...argv], ctx, cmds);
      expect(r.exitCode, argv.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      const { error } = JSON.parse(r.stderr ?? "");
      expect(error.code, argv.join(" ")).toBe("INVALID_OPTIONS");
      expect(error.title).toBe("Invalid options");
      expect(typeof error.message).toBe("string");
      expect(error.details, argv.join(" ")).toEqual(details);
    }
    const ko = JSON.parse(runCli(["nope", "--json", "--lang", "ko"], ctx, cmds).stderr ?? "");
    expect(ko.error.title).toBe("잘못된 옵션");
    expect(ko.error.message).toContain("알 수 없는 명령");
  });
  it("reads the most positional arguments from the usage line", () => {
    expect(maxPositionals("")).toBe(0);
    expect(maxPositionals("<year>")).toBe(1);
    expect(maxPositionals("[<year>]")).toBe(1);
    expect(maxPositionals("[year]")).toBe(1);
    expect(maxPositionals("<year> <track> [--mermaid]")).toBe(2);
    expect(maxPositionals("[--country KE] [--text W]")).toBe(0);
    expect(maxPositionals("<amount> <ratios...>")).toBe(Number.POSITIVE_INFINITY);
    expect(maxPositionals("[<words...>]")).toBe(Number.POSITIVE_INFINITY);
  });
  it("refuses more positional arguments than the usage line admits, before the command runs", () => {
    const one: CliCommand = { ...echo, name: "demo one", usage: "<word> [--tag T]" };
    const r = runCli(["demo", "one", "a", "b", "c"], ctx, [one]);
    expect(r).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        'kcity: demo one takes at most 1 argument, received also "b" "c". Usage: kcity demo one <word> [--tag T]\n',
    });
    expect(runCli(["demo", "one", "a"], ctx, [one]).exitCode).toBe(0);
    const ko = runCli(["demo", "one", "a", "b", "--lang", "ko"], ctx, [one]);
    expect(ko.stderr).toContain('demo one은(는) 인자를 1개까지 받습니다. 남는 인자: "b"');
    const json = JSON.parse(runCli(["demo", "one", "a", "b", "--json"], ctx, [one]).stderr ?? "");
    expect(json.error.code).toBe("INVALID_OPTIONS");
  });
  it("shows a command's own help, in both languages", () => {
    const h = runCli(["demo", "echo", "--help"], ctx, cmds);
    expect(h.stdout).toContain("--upper  upper case");
    expect(h.stdout).toContain("--tag <value>  a tag");
    const ko = runCli(["demo", "echo", "--help", "--lang", "ko"], ctx, cmds);
    expect(ko.stdout).toContain("--upper  대문자");
    expect(ko.stdout).toContain("--tag <값>  태그");
    expect(ko.stdout).toContain("단어 출력");
  });
  it("says what is wrong with an option in the user's language", () => {
    const err = (...argv: string[]) => runCli(["demo", "echo", ...argv], ctx, cmds).stderr;
    expect(err("--nope")).toContain("Unknown option '--nope'");
    expect(err("--nope")).toContain("Usage: kcity demo echo <words...>");
    // a mistyped option is told the command's options; a value such as -400 is told about '--'
    expect(err("--nope")).toBe(
      "kcity: Unknown option '--nope'. The options of kcity demo echo are --upper, --tag, --json, --lang, --help\nUsage: kcity demo echo <words...>\n",
    );
    // a switch given a value is not called unknown
    expect(err("--json=1")).toBe(
      "kcity: Option '--json' does not take a value\nUsage: kcity demo echo <words...>\n",
    );
    expect(err("--upper=yes", "--lang", "ko")).toContain("kcity: 옵션 '--upper'은(는) 값을 받지 않습니다");
    expect(err("--nope", "--lang", "ko")).toBe(
      "kcity: 알 수 없는 옵션 '--nope'. kcity demo echo의 옵션: --upper, --tag, --json, --lang, --help\n사용법: kcity demo echo <words...>\n",
    );
    expect(err("-4", "--lang", "ko")).toBe(
      `kcity: 알 수 없는 옵션 '-4'. '-'로 시작하는 인자는 명령 끝의 '--' 뒤에 쓰세요 (예: -- "-4")\n사용법: kcity demo echo <words...>\n`,
    );
    expect(err("x", "--tag", "--lang", "ko")).toContain("옵션 '--tag'에 값이 필요합니다");
    expect(err("x", "--upper=yes", "--lang", "ko")).toContain("옵션 '--upper'은(는) 값을 받지 않습니다");
    // an argument that starts with "-" passes after "--", as the refusal says
    expect(runCli(["demo", "echo", "--", "-1"], ctx, cmds).stdout).toBe("-1\n");
    // a thrown value that is not an Error is described, never crashes
    expect(optionError("odd", "ko")).toBe('"odd"');
    expect(optionError(new Error("other"), "ko")).toBe("other");
    // the argument as typed, with balanced quotes
    expect(err("-400")).toBe(
      `kcity: Unknown option '-400'. To pass an argument that starts with '-', put it at the end of the command after '--' (e.g. -- "-400")\nUsage: kcity demo echo <words...>\n`,
    );
  });

  it("answers a stack overflow in a command as input nested too deeply (exit 2), never a crash", () => {
    const deep: CliCommand = {
      name: "deep",
      usage: "",
      summary: { en: "overflows", ko: "넘침" },
      run: () => {
        throw new RangeError("Maximum call stack size exceeded");
      },
    };
    const out = runCli(["deep"], ctx, [deep]);
    expect(out).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        "kcity: INVALID_INPUT: Input does not match the expected schema. The input is nested too deeply to read (arrays or objects thousands of levels deep)\n",
    });
    expect(runCli(["deep", "--lang", "ko"], ctx, [deep]).stderr).toContain("중첩이 너무 깊어");
    // any other error is ours, and is not hidden
    const bug: CliCommand = {
      ...deep,
      run: () => {
        throw new TypeError("a bug");
      },
    };
    expect(() => runCli(["deep"], ctx, [bug])).toThrow("a bug");
  });
  it("lists the issues of a refusal under it, except one its message already says", () => {
    const issue = (code: string, path: (string | number)[], en: string) => ({
      code,
      path,
      message: { en, ko: `${en} (ko)` },
    });
    const many: CliCommand = {
      ...echo,
      name: "many",
      usage: "",
      run: () => {
        throw new KcnError("INVALID_INPUT", 'Expected input: Bad "a" at x (and 1 more)', {
          issues: [issue("INVALID_VALUE", ["x"], 'Bad "a" at x'), issue("TOO_BIG", ["y"], "Too big at y")],
        });
      },
    };
    // the first is in the message: only the second is listed, with its path
    expect(runCli(["many"], ctx, [many]).stderr).toBe(
      'kcity: INVALID_INPUT: Input does not match the expected schema. Expected input: Bad "a" at x (and 1 more)\n  TOO_BIG at y: Too big\n',
    );
    // with --json every issue stays in the details
    expect(
      JSON.parse(runCli(["many", "--json"], ctx, [many]).stderr ?? "").error.details.issues,
    ).toHaveLength(2);
  });
  it("shows the help of a group of commands (kcity demo --help)", () => {
    const h = runCli(["demo", "--help"], ctx, cmds);
    expect(h.exitCode).toBe(0);
    expect(h.stdout).toContain("kcity demo echo <words...>");
    expect(JSON.parse(runCli(["demo", "--help", "--json"], ctx, cmds).stdout).commands).toHaveLength(1);
  });

  it("keeps every argument after -- for the command, global flags included", () => {
    expect(runCli(["demo", "echo", "--", "-v"], ctx, cmds).stdout).toBe("-v\n");
    expect(runCli(["demo", "echo", "--", "--json"], ctx, cmds).stdout).toBe("--json\n");
    expect(runCli(["demo", "echo", "x", "--lang", "ko", "--lang", "en"], ctx, cmds).stderr).toBe(
      "kcity: --lang is given twice: give it once\n",
    );
  });

  it("gives the help as JSON with --json", () => {
    const all = JSON.parse(runCli(["--help", "--json"], ctx, cmds).stdout);
    expect(all).toEqual({
      version: VERSION,
      commands: [{ command: "kcity demo echo <words...>", summary: "Echo words" }],
    });
    const one = JSON.parse(runCli(["demo", "echo", "--help", "--json", "--lang", "ko"], ctx, cmds).stdout);
    expect(one).toEqual({
      command: "kcity demo echo <words...>",
      summary: "단어 출력",
      options: {
        "--upper": { type: "boolean", description: "대문자" },
        "--tag": { type: "string", description: "태그" },
      },
    });
  });

  it("reads -v or -h right after an option that takes a value as that option's value, refused as ambiguous, not as the version or the help", () => {
    for (const flag of ["-v", "-h", "--version", "--help"]) {
      const out = runCli(["demo", "echo", "x", "--tag", flag], ctx, cmds);
      expect(out.exitCode, flag).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toContain(`Option '--tag' argument is ambiguous`);
    }
    expect(runCli(["projects", "--text", "-v", "--lang", "ko"], ctx).stderr).toContain(
      "'--text=-v'처럼 '='로 붙여 쓰세요",
    );
    // after a boolean option, or written with '=', they keep their meaning: here the version flag,
    // which stands alone (refused beside a command as the version's mistake, not the option's)
    const afterSwitch = runCli(["demo", "echo", "x", "--upper", "-v"], ctx, cmds);
    expect(afterSwitch.exitCode).toBe(2);
    expect(afterSwitch.stderr).toContain(
      'kcity: -v takes no other arguments, received also "demo" "echo" "x" "--upper"',
    );
    expect(runCli(["demo", "echo", "x", "--upper", "-h"], ctx, cmds).stdout).toMatch(
      /^kcity demo echo <words\.\.\.>\n/,
    );
    expect(runCli(["demo", "echo", "x", "--tag=-v", "--json"], ctx, cmds).stdout).toBe(
      `${JSON.stringify({ out: "x", lang: "en", tag: "-v" })}\n`,
    );
  });
  it("says in Korean why a value starting with '-' is refused", () => {
    expect(runCli(["select", "x.json", "--cutoff", "-5", "--lang", "ko"], ctx).stderr).toContain(
      "옵션 '--cutoff'의 값이 '-'로 시작해 옵션과 구별되지 않습니다: '--cutoff=-5'처럼 '='로 붙여 쓰세요",
    );
  });

  it("shows in English, too, how to write a value that starts with '-': with the value as typed", () => {
    const out = runCli(["projects", "--text", "-v"], ctx);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe("");
    // docs/cli.md: "the hint to write `--text=-v`", not node's '--text=-XYZ' over three lines
    expect(out.stderr).toBe(
      "kcity: Option '--text' argument is ambiguous: its value \"-v\" starts with '-' and reads as an option. Write it with '=': '--text=-v'\n" +
        "Usage: kcity projects [--country KE] [--track T] [--year Y] [--sub-program ID] [--text W]\n",
    );
    expect(runCli(["select", "x.json", "--cutoff", "-5"], ctx).stderr).toContain("'--cutoff=-5'");
    const json = JSON.parse(runCli(["status", "--on", "-1", "--json"], ctx).stderr ?? "");
    expect(json.error.code).toBe("INVALID_OPTIONS");
    expect(json.error.message).toContain("Write it with '=': '--on=-1'");
  });
  it("names the refused value of a repeated option in the hint, not the value given first", () => {
    const line = [
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--tranche",
      "inception-report=0.3",
    ];
    expect(runCli([...line, "--tranche", "-5"], ctx).stderr).toContain("Write it with '=': '--tranche=-5'\n");
    expect(runCli([...line, "--tranche", "-5", "--lang", "ko"], ctx).stderr).toContain(
      "'--tranche=-5'처럼 '='로 붙여 쓰세요\n",
    );
  });
  it("says that a command's option comes after the command, not that its value is an unknown command", () => {
    const out = runCli(["--style", "compact", "money", "format", "1"], ctx);
    expect(out).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        'kcity: option "--style" before the command: write the command first, then its options (an option of kcity money format). Run kcity --help.\n',
    });
    expect(runCli(["--on", "2024-01-01", "status", "--lang", "ko"], ctx).stderr).toContain(
      '명령보다 앞에 온 옵션 "--on": 명령을 먼저 쓰고 옵션은 그 뒤에 쓰세요 (kcity check, kcity eligible, kcity status, kcity deadlines, kcity schedule의 옵션)',
    );
    const json = JSON.parse(runCli(["--json", "--on", "2024-01-01", "status"], ctx).stderr ?? "");
    expect(json.error.code).toBe("INVALID_OPTIONS");
    expect(json.error.message).toContain('option "--on" before the command');
    // written with "=", the option is one word: the command is found, and reads it
    expect(runCli(["--on=2024-01-01", "status", "2024"], ctx).exitCode).toBe(0);
    // an option no command has is still unknown; one before a command that is found is the command's
    expect(runCli(["-x"], ctx).stderr).toContain('unknown option "-x"');
    expect(runCli(["--mermaid", "machine", "2024", "solution-demonstration"], ctx).exitCode).toBe(0);
  });
  it("says that --lang needs a value, and leaves a flag after it its meaning (--lang --json)", () => {
    expect(runCli(["money", "parse", "1", "--lang"], ctx, cmds)).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: 'kcity: --lang needs a value: "en" or "ko" (--lang ko)\n',
    });
    const json = JSON.parse(runCli(["--lang", "--json"], ctx, cmds).stderr ?? "");
    expect(json.error).toEqual({
      code: "INVALID_OPTIONS",
      title: "Invalid options",
      message: '--lang needs a value: "en" or "ko" (--lang ko)',
      details: { option: "--lang" },
    });
    expect(runCli(["--lang", "ko", "demo", "echo", "x", "--lang"], ctx, cmds).stderr).toBe(
      'kcity: --lang에 값이 필요합니다: "en" 또는 "ko"\n',
    );
    expect(runCli(["--lang=", "demo", "echo", "x"], ctx, cmds).stderr).toBe(
      'kcity: --lang expects "en" or "ko", received ""\n',
    );
  });
  it("names the missing argument or option in details under --json, with the usage line", () => {
    const missing = (...argv: string[]) => JSON.parse(runCli([...argv, "--json"], ctx).stderr ?? "").error;
    for (const [argv, details] of [
      [["money", "parse"], { missing: "<text...>", usage: "kcity money parse <text...>" }],
      [
        ["money", "split", "100"],
        { missing: "<ratios...>", usage: "kcity money split <amount> <ratios...>" },
      ],
      [["money", "convert", "100", "--currency", "USD"], { option: "--rate", missing: "--rate" }],
      [["eligible"], { missing: "<consortium.json>" }],
      [["eligible", "consortium.json"], { missing: "<year>" }],
      [["machine", "2024"], { missing: "<track>", usage: "kcity machine <year> <track> [--mermaid]" }],
      [["schedule", "2021-ke-nairobi"], { missing: "--start", option: "--start" }],
      [["schedule"], { missing: "<project-id>" }],
    ] as const) {
      const error = missing(...argv);
      expect(error.code, argv.join(" ")).toBe("INVALID_OPTIONS");
      expect(error.details, argv.join(" ")).toMatchObject(details);
      // the usage line in details is the command's own
      if (typeof error.details.usage === "string") {
        const command = COMMANDS.find((c) => error.details.usage.startsWith(`kcity ${c.name} `));
        expect(command && usageLine(command)).toContain(error.details.usage);
      }
    }
  });
  it("says how many arguments kcity machine received, in words", () => {
    expect(runCli(["machine", "2024"], ctx).stderr).toContain("received 1 argument\n");
    expect(runCli(["machine"], ctx).stderr).toContain("received 0 arguments\n");
  });

  it("refuses an option given twice instead of keeping its last value", () => {
    const out = runCli(["demo", "echo", "x", "--tag", "a", "--tag=b"], ctx, cmds);
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe("kcity: --tag is given twice: give it once\nUsage: kcity demo echo <words...>\n");
    expect(
      runCli(["demo", "echo", "x", "--tag", "a", "--tag", "b", "--lang", "ko"], ctx, cmds).stderr,
    ).toContain("--tag 옵션을 두 번 받았습니다: 한 번만 쓰세요");
    // after "--" everything is an argument
    expect(runCli(["demo", "echo", "--tag", "a", "--", "--tag"], ctx, cmds).stdout).toBe("--tag\n");
    // a repeatable option may repeat
    expect(runCli(["projects", "--year", "2021", "--year", "2022"], ctx).stderr).toContain(
      "--year is given twice",
    );
  });
});

describe("the Korean help and refusals", () => {
  it("name the arguments with the Korean placeholders the refusals use", () => {
    const ko = helpText("ko");
    expect(ko).toContain("  kcity edition <연도>\n");
    expect(ko).toContain("  kcity eligible <컨소시엄.json> <연도> [--consulted] [--on <날짜>]\n");
    expect(ko).toContain("  kcity schedule <사업 ID> --start <날짜> ");
    expect(ko).not.toMatch(/<(year|text\.\.\.|amount|project-id|file\.json)>/);
    // the refusals say the same placeholders
    expect(runCli(["edition", "--lang", "ko"], ctx).stderr).toContain("<연도>가 필요합니다");
    expect(runCli(["eligible", "x.json", "--lang", "ko"], ctx).stderr).toContain(
      "<컨소시엄.json> <연도>가 필요합니다",
    );
    expect(runCli(["schedule", "--lang", "ko"], ctx).stderr).toContain(
      "<사업 ID> --start <날짜>(YYYY-MM-DD)가 필요합니다",
    );
    expect(runCli(["edition", "2021", "2022", "--lang", "ko"], ctx).stderr).toContain(
      "사용법: kcity edition <연도>\n",
    );
    expect(runCli(["check", "--lang", "ko"], ctx).stderr).toContain(
      "파일 인자가 필요합니다: kcity check <파일.json>",
    );
    // the English help and the JSON help keep the usage lines
    expect(helpText("en")).toContain("  kcity edition <year>\n");
    expect(JSON.parse(runCli(["edition", "--help", "--json", "--lang", "ko"], ctx).stdout).command).toBe(
      "kcity edition <year>",
    );
  });
  it("admit as many arguments with the Korean usage line as with the English one", () => {
    for (const c of COMMANDS) {
      expect(maxPositionals(c.usageKo ?? c.usage), c.name).toBe(maxPositionals(c.usage));
      expect(usageLine(c, "ko").startsWith(`kcity ${c.name}`), c.name).toBe(true);
    }
    // an option's value is no argument
    expect(maxPositionals("<사업 ID> --start <날짜> [--met <마일스톤>=<날짜> ...]")).toBe(1);
  });
  it("say the exit codes as the Korean guide does, and attach a particle to the command it names", () => {
    expect(helpText("ko")).toContain(
      "종료 코드: 0 성공, 1 해당 없음(신청 불가, 결과 없음 등), 2 잘못된 입력\n",
    );
    expect(runCli(["nope", "--lang", "ko"], ctx).stderr).toBe(
      'kcity: 알 수 없는 명령: "nope". kcity --help를 보세요.\n',
    );
    expect(runCli(["demo", "--lang", "ko"], ctx, cmds).stderr).toContain("kcity --help를 보세요.");
  });
});

describe("a lower-case country code (docs/lifecycle.md)", () => {
  // the example files with every country code written in lower case
  const lower = (name: string) =>
    readFileSync(join(EXAMPLES_DIR, name), "utf8").replace(
      /"country": "([A-Z]{2})"/g,
      (_, c: string) => `"country": "${c.toLowerCase()}"`,
    );
  const files: Record<string, string> = {
    "application.json": lower("application.json"),
    "consortium.json": lower("consortium.json"),
    "log.json": lower("log.json"),
    "round-2021.json": lower("round-2021.json"),
  };
  const fileCtx: CliContext = { readFile: (p) => files[p] ?? "", now: ctx.now };
  const json = (...argv: string[]) => {
    const out = runCli([...argv, "--json"], fileCtx);
    return { out, body: JSON.parse(out.stdout || (out.stderr ?? "")) };
  };
  it("is refused in every file kcity reads, as INVALID_COUNTRY_CODE", () => {
    const check = json("check", "application.json", "--on", "2024-03-01");
    expect(check.out.exitCode).toBe(2);
    expect(check.body.issues[0]).toMatchObject({ code: "INVALID_COUNTRY_CODE", path: ["site", "country"] });
    const eligible = json("eligible", "consortium.json", "2024");
    expect(eligible.out.exitCode).toBe(2);
    expect(eligible.body.error.details.issues[0]).toMatchObject({
      code: "INVALID_COUNTRY_CODE",
      path: ["consortium", 0, "country"],
    });
    const replay = json("replay", "log.json");
    expect(replay.out.exitCode).toBe(1);
    expect(replay.body.issues[0]).toMatchObject({ code: "GUARD_FAILED", guard: "eligible" });
    expect(replay.body.issues[0].message.en).toContain("INVALID_COUNTRY_CODE");
    const select = json("select", "round-2021.json");
    expect(select.out.exitCode).toBe(2);
    expect(select.body.error).toMatchObject({
      code: "INVALID_COUNTRY_CODE",
      // the path in the file, { "candidates": [...] }
      details: { path: ["candidates", 0, "country"] },
    });
  });
  it("is read as upper case in the one filter typed on the command line, kcity projects --country", () => {
    expect(runCli(["projects", "--country", "ke"], ctx)).toEqual(
      runCli(["projects", "--country", "KE"], ctx),
    );
    expect(runCli(["projects", "--country", "ke"], ctx).exitCode).toBe(0);
  });
});
