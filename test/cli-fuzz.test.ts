import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.js";
import { runCli } from "../src/cli/run.js";
import type { CliContext } from "../src/cli/types.js";
import { demo2021, demo2024, planning2024 } from "./eligibility.fixtures.js";

// Every command, with arbitrary and near-valid arguments, options and files: kcity answers with exit
// code 0, 1 or 2, never throws, says why on stderr when it refuses, and keeps --json output JSON.

const PLAUSIBLE = [
  "2020",
  "2021",
  "2024",
  "2026",
  "2019",
  "abc",
  "urban-planning",
  "solution-demonstration",
  "file.json",
  "4억 5천만원",
  "400000000",
  "-5",
  "30",
  "33.3%",
  "0",
  "KE",
  "ke",
  "USD",
  "1385.20",
  "half-even",
  "2024-03-19",
  "2024-02-30",
  "2024-03-19T23:59",
  "planning=2",
  "planning",
  "",
  " ",
  "__proto__",
  "constructor",
  "NaN",
  "1e309",
];
const word = fc.oneof(fc.constantFrom(...PLAUSIBLE), fc.string({ maxLength: 12 }));

const FILES = [
  demo2024(),
  demo2021(),
  planning2024(),
  [demo2024(), { ...demo2024(), year: 1999 }],
  demo2024().consortium,
  {
    candidates: [
      {
        id: "a",
        subProgramId: "planning",
        country: "KE",
        score: 90,
        requested: "5억 원",
        submittedAt: "2023-05-01",
      },
    ],
    options: { countryCap: 1 },
  },
  { machine: "2021-urban-planning", applicationId: "x", startedAt: "2021-02", entries: [] },
];
const fileText = fc.oneof(
  fc.constantFrom(...FILES.map((f) => JSON.stringify(f))),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? "null"),
  fc.string({ maxLength: 40 }),
  fc.constant(JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } })),
);

const invocation = fc
  .record({
    command: fc.constantFrom(...COMMANDS),
    positionals: fc.array(word, { maxLength: 3 }),
    options: fc.array(fc.tuple(fc.nat(20), word), { maxLength: 4 }),
    json: fc.boolean(),
    ko: fc.boolean(),
    file: fileText,
    fileThrows: fc.boolean(),
  })
  .map((r) => {
    const names = Object.keys(r.command.options ?? {});
    const argv = [...r.command.name.split(" "), ...r.positionals];
    for (const [i, value] of r.options) {
      const name = names.length ? names[i % names.length] : "unknown";
      const spec = r.command.options?.[name as string];
      argv.push(`--${name}`);
      if (spec?.type !== "boolean") argv.push(value);
    }
    // the flags before the command: after a "--" among the arguments they would be positionals
    if (r.json) argv.unshift("--json");
    if (r.ko) argv.unshift("--lang", "ko");
    return { argv, json: r.json, file: r.file, fileThrows: r.fileThrows };
  });

const CRASH =
  /TypeError|RangeError|SyntaxError: Unexpected|is not a function|Cannot read prop|\[object Object\]/;

describe("kcity under arbitrary arguments and files", () => {
  it("answers every invocation with exit code 0, 1 or 2, a reason for a refusal, and JSON under --json", () => {
    fc.assert(
      fc.property(invocation, ({ argv, json, file, fileThrows }) => {
        const ctx: CliContext = {
          readFile: () => {
            if (fileThrows) throw new Error("ENOENT: no such file");
            return file;
          },
          now: () => new Date("2026-11-27T00:00:00Z"),
        };
        const out = runCli(argv, ctx);
        expect([0, 1, 2]).toContain(out.exitCode);
        expect(out.stdout).not.toMatch(CRASH);
        expect(out.stderr ?? "").not.toMatch(CRASH);
        if (out.exitCode === 2) {
          expect(out.stderr ?? "").not.toBe("");
          if (json) expect(typeof JSON.parse(out.stderr ?? "").error.code).toBe("string");
        } else if (json) {
          expect(() => JSON.parse(out.stdout), argv.join(" ")).not.toThrow();
        }
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 400) },
    );
  });
});

/**
 * The keys of `--json` output that hold text in the language asked for, and `money format`'s `locale`
 * that says which (docs/cli.md, "JSON output").
 */
const HUMAN_TEXT = new Set(["formatted", "locale", "summary", "title", "message", "mermaid", "ics"]);
const withoutHumanText = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutHumanText)
    : typeof v === "object" && v !== null
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => !HUMAN_TEXT.has(k))
            .map(([k, x]) => [k, withoutHumanText(x)]),
        )
      : v;

describe("kcity --json in English and in Korean", () => {
  it("gives the same exit code, code, details and values: --lang changes only the human text", () => {
    fc.assert(
      fc.property(invocation, ({ argv, file }) => {
        const ctx: CliContext = { readFile: () => file, now: () => new Date("2026-11-27T00:00:00Z") };
        const base = argv.filter((a, i) => a !== "--json" && !(a === "--lang" || argv[i - 1] === "--lang"));
        // the flags before the command: after a "--" in the arguments they would be positionals
        const en = runCli(["--json", ...base], ctx);
        const ko = runCli(["--json", "--lang", "ko", ...base], ctx);
        expect(ko.exitCode, base.join(" ")).toBe(en.exitCode);
        const read = (out: typeof en) => JSON.parse(out.exitCode === 2 ? (out.stderr ?? "") : out.stdout);
        expect(withoutHumanText(read(ko)), base.join(" ")).toEqual(withoutHumanText(read(en)));
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 400) },
    );
  });

  it("gives the same values for every command's answer on the shipped examples", () => {
    const examples: CliContext = {
      readFile: (path) => readFileSync(join("examples", path), "utf8"),
      now: () => new Date("2026-11-27T00:00:00Z"),
    };
    for (const argv of [
      ["money", "parse", "4억 5천만원"],
      ["money", "format", "450000000", "--style", "korean-units"],
      ["money", "split", "100", "1", "2"],
      [
        "money",
        "convert",
        "400000000",
        "--currency",
        "USD",
        "--rate",
        "1385.20",
        "--value-date",
        "2021-06-30",
        "--rounding",
        "half-even",
      ],
      ["editions"],
      ["edition", "2021"],
      ["projects", "--country", "KE"],
      ["stats"],
      ["check", "application.json"],
      ["eligible", "consortium.json", "2024", "--on", "2024-03-01"],
      ["machine", "2024", "urban-planning", "--mermaid"],
      ["machine", "2021", "solution-demonstration"],
      ["replay", "log.json"],
      ["replay", "broken-log.json"],
      ["select", "round-2021.json", "--country-cap", "1"],
      ["timeline", "2021", "--ics"],
      ["status", "--on", "2024-04-01"],
      ["deadlines", "--on", "2024-01-01"],
      ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "5억", "--on", "2022-03-01"],
    ]) {
      const en = runCli([...argv, "--json"], examples);
      const ko = runCli([...argv, "--json", "--lang", "ko"], examples);
      expect(ko.exitCode, argv.join(" ")).toBe(en.exitCode);
      // (broken-log.json is refused, exit code 2, with its issues in the details)
      const read = (out: typeof en) => JSON.parse(out.exitCode === 2 ? (out.stderr ?? "") : out.stdout);
      expect(withoutHumanText(read(ko)), argv.join(" ")).toEqual(withoutHumanText(read(en)));
    }
  });
});
