import { describe, expect, it } from "vitest";
import * as z from "zod";
import { jsonErrorIndex, jsonReasonEn } from "../src/cli/files.js";
import { issueLines } from "../src/cli/issueLines.js";
import { koreanMessage } from "../src/cli/koreanErrors.js";
import { readOn } from "../src/cli/readOn.js";
import { runCli } from "../src/cli/run.js";
import { withParticle } from "../src/cli/text.js";
import type { CliContext } from "../src/cli/types.js";
import { fromZodIssues } from "../src/index.js";

/**
 * Tests written against mutants of src/cli that the rest of the suite let through: each states
 * documented behaviour (docs/cli.md, TSDoc) that one realistic slip would break.
 */

const now = (): Date => new Date("2026-01-01T00:00:00Z");
const ctxWith = (files: Readonly<Record<string, string>>): CliContext => ({
  readFile: (path) => {
    const text = files[path];
    if (text === undefined)
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
    return text;
  },
  now,
});
const ctx = ctxWith({});

describe("withParticle reads numbers as said in Korean", () => {
  it("ends 1,000,000,000 in 억 (십억) and 1,000,000,000,000 in 조 (일조)", () => {
    // 9 zeros: 십억, not 조; 억 has a final consonant
    expect(withParticle("1000000000", "은(는)")).toBe("1000000000은");
    expect(withParticle("1000000000", "(으)로")).toBe("1000000000으로");
    // with thousands separators, the zeros are counted across the commas: 1조 is 일조
    expect(withParticle("1,000,000,000,000", "은(는)")).toBe("1,000,000,000,000는");
    expect(withParticle("1,000,000,000,000", "(으)로")).toBe("1,000,000,000,000로");
  });
  it("reads a part in parentheses with nothing before it inside, not as a word to skip", () => {
    // "a part in parentheses ... is skipped when something stands before it"
    expect(withParticle("(절차)", "이(가)")).toBe("(절차)가");
    expect(withParticle("[금액]", "을(를)")).toBe("[금액]을");
  });
});

describe("kcity's global flags and help", () => {
  it("refuses --lang followed by a flag as --lang without a value, not as a language '-h'", () => {
    // "--lang --json is refused as --lang without one (--lang needs a value)": a flag after --lang
    // keeps its meaning, a short one too
    for (const flag of ["-h", "-v"]) {
      const out = runCli(["--lang", flag], ctx);
      expect(out.exitCode, flag).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toContain("--lang needs a value");
    }
  });
  it("refuses --help beside a group and a word that is none of its commands", () => {
    // "--help beside a word that is no command a refusal (unknown command ...)"
    const out = runCli(["money", "nope", "--help"], ctx);
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(/^kcity: unknown command "money nope"/);
    // the group alone is the help of its commands
    expect(runCli(["money", "--help"], ctx).exitCode).toBe(0);
  });
  it("marks a repeatable option in a command's JSON help", () => {
    const help = JSON.parse(runCli(["schedule", "--help", "--json"], ctx).stdout);
    expect(help.options["--tranche"].repeatable).toBe(true);
    expect(help.options["--met"].repeatable).toBe(true);
    expect(help.options["--start"].repeatable).toBeUndefined();
  });
});

describe("kcity's file arguments", () => {
  const nested = (levels: number): string => `${"[".repeat(levels)}${"]".repeat(levels)}`;
  it("reads a file nesting 200 levels and refuses one nesting 201 (more than 200 levels deep)", () => {
    const files = { "200.json": nested(200), "201.json": nested(201) };
    const deep = runCli(["check", "201.json"], ctxWith(files));
    expect(deep.exitCode).toBe(2);
    expect(deep.stderr).toContain("nests arrays or objects more than 200 levels deep");
    const ok = runCli(["check", "200.json"], ctxWith(files));
    // not an application, but read: the refusal is the schema's, not the depth's
    expect(ok.stderr ?? "").not.toContain("levels deep");
  });
  it("says a file without read permission in Korean, for EPERM as for EACCES", () => {
    for (const code of ["EACCES", "EPERM"]) {
      const denied: CliContext = {
        readFile: () => {
          throw Object.assign(new Error(`${code}: operation not permitted, open 'a.json'`), { code });
        },
        now,
      };
      const out = runCli(["check", "a.json", "--lang", "ko"], denied);
      expect(out.exitCode, code).toBe(2);
      expect(out.stderr).toContain(`읽기 권한이 없습니다 (${code})`);
    }
  });
  it("finds a raw control character in a string, U+001F included, where JSON.parse refuses it", () => {
    for (const c of ["\u0000", "\n", "\u001f"]) {
      const text = `"a${c}"`;
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonErrorIndex(text), JSON.stringify(c)).toBe(2);
    }
    expect(jsonErrorIndex('"a\u0020"')).toBe(-1);
  });
  it("keeps the line and column a newer engine's message gives, without adding a second one", () => {
    const message = "Expected property name or '}' in JSON at position 1 (line 1 column 2)";
    expect(jsonReasonEn(new SyntaxError(message), "{x}")).toBe(message);
  });
});

describe("readOn", () => {
  it("reads a Seoul time with seconds to the second", () => {
    // "a Seoul time may carry seconds (2024-04-30T18:00:30)"
    const on = (text: string): string =>
      readOn({ positionals: [], options: { on: text }, lang: "en", json: false }, ctx).toISOString();
    expect(on("2024-04-30T18:00:30")).toBe("2024-04-30T09:00:30.000Z");
    expect(on("2024-04-30T18:00")).toBe("2024-04-30T09:00:00.000Z");
  });
});

describe("--on says why a date is none", () => {
  it("names a month 13 also when the date has no day (2021-13)", () => {
    const out = runCli(["status", "--on", "2021-13", "--json"], ctx);
    expect(out.exitCode).toBe(2);
    const { error } = JSON.parse(out.stderr ?? "");
    expect(error.code).toBe("INVALID_DATE");
    expect(error.details.received).toBe("2021-13");
    expect(error.details.reason.en).toMatch(/Month 13/);
  });
});

describe("issueLines", () => {
  it("names the path once, before a custom Korean message that ends with it", () => {
    const schema = z.object({
      a: z.number().refine((n) => n > 0, { params: { code: "POSITIVE", ko: "양수여야 합니다" } }),
    });
    const r = schema.safeParse({ a: -1 });
    if (r.success) throw new Error("expected a failure");
    const issues = fromZodIssues(r.error.issues);
    expect(issueLines(issues, "ko")).toBe("  POSITIVE (a): 양수여야 합니다");
  });
});

describe("koreanMessage", () => {
  it("says a missing <year> only when no value was received", () => {
    expect(koreanMessage("INVALID_OPTIONS", { known: [2020, 2021] })).toBe(
      "<연도>가 필요합니다: 사업 연도(2020, 2021)",
    );
    // another usage error with the known years and a value keeps its own message
    expect(koreanMessage("INVALID_OPTIONS", { known: [2020, 2021], received: '"x"' })).toBeUndefined();
  });
});
