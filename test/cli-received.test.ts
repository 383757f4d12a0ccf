import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
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

describe("kcity --json: details.received of a value typed on the command line", () => {
  it.each(TYPED)("%j gives the value as typed and where it was typed", (argv, typed, where) => {
    const { details, message } = error(argv);
    expect(details["received"]).toBe(typed);
    expect(where.startsWith("--") ? details["option"] : details["argument"]).toBe(where);
    // the message quotes it, in English and in Korean
    expect(message).toContain(JSON.stringify(typed));
    expect(error(argv, "ko").message).toContain(`받은 값 ${JSON.stringify(typed)}`);
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
  });
});
