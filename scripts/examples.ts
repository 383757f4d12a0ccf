/**
 * The example files the README and the guides feed to `kcity` (`kcity check application.json`, ...),
 * made from the test fixtures so that they are the data the test suite checks. `test/examples.test.ts`
 * fails when a file in `examples/` differs from what this makes; `npm run examples` writes them.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { moneyJsonReplacer } from "../src/money/index.js";
import { machineFor, start } from "../src/selection/index.js";
import { demo2024 } from "../test/eligibility.fixtures.js";
import { walkTo } from "../test/selection.fixtures.js";
import { WORKED_EXAMPLE, WORKED_OPTIONS } from "./doc-tables/selection.js";

/** The folder the example files live in. */
export const EXAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "examples");

/** Every example file, by name, as the JSON value it holds. */
export function exampleFiles(): Record<string, unknown> {
  const m = machineFor(2024, "solution-demonstration");
  // a 2024 demonstration (a pilot in Nairobi, an application of no data project) walked from its
  // submission to its selection (KAIA selects in April)
  // (a log: the snapshot without its state, which replay works out)
  const {
    state: _s,
    updatedAt: _u,
    ...log
  } = JSON.parse(
    JSON.stringify(
      walkTo(start(m, { applicationId: "2024-ke-nairobi-pilot", at: "2024-01-31" }), m, "selected", (e) =>
        e === "submit" ? "2024-03-10" : "2024-04-16",
      ),
    ),
  );
  const { submittedAt: _, ...draft } = demo2024();
  return {
    // a 2024 overseas demonstration: a Korean company with the host city (eligible)
    "application.json": demo2024(),
    // the same application not yet submitted (check it with --on)
    "draft.json": draft,
    // a consortium of one foreign ministry (which sub-programs could it apply to?)
    "consortium.json": [
      { name: "Ministry of Public Works", type: "foreign-central-government", country: "ID", role: "lead" },
    ],
    "log.json": log,
    // the same log with an actor whose role is none of the six
    "broken-log.json": {
      ...log,
      entries: [{ ...log.entries[0], actor: { id: "x", role: "king" } }, ...log.entries.slice(1)],
    },
    // the worked example of docs/lifecycle.md: the committee's round
    "round-2021.json": JSON.parse(
      JSON.stringify({ candidates: WORKED_EXAMPLE, options: WORKED_OPTIONS }, moneyJsonReplacer),
    ),
  };
}

/** The text of an example file as written to disk. */
export function exampleText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, value] of Object.entries(exampleFiles())) {
    writeFileSync(join(EXAMPLES_DIR, name), exampleText(value));
    console.log(`wrote examples/${name}`);
  }
}
