import { describe, expect, it } from "vitest";
import { demo2024 } from "../../test/eligibility.fixtures.js";
import { isKcnError } from "../errors.js";
import { selectProjects } from "../selection/index.js";
import { charactersKo, englishAddendum, koreanMessage, receivedKo } from "./koreanErrors.js";
import { runCli } from "./run.js";
import type { CliContext } from "./types.js";

const ctx: CliContext = { readFile: () => "", now: () => new Date("2026-01-01T00:00:00Z") };
const refusal = (...argv: string[]) => runCli(argv, ctx);

describe("kcity says the errors of a wrong argument in Korean", () => {
  it("a year without an edition", () => {
    const r = refusal("edition", "2019", "--lang", "ko");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'kcity: UNKNOWN_EDITION: 해당 연도의 사업이 없습니다. 사업 연도(2020, 2021, 2022, 2023, 2024, 2025, 2026)가 필요합니다. 받은 값 "2019"\n',
    );
    // English is the library's message, unchanged; both quote the text typed, as for "abc"
    expect(refusal("edition", "2019").stderr).toContain(
      'Expected an edition year (2020, 2021, 2022, 2023, 2024, 2025, 2026), received "2019"',
    );
  });

  it("a track the edition did not have, and a year that is not one", () => {
    expect(refusal("machine", "2020", "solution-demonstration", "--lang", "ko").stderr).toContain(
      "2020년 사업에는 solution-demonstration 유형의 절차가 없습니다. 2020년 유형: urban-planning, solution-planning",
    );
    // a year without an edition is UNKNOWN_EDITION, said as kcity edition says it
    expect(refusal("machine", "abc", "urban-planning", "--lang", "ko").stderr).toBe(
      'kcity: UNKNOWN_EDITION: 해당 연도의 사업이 없습니다. 사업 연도(2020, 2021, 2022, 2023, 2024, 2025, 2026)가 필요합니다. 받은 값 "abc"\n',
    );
    expect(refusal("machine", "2019", "urban-planning", "--lang", "ko").stderr).toBe(
      refusal("edition", "2019", "--lang", "ko").stderr,
    );
    // the year as typed, not NaN, in English too, with the known years
    expect(refusal("machine", "abc", "urban-planning").stderr).toBe(
      'kcity: UNKNOWN_EDITION: No edition for that year. Expected an edition year (2020, 2021, 2022, 2023, 2024, 2025, 2026), received "abc"\n',
    );
    // machineFor's own refusal of a year (a caller of the library), said from its details
    expect(
      koreanMessage("UNKNOWN_MACHINE", {
        year: '"abc"',
        track: '"urban-planning"',
        available: ["2020-urban-planning", "2021-urban-planning"],
      }),
    ).toBe('연도는 2020, 2021 중 하나여야 합니다. 받은 값 "abc"');
  });

  it("a country code, a track and a date", () => {
    expect(refusal("projects", "--country", "XX", "--lang", "ko").stderr).toContain(
      'ISO 3166-1 alpha-2 국가 코드(예: KE)가 필요합니다. 받은 값 "XX"',
    );
    expect(refusal("projects", "--track", "foo", "--lang", "ko").stderr).toContain(
      '유형은 urban-planning, solution-planning, solution-demonstration 중 하나여야 합니다. 받은 값 "foo"',
    );
    for (const on of ["2024-13-01", "2024-03", "x"]) {
      expect(refusal("status", "--on", on, "--lang", "ko").stderr).toContain(
        `--on에는 한국 날짜(YYYY-MM-DD), 한국 시각(YYYY-MM-DDTHH:MM) 또는 오프셋이 있는 ISO 8601 날짜·시각이 필요합니다. 받은 값 "${on}"`,
      );
    }
  });

  it("a machine id that no machine has (a log's machine)", () => {
    expect(
      koreanMessage("UNKNOWN_MACHINE", {
        received: '"2021-solution-demo"',
        available: ["2020-urban-planning"],
      }),
    ).toBe(
      '절차 ID(예: 2021-urban-planning)가 필요합니다. 받은 값 "2021-solution-demo". 절차: 2020-urban-planning',
    );
  });

  it("adds to the English of a log's unknown machine id every machine, as the Korean lists them", () => {
    const details = {
      received: '"2019-urban-planning"',
      available: ["2020-urban-planning", "2021-urban-planning"],
    };
    expect(englishAddendum("UNKNOWN_MACHINE", details)).toBe(
      ". The machines: 2020-urban-planning, 2021-urban-planning",
    );
    expect(englishAddendum("UNKNOWN_MACHINE", { received: '"x"' })).toBe("");
    expect(englishAddendum("UNKNOWN_EDITION", details)).toBe("");
  });

  it("a value as the library describes it, a bigint without its JavaScript 'n'", () => {
    expect(
      koreanMessage("INVALID_INPUT", { path: [0, "requested"], expected: ">= 0 KRW", received: "-5n" }),
    ).toBe("candidates[0].requested에는 0원 이상의 금액이 필요합니다. 받은 값 -5");
    // what describeReceived says in English, said in Korean
    const said = (received: string) =>
      koreanMessage("INVALID_INPUT", { path: [0], expected: "an object", received });
    expect([said("an object"), said("an array of 3"), said("undefined"), said('"x"')]).toEqual([
      "candidates[0]에는 객체가 필요합니다. 받은 값 객체",
      "candidates[0]에는 객체가 필요합니다. 받은 값 항목 3개의 배열",
      "candidates[0]에는 객체가 필요합니다. 받은 값 없음",
      'candidates[0]에는 객체가 필요합니다. 받은 값 "x"',
    ]);
  });

  it("every refusal of a candidate field that selectProjects gives", () => {
    const candidate = {
      id: "a",
      subProgramId: "planning",
      country: "KE",
      score: 1,
      requested: { amount: "1", currency: "KRW" },
      submittedAt: "2024-03-01",
    };
    const bad = [
      7,
      { ...candidate, id: "" },
      { ...candidate, score: "high" },
      { ...candidate, subProgramId: 5 },
      { ...candidate, subProgramId: " planning" },
      { ...candidate, country: "ke" },
      { ...candidate, submittedAt: "soon" },
      { ...candidate, requested: { amount: "300,000,000", currency: "KRW" } },
      { ...candidate, requested: { amount: "-5", currency: "KRW" } },
    ];
    for (const c of [...bad, "duplicate"]) {
      try {
        selectProjects((c === "duplicate" ? [candidate, candidate] : [c]) as never);
        expect.unreachable();
      } catch (e) {
        const details = isKcnError(e) ? e.details : {};
        expect(koreanMessage("INVALID_INPUT", details), JSON.stringify(c)).toMatch(
          /^candidates\[\d\].*필요합니다/,
        );
      }
    }
  });

  it("a candidate's sub-program that no quota names and no edition has, under quotas", () => {
    const c = {
      id: "a",
      subProgramId: "planing",
      country: "KE",
      score: 1,
      requested: { amount: "1", currency: "KRW" as const },
      submittedAt: "2024-03-01",
    };
    try {
      selectProjects([c], { quotas: { planning: 1 } });
      expect.unreachable();
    } catch (e) {
      expect(koreanMessage("INVALID_INPUT", isKcnError(e) ? e.details : {})).toBe(
        'candidates[0].subProgramId에는 한도(quotas)에 있거나 사업 연도에 있는 세부 사업 ID이(가) 필요합니다. 받은 값 "planing"',
      );
    }
  });

  it("a project id not in the data, and split ratios", () => {
    expect(refusal("schedule", "nowhere", "--start", "2021-08-02", "--lang", "ko").stderr).toBe(
      'kcity: UNKNOWN_PROJECT: 알 수 없는 사업 ID. 자료에 있는 사업 ID(예: 2021-ke-nairobi)가 필요합니다. 받은 값 "nowhere"\n',
    );
    // a ratio that is no number says what a ratio is; a well-formed one refused among others of the
    // other kind says they are mixed, as the English does
    expect(refusal("money", "split", "100", "30", "x", "--lang", "ko").stderr).toContain(
      'ratios[1]에는 30, 0.3, 30% 같은 0 이상의 수, 소수 또는 백분율이 필요합니다. 받은 값 "x"\n',
    );
    expect(refusal("money", "split", "100", "30%", "30", "--lang", "ko").stderr).toContain(
      'ratios[1]: 비율은 모두 백분율이거나 모두 백분율이 아니어야 합니다. 받은 값 "30"\n',
    );
    expect(refusal("money", "split", "100", "30", "40", "30.5%", "--lang", "ko").stderr).toContain(
      'ratios[2]: 비율은 모두 백분율이거나 모두 백분율이 아니어야 합니다. 받은 값 "30.5%"\n',
    );
    expect(refusal("money", "split", "100", "0", "0", "--lang", "ko").stderr).toContain(
      "0보다 큰 비율이 하나 이상 필요합니다. 받은 값이 모두 0입니다\n",
    );
  });

  it("in the JSON error too; the code and details stay, and English keeps the library's message", () => {
    const ko = JSON.parse(refusal("projects", "--country", "XX", "--json", "--lang", "ko").stderr ?? "");
    expect(ko.error.code).toBe("INVALID_COUNTRY_CODE");
    expect(ko.error.message).toContain("국가 코드(예: KE)가 필요합니다");
    // the value as typed, where the library's own refusal describes it ('"XX"')
    expect(ko.error.details).toEqual({ received: "XX", option: "--country" });
    const en = JSON.parse(refusal("projects", "--country", "XX", "--json").stderr ?? "");
    expect(en.error.message).toBe('Expected an ISO 3166-1 alpha-2 code such as KE, received "XX"');
  });

  it("keeps the library's message when the details do not say enough, or the code has no Korean form", () => {
    expect(koreanMessage("UNKNOWN_EDITION", {})).toBeUndefined();
    expect(koreanMessage("UNKNOWN_MACHINE", { year: "2020" })).toBeUndefined();
    expect(koreanMessage("INVALID_DATE", { received: '"x"' })).toBeUndefined();
    expect(koreanMessage("INVALID_AMOUNT", { received: '"x"' })).toBeUndefined();
    expect(koreanMessage("constructor", {})).toBeUndefined();
    expect(koreanMessage("__proto__", {})).toBeUndefined();
    expect(koreanMessage("INVALID_COUNTRY_CODE", {})).toBe(
      "ISO 3166-1 alpha-2 국가 코드(예: KE)가 필요합니다",
    );
  });
});

