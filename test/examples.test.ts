import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXAMPLES_DIR, exampleFiles } from "../scripts/examples.js";
import { runCli } from "../src/cli/run.js";
import type { CliContext } from "../src/cli/types.js";

// The files in examples/ are the ones the README and the guides feed to kcity. They are made from the
// test fixtures (npm run examples); this fails when one drifts from them, and runs each the way the
// guides do, from the files on disk.

const ctx: CliContext = {
  readFile: (path) => readFileSync(join(EXAMPLES_DIR, path), "utf8"),
  now: () => new Date("2026-11-27T00:00:00Z"),
};

describe("examples/", () => {
  it("holds exactly the example files, as the fixtures make them (npm run examples)", () => {
    const made = exampleFiles();
    expect(readdirSync(EXAMPLES_DIR).sort()).toEqual(Object.keys(made).sort());
    for (const [name, value] of Object.entries(made)) {
      expect(JSON.parse(readFileSync(join(EXAMPLES_DIR, name), "utf8")), name).toEqual(value);
    }
  });
  it("gives the answers the guides describe", () => {
    expect(runCli(["check", "application.json"], ctx).exitCode).toBe(0);
    expect(runCli(["check", "draft.json", "--on", "2024-03-19T18:00:00+09:00"], ctx).exitCode).toBe(0);
    expect(runCli(["eligible", "consortium.json", "2024"], ctx).exitCode).toBe(0);
    const replayed = runCli(["replay", "log.json"], ctx);
    expect([replayed.exitCode, replayed.stdout.split("\n")[0]]).toEqual([
      0,
      expect.stringContaining("selected"),
    ]);
    expect(runCli(["select", "round-2021.json"], ctx).exitCode).toBe(0);
    // docs/cli.md shows this refusal word for word
    expect(runCli(["replay", "broken-log.json"], ctx)).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        'kcity: INVALID_LOG: Not a valid audit log. broken-log.json is not a valid audit log\n  INVALID_VALUE at entries.0.actor.role: Invalid option: expected one of "applicant"|"secretariat"|"review-committee"|"ministry"|"executor"|"host-government"\n',
    });
  });
});
