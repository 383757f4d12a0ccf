import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { demo2024 } from "../../test/eligibility.fixtures.js";
import { checkEligibility } from "../eligibility/checkEligibility.js";
import { safeParseApplication } from "../eligibility/safeParseApplication.js";
import { parseFundingRange } from "../money/parseFundingRange.js";
import { safeParseKrw } from "../money/parseKrw.js";
import { checkMachine } from "../selection/checkMachine.js";
import { machineFor } from "../selection/machineFor.js";
import { safeParseAuditLog } from "../selection/schemas.js";
import { start } from "../selection/start.js";
import { transition } from "../selection/transition.js";
import { safeParsePartialDate } from "../timeline/partialDate.js";
import { labelCatalogue } from "./labels.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "labels.json");
const catalogue = labelCatalogue();
const labelled = new Set(Object.values(catalogue).flatMap((section) => Object.keys(section)));
const codes = (
  r: { ok: boolean; issues?: readonly { code: string }[] } | { issues: readonly { code: string }[] },
) => ("issues" in r && r.issues ? r.issues.map((i) => i.code) : []);

describe("the label catalogue (k-city-network/labels.json)", () => {
  it("is the file shipped, up to date with its source (npm run labels:update)", () => {
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(catalogue);
  });

  it("labels every code in English and Korean", () => {
    const labels = Object.values(catalogue).flatMap((section) => Object.values(section));
    expect(labels.length).toBeGreaterThan(140);
    for (const l of labels) {
      expect(l.en.length).toBeGreaterThan(0);
      expect(l.ko).toMatch(/[가-힣]/);
    }
  });

  it("has a label for every code the library returns (property: arbitrary input to the parsers and checks)", () => {
    const seen = new Set<string>();
    const record = (list: readonly string[]) => {
      for (const c of list) {
        seen.add(c);
        expect(labelled.has(c), `no label for ${c}`).toBe(true);
      }
    };
    const m = machineFor(2024, "urban-planning");
    const s = start(m, { applicationId: "a", at: "2024-03" });
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (json, text) => {
        record(codes(safeParseApplication(json)));
        record(codes(checkEligibility(json)));
        record(
          codes(checkEligibility({ ...demo2024(), submittedAt: "2024-12-30T10:00:00+09:00", site: json })),
        );
        record(codes(safeParseKrw(text)));
        record(codes(safeParseKrw(json)));
        record(codes(safeParseAuditLog(json)));
        record(codes(safeParsePartialDate(text)));
        try {
          parseFundingRange(text);
        } catch {
          // refusals of the range parser carry the same codes as safeParseKrw's
        }
        const t = transition(s, { type: text, at: "2024-04-01", actor: { id: "x", role: "applicant" } });
        record(codes(t));
      }),
      { numRuns: 300 },
    );
    record(codes(checkMachine({ ...m, states: [...m.states, m.states[0] as (typeof m.states)[number]] })));
    record(codes(checkEligibility({ ...demo2024(), year: 2023, requestedFunding: "15억 원" })));
    expect(seen.size).toBeGreaterThan(15);
  });

  it("labels each code of safeParseApplication in its schemaIssues section, an input that cannot be read included", () => {
    const { schemaIssues = {} } = catalogue;
    const unreadable = {
      year: 2024,
      get title(): string {
        throw new Error("boom");
      },
    };
    expect(codes(safeParseApplication(unreadable))).toEqual(["INVALID_INPUT"]);
    expect(schemaIssues).toHaveProperty("INVALID_INPUT", {
      en: "Input could not be read",
      ko: "읽을 수 없는 입력",
    });
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        for (const c of codes(safeParseApplication(json)))
          expect(schemaIssues[c], `no schemaIssues label for ${c}`).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});