describe("a long value cut in a Korean message", () => {
  it("says its length in Korean (300자), never (300 characters)", () => {
    const long = "x".repeat(300);
    const cut = `"${"x".repeat(60)}… (300자)"`;
    expect(receivedKo(`"${"x".repeat(60)}… (300 characters)"`)).toBe(cut);
    expect(charactersKo(`받은 값 "ab… (61 characters)", "cd… (1000 characters)"`)).toBe(
      `받은 값 "ab… (61자)", "cd… (1000자)"`,
    );
    // a value that only looks like a length is left as it is
    expect(receivedKo('"(3 characters)"')).toBe('"(3 characters)"');
    for (const argv of [
      ["edition", long],
      ["projects", "--track", long],
      ["schedule", long, "--start", "2021-08-02"],
      ["status", "--on", long],
    ]) {
      const out = refusal(...argv, "--lang", "ko").stderr ?? "";
      expect(out, argv[0]).toContain(`받은 값 ${cut}`);
      expect(out).not.toContain("characters");
    }
    // the library's Korean issue messages too (a country code in a file)
    const app = demo2024();
    const file: CliContext = {
      ...ctx,
      readFile: () => JSON.stringify({ ...app, site: { ...app.site, country: long } }),
    };
    const ko = runCli(["check", "long.json", "--lang", "ko"], file);
    expect(ko.stdout).toContain(`받은 값 ${cut}`);
    expect(ko.stdout).not.toContain("characters");
    expect(runCli(["check", "long.json"], file).stdout).toContain("… (300 characters)");
  });
});
