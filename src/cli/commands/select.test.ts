import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../run.js";
import type { CliContext } from "../types.js";

const candidates = [
  {
    id: "a",
    subProgramId: "planning",
    country: "KE",
    score: 90,
    requested: "5억 원",
    submittedAt: "2023-05-01",
  },
  {
    id: "b",
    subProgramId: "planning",
    country: "KE",
    score: 85,
    requested: { amount: "400000000", currency: "KRW" },
    submittedAt: "2023-05-01",
  },
  {
    id: "c",
    subProgramId: "planning",
    country: "UZ",
    score: 80,
    requested: "500M",
    submittedAt: "2023-05-01",
  },
  {
    id: "d",
    subProgramId: "overseas-demonstration",
    country: "VN",
    score: 70,
    requested: "3억",
    submittedAt: "2023-05-02",
  },
  {
    id: "e",
    subProgramId: "overseas-demonstration",
    country: "PE",
    score: 55,
    requested: "3억",
    submittedAt: "2023-05-02",
  },
];
const files: Record<string, unknown> = {
  "round.json": { candidates, options: { countryCap: 1, budget: "9억 원", cutoff: 60 } },
  "bare.json": candidates,
  "twice.json": [candidates[0], candidates[0]],
  "vague.json": [{ ...candidates[0], requested: "about 5억" }],
  // a lower-case code would be a second country under the cap
  "lower.json": [candidates[0], { ...candidates[1], country: "ke" }],
  "uk.json": [{ ...candidates[0], country: "UK" }],
  "empty.json": { options: {} },
  "none.json": [],
  "nocandidates.json": { candidates: [], options: {} },
  "typo.json": { candidates, options: { countrycap: 1 } },
  "extra.json": { candidates, option: { countryCap: 1 } },
  "badoptions.json": { candidates, options: [1] },
  "badcutoff.json": { candidates, options: { cutoff: "50" } },
  "badcap.json": { candidates, options: { countryCap: 1.5 } },
  "badquota.json": { candidates, options: { quotas: { planning: -1 } } },
  "badbudget.json": { candidates, options: { budget: 5 } },
  "groupedbudget.json": { candidates, options: { budget: { amount: "1,000,000", currency: "KRW" } } },
  "jsonbudget.json": { candidates, options: { budget: { amount: "900000000", currency: "KRW" } } },
  "misspeltquota.json": { candidates, options: { quotas: { planing: 1 } } },
  "unusedquota.json": { candidates, options: { quotas: { "smart-city-planning": 2, planning: 1 } } },
  "korean.json": [{ ...candidates[0], id: "서울-하나" }, candidates[1]],
  // equal scores: one proposal known only to the month, one to the minute within it (Kenya's one place)
  "coarse.json": {
    candidates: [
      { ...candidates[0], id: "early-exact", score: 80, submittedAt: "2023-05-01T09:00" },
      { ...candidates[0], id: "month-only", score: 80, submittedAt: "2023-05" },
      { ...candidates[2], id: "year-only", score: 70, submittedAt: "2023" },
      { ...candidates[3], id: "dated", score: 70, submittedAt: "2023-02-11" },
      { ...candidates[4], id: "later-month", score: 70, submittedAt: "2024-01" },
    ],
    options: { countryCap: 1 },
  },
  "daytime.json": [
    { ...candidates[0], id: "minute", submittedAt: "2023-05-01T09:00" },
    { ...candidates[2], id: "day", score: 90, submittedAt: "2023-05-01" },
  ],
  "twomonths.json": {
    candidates: [
      { ...candidates[0], id: "m2", submittedAt: "2023-05" },
      { ...candidates[0], id: "exact", submittedAt: "2023-05-01T09:00" },
      { ...candidates[0], id: "m1", submittedAt: "2023-05" },
    ],
    options: { countryCap: 1 },
  },
  "crowd.json": Array.from({ length: 20_000 }, (_, i) => ({
    ...candidates[0],
    id: `c${i}`,
    submittedAt: i === 0 ? "2023-05" : `2023-05-${String((i % 28) + 1).padStart(2, "0")}`,
  })),
  // five ties broken by a month: three notes and a count
  "manyties.json": ["2023-05-01", "2023-05-02", "2023-05-03", "2023-05-04", "2023-05"].map((d, i) => ({
    ...candidates[0],
    id: `p${i}`,
    country: ["KE", "UZ", "VN", "PE", "TH"][i],
    submittedAt: d,
  })),
  // three ties broken by a month: three notes and no count
  "threeties.json": ["2023-05-01", "2023-05-02", "2023-05-03", "2023-05"].map((d, i) => ({
    ...candidates[0],
    id: `p${i}`,
    country: ["KE", "UZ", "VN", "PE"][i],
    submittedAt: d,
  })),
  // a year, a month in it and a minute in that month, on one score: each is noted beside the
  // coarse date that holds it most narrowly
  "nested.json": ["2023", "2023-05", "2023-05-01T09:00"].map((d, i) => ({
    ...candidates[0],
    id: ["year", "month", "minute"][i],
    country: ["KE", "UZ", "VN"][i],
    submittedAt: d,
  })),
  "exponent.json": [{ ...candidates[1], requested: { amount: "4e8", currency: "KRW" } }],
  "dollars.json": [{ ...candidates[1], requested: { amount: "400000000", currency: "USD" } }],
  "fivedollars.json": [{ ...candidates[1], requested: { amount: "5", currency: "USD" } }],
  "extrakey.json": [{ ...candidates[1], requested: { amount: "400", currency: "KRW", x: 1 } }],
  "noamount.json": [{ ...candidates[1], requested: { currency: "KRW" } }],
  "numberamount.json": [{ ...candidates[1], requested: { amount: 400, currency: "KRW" } }],
  "arrayrequest.json": [{ ...candidates[1], requested: [] }],
  "negative.json": [{ ...candidates[1], requested: { amount: "-1", currency: "KRW" } }],
  "minuszero.json": [{ ...candidates[1], requested: { amount: "-0", currency: "KRW" } }],
  "negativebudget.json": { candidates, options: { budget: { amount: "-1", currency: "KRW" } } },
};
const ctx: CliContext = {
  readFile: (p) => {
    if (!Object.hasOwn(files, p)) throw new Error(`ENOENT: ${p}`);
    return JSON.stringify(files[p]);
  },
  now: () => new Date("2026-01-01T00:00:00Z"),
};
const run = (...argv: string[]) => runCli(argv, ctx);

describe("kcity select", () => {
  it("works down the ranking under the file's options and says why each other candidate was left out", () => {
    expect(run("select", "round.json")).toEqual({
      exitCode: 0,
      stdout: [
        "Selected 2 of 5 (their requests total ₩800,000,000, budget left ₩100,000,000)",
        "  1. a  planning                KE  90  ₩500,000,000",
        "  4. d  overseas-demonstration  VN  70  ₩300,000,000",
        "",
        "Reserve list, in rank order:",
        "  2. b  planning                KE  85  ₩400,000,000  COUNTRY_CAP: The country's cap is reached",
        "  3. c  planning                UZ  80  ₩500,000,000  BUDGET_EXCEEDED: The request exceeds the remaining budget",
        "",
        "Not selected:",
        "  5. e  overseas-demonstration  PE  55  ₩300,000,000  BELOW_CUTOFF: Score below the cutoff",
        "",
      ].join("\n"),
    });
  });
  it("takes a quota for an edition's sub-program that no candidate in the file applies to, as the library does, and says it limits nothing", () => {
    const out = run("select", "round.json", "--quota", "smart-city-planning=1");
    expect(out.exitCode, out.stderr).toBe(0);
    expect(out.stdout).toBe(run("select", "round.json").stdout);
    expect(out.stderr).toBe(
      'kcity: note: no candidate applies to "smart-city-planning", so its quota of 1 limits nothing (sub-programs of the candidates: planning, overseas-demonstration)\n',
    );
    const ko = run("select", "unusedquota.json", "--lang", "ko");
    expect(ko.exitCode).toBe(0);
    expect(ko.stderr).toBe(
      'kcity: 참고: "smart-city-planning"에 신청한 후보가 없어 한도 2건은 아무것도 제한하지 않습니다 (후보의 세부 사업: planning, overseas-demonstration)\n',
    );
    // under --json the notes are JSON on stderr, and stdout is the outcome alone
    const json = run("select", "unusedquota.json", "--json");
    expect(JSON.parse(json.stderr ?? "")).toEqual({
      notes: [
        'note: no candidate applies to "smart-city-planning", so its quota of 2 limits nothing (sub-programs of the candidates: planning, overseas-demonstration)',
      ],
    });
    expect(JSON.parse(json.stdout).selected.length).toBeGreaterThan(0);
    // a quota every candidate's sub-program uses says nothing
    expect(run("select", "round.json", "--quota", "planning=1").stderr).toBeUndefined();
  });
  it("notes a tie on score that a less precise date breaks (a year, a month, a day without its time), as the library ranks it", () => {
    const out = run("select", "coarse.json");
    expect(out.exitCode).toBe(0);
    // the library's documented order: "2023-05" before the days of May 2023, so it takes Kenya's place
    expect(out.stdout).toMatch(/^ {2}1\. month-only /m);
    expect(out.stdout).toMatch(/^ {2}2\. early-exact .* COUNTRY_CAP/m);
    expect(out.stderr).toBe(
      [
        'kcity: note: "month-only" (submitted 2023-05) ranks before "early-exact" (2023-05-01T09:00) on an equal score, as a less precise date sorts before the dates it holds; which came first is not known',
        'kcity: note: "year-only" (submitted 2023) ranks before "dated" (2023-02-11) on an equal score, as a less precise date sorts before the dates it holds; which came first is not known',
        "",
      ].join("\n"),
    );
    // "2024-01" is not within "2023": no note for it; in Korean and as JSON
    const ko = run("select", "coarse.json", "--lang", "ko").stderr ?? "";
    expect(ko.split("\n")[0]).toBe(
      'kcity: 참고: 점수가 같은 두 후보 중 "month-only"(제출 2023-05) 쪽이 "early-exact"(2023-05-01T09:00)보다 앞에 놓입니다. 덜 정밀한 날짜는 그 안의 날짜보다 앞에 정렬되지만, 실제로 어느 쪽이 먼저인지는 알 수 없습니다',
    );
    expect(JSON.parse(run("select", "coarse.json", "--json").stderr ?? "").notes).toHaveLength(2);
    const many = run("select", "manyties.json").stderr ?? "";
    expect(many.trimEnd().split("\n")).toHaveLength(4);
    expect(many).toContain("kcity: note: and 1 more such tie\n");
    expect(run("select", "manyties.json", "--lang", "ko").stderr?.split("\n")[3]).toBe(
      "kcity: 참고: 이런 동점이 1건 더 있습니다",
    );
    // three ties: all three said, no count of more
    const three = run("select", "threeties.json").stderr ?? "";
    expect(three.trimEnd().split("\n")).toHaveLength(3);
    expect(three).not.toContain("more such tie");
    // the minute is noted beside its month, not the year; the month beside the year
    expect(run("select", "nested.json").stderr).toBe(
      [
        'kcity: note: "year" (submitted 2023) ranks before "month" (2023-05) on an equal score, as a less precise date sorts before the dates it holds; which came first is not known',
        'kcity: note: "month" (submitted 2023-05) ranks before "minute" (2023-05-01T09:00) on an equal score, as a less precise date sorts before the dates it holds; which came first is not known',
        "",
      ].join("\n"),
    );
    // a day without its time ranks before a minute of that day, as text sorts; two candidates of one
    // month: the note names the first-ranked of them (the one that took the place)
    expect(run("select", "daytime.json").stderr).toBe(
      'kcity: note: "day" (submitted 2023-05-01) ranks before "minute" (2023-05-01T09:00) on an equal score, as a less precise date sorts before the dates it holds; which came first is not known\n',
    );
    const twoMonths = run("select", "twomonths.json");
    expect(twoMonths.stdout).toMatch(/^ {2}1\. m1 /m);
    expect(twoMonths.stderr).toBe(
      'kcity: note: "m1" (submitted 2023-05) ranks before "exact" (2023-05-01T09:00) on an equal score, as a less precise date sorts before the dates it holds; which came first is not known\n',
    );
    // 20,000 candidates of one score and one month: one pass (this took seconds when each group was
    // copied per candidate), 19,999 ties said as three notes and a count
    const crowd = run("select", "crowd.json").stderr ?? "";
    expect(crowd.trimEnd().split("\n").at(-1)).toBe("kcity: note: and 19996 more such ties");
    // no tie between a date and a less precise one that holds it: nothing to note
    expect(run("select", "round.json").stderr).toBeUndefined();
  });
  it("gives every refusal of a candidate its path in the file: under candidates in a { candidates } file, from the index in a bare list", () => {
    const pathOf = (name: string) => {
      const out = run("select", name, "--json");
      expect(out.exitCode).toBe(2);
      return JSON.parse(out.stderr ?? "").error.details.path;
    };
    files["wrapped-dollars.json"] = { candidates: files["dollars.json"] };
    files["wrapped-negative.json"] = { candidates: files["negative.json"] };
    files["wrapped-vague.json"] = { candidates: files["vague.json"] };
    files["wrapped-twice.json"] = { candidates: files["twice.json"] };
    // money JSON in another currency, a negative request, a request as text that is no amount: the CLI's checks
    expect(pathOf("dollars.json")).toEqual([0, "requested", "currency"]);
    expect(pathOf("wrapped-dollars.json")).toEqual(["candidates", 0, "requested", "currency"]);
    expect(pathOf("negative.json")).toEqual([0, "requested", "amount"]);
    expect(pathOf("wrapped-negative.json")).toEqual(["candidates", 0, "requested", "amount"]);
    expect(pathOf("vague.json")).toEqual([0, "requested"]);
    expect(pathOf("wrapped-vague.json")).toEqual(["candidates", 0, "requested"]);
    // a refusal of selectProjects itself (an id given twice): its path in the list, then in the file
    const twice = pathOf("twice.json");
    expect(twice[0]).toBe(1);
    expect(pathOf("wrapped-twice.json")).toEqual(["candidates", ...twice]);
  });
  it("says a candidate's refusal in Korean in a { candidates } file as in a bare list", () => {
    files["wrapped-lower.json"] = { candidates: files["lower.json"] };
    files["wrapped-score.json"] = { candidates: [{ ...candidates[0], score: "high" }] };
    expect(run("select", "wrapped-twice.json", "--lang", "ko").stderr).toContain(
      'candidates[1].id에는 다른 후보와 겹치지 않는 값이 필요합니다. 받은 값 "a"',
    );
    expect(run("select", "wrapped-lower.json", "--lang", "ko").stderr).toContain(
      'candidates[1].country에는 대문자 ISO 3166-1 alpha-2 국가 코드(예: KE)가 필요합니다. 받은 값 "ke"',
    );
    const score = run("select", "wrapped-score.json", "--lang", "ko").stderr ?? "";
    expect(score).toContain('candidates[0].score에는 유한한 수가 필요합니다. 받은 값 "high"');
    expect(score).not.toMatch(/Expected/);
  });
  it("refuses a misspelt quota key in the file as bad input at its path, in the language asked for", () => {
    for (const lang of ["en", "ko"] as const) {
      const out = run("select", "misspeltquota.json", "--lang", lang, "--json");
      expect(out.exitCode).toBe(2);
      const { error } = JSON.parse(out.stderr ?? "");
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.details.path).toEqual(["options", "quotas", "planing"]);
      expect(error.message).toContain(
        lang === "en"
          ? 'no candidate applies to "planing" and no edition has it'
          : '"planing"에 신청한 후보가 없고',
      );
    }
  });
  it("takes a budget in the file as money JSON", () => {
    const out = run("select", "jsonbudget.json");
    expect(out.exitCode).not.toBe(2);
    expect(out.stdout).toMatch(/budget left ₩\d/);
    expect(out.stderr ?? "").toBe("");
  });

  it("takes quotas, a budget, a country cap and a cutoff from the command line over the file's", () => {
    const ko = run("select", "round.json", "--lang", "ko", "--budget", "20억", "--quota", "planning=1");
    expect(ko.exitCode).toBe(0);
    expect(ko.stdout).toContain(
      "5건 중 2건 선정 (선정 사업 신청 금액 합계 800,000,000원, 남은 예산 1,200,000,000원)",
    );
    expect(ko.stdout).toContain("QUOTA_FULL: 세부 사업 선정 한도 도달");
    // the reserve list: candidates held back by a quota, a cap or the budget, in rank order
    expect(ko.stdout).toContain("\n예비 후보 (순위순):\n");
    // a bare array of candidates: no constraint binds but the ones given here
    const open = run("select", "bare.json", "--quota", "planning=2", "--quota", "overseas-demonstration=1");
    expect(open.stdout.split("\n")[0]).toBe("Selected 3 of 5 (their requests total ₩1,200,000,000)");
    const capped = run("select", "bare.json", "--country-cap", "1", "--cutoff", "72.5");
    expect(capped.stdout).toMatch(/^Selected 2 of 5/);
    expect(capped.stdout).toContain("4. d  overseas-demonstration  VN  70  ₩300,000,000  BELOW_CUTOFF");
  });
  it("prints the outcome as JSON with money in its JSON form, and exits 1 when nothing is selected", () => {
    const out = run("select", "round.json", "--json");
    const body = JSON.parse(out.stdout);
    expect(
      body.selected.map((s: { rank: number; candidate: { id: string } }) => [s.rank, s.candidate.id]),
    ).toEqual([
      [1, "a"],
      [4, "d"],
    ]);
    expect(body.totalSelected).toEqual({ amount: "800000000", currency: "KRW" });
    expect(body.remainingBudget).toEqual({ amount: "100000000", currency: "KRW" });
    expect(body.selected[0].candidate.requested).toEqual({ amount: "500000000", currency: "KRW" });
    expect(body.reserve.map((r: { reason: string }) => r.reason)).toEqual(["COUNTRY_CAP", "BUDGET_EXCEEDED"]);
    const none = run("select", "round.json", "--cutoff", "95");
    expect(none.exitCode).toBe(1);
    expect(none.stdout).toMatch(/^Selected 0 of 5 \(their requests total ₩0, budget left ₩900,000,000\)\n/);
    expect(run("select", "round.json", "--cutoff", "95", "--json").exitCode).toBe(1);
  });
  it("exits 2 with the reason for bad input or options", () => {
    const cases: [string[], string, string][] = [
      [["select", "empty.json"], "INVALID_INPUT", "Expected an array of candidates"],
      [["select", "none.json"], "INVALID_INPUT", "Expected at least one candidate, received an empty array"],
      [["select", "nocandidates.json"], "INVALID_INPUT", "Expected at least one candidate"],
      [["select", "twice.json"], "INVALID_INPUT", 'Expected candidates[1].id to be unique, received "a"'],
      [["select", "vague.json"], "INVALID_INPUT", "candidates[0].requested"],
      [
        ["select", "lower.json"],
        "INVALID_COUNTRY_CODE",
        "Expected candidates[1].country to be an ISO 3166-1 alpha-2 code",
      ],
      [["select", "uk.json"], "INVALID_COUNTRY_CODE", 'the United Kingdom is "GB"), received "UK"'],
      [
        ["select", "round.json", "--quota", "planning"],
        "INVALID_OPTIONS",
        "Expected --quota as <sub-program>=<count>",
      ],
      [
        ["select", "round.json", "--quota", "planning=1.5"],
        "INVALID_OPTIONS",
        "--quota planning to be a whole number",
      ],
      [["select", "round.json", "--budget", "about 4억"], "INVALID_OPTIONS", "approximate"],
      [
        ["select", "round.json", "--country-cap", "one"],
        "INVALID_OPTIONS",
        "--country-cap to be a whole number",
      ],
      [["select", "round.json", "--cutoff", "high"], "INVALID_OPTIONS", "--cutoff to be a score"],
      [["select", "missing.json"], "INVALID_INPUT", "Cannot read missing.json"],
      [
        ["select", "typo.json"],
        "INVALID_INPUT",
        'Unknown key "options.countrycap": expected only options.quotas',
      ],
      [["select", "extra.json"], "INVALID_INPUT", 'Unknown key "option": expected only candidates, options'],
      [["select", "badoptions.json"], "INVALID_INPUT", "Expected options to be an object"],
      // a bad value in the file is INVALID_INPUT, with its path; a bad option INVALID_OPTIONS
      [
        ["select", "badcutoff.json"],
        "INVALID_INPUT",
        'Expected options.cutoff to be a number, received "50"',
      ],
      [["select", "badcap.json"], "INVALID_INPUT", "Expected options.countryCap to be a whole number >= 0"],
      [
        ["select", "badquota.json"],
        "INVALID_INPUT",
        "Expected options.quotas.planning to be a whole number >= 0",
      ],
      [["select", "badbudget.json"], "INVALID_INPUT", "Expected options.budget to be won as text"],
      // money JSON takes plain digits, as the library's schema does (krw() would take the grouping)
      [["select", "groupedbudget.json"], "INVALID_INPUT", "Expected options.budget to be won as text"],
      // a quota for a sub-program no candidate has and no edition has is a typo, and one given twice
      // is refused
      [
        ["select", "round.json", "--quota", "plannin=2"],
        "INVALID_OPTIONS",
        'no candidate applies to "plannin" and no edition has it',
      ],
      [
        ["select", "round.json", "--quota", "planning=1", "--quota", "planning=0"],
        "INVALID_OPTIONS",
        "--quota planning is given twice",
      ],
      [["select"], "INVALID_OPTIONS", "Expected a file argument: kcity select <candidates.json>"],
    ];
    for (const [argv, code, said] of cases) {
      const out = run(...argv);
      expect(out.exitCode, argv.join(" ")).toBe(2);
      expect(out.stderr).toContain(code);
      expect(out.stderr).toContain(said);
    }
    expect(run("select", "twice.json", "--lang", "ko").stderr).toContain(
      'candidates[1].id에는 다른 후보와 겹치지 않는 값이 필요합니다. 받은 값 "a"',
    );
    // the Korean names the candidate too
    expect(run("select", "lower.json", "--lang", "ko").stderr).toContain(
      'candidates[1].country에는 대문자 ISO 3166-1 alpha-2 국가 코드(예: KE)가 필요합니다. 받은 값 "ke"',
    );
    expect(run("select", "none.json", "--lang", "ko").stderr).toContain(
      "후보가 하나 이상 필요합니다: 빈 배열을 받았습니다",
    );
    const ko = run("select", "round.json", "--quota", "planning", "--lang", "ko");
    expect(ko.stderr).toContain("--quota는 <세부 사업>=<건수> 형식(planning=3)이어야 합니다");
    const js = JSON.parse(run("select", "round.json", "--cutoff", "high", "--json").stderr ?? "");
    expect(js.error).toMatchObject({
      code: "INVALID_OPTIONS",
      details: { option: "--cutoff", received: "high" },
    });
  });
  it("lines up Korean ids by their width in a terminal", () => {
    const lines = run("select", "korean.json").stdout.split("\n");
    // "서울-하나" takes 9 columns, "b" 1: the sub-program column starts at the same place
    expect(lines[1]).toBe("  1. 서울-하나  planning  KE  90  ₩500,000,000");
    expect(lines[2]).toBe("  2. b          planning  KE  85  ₩400,000,000");
  });

  it("is listed in the help with its options", () => {
    expect(run("--help").stdout).toContain("kcity select <candidates.json>");
    const help = run("select", "--help").stdout;
    for (const o of ["--quota", "--budget", "--country-cap", "--cutoff"]) expect(help).toContain(o);
  });
});

describe("kcity select: a request in money JSON that is not right", () => {
  const title = {
    en: "kcity: INVALID_INPUT: Input does not match the expected schema. ",
    ko: "kcity: INVALID_INPUT: 입력 값이 스키마와 맞지 않습니다. ",
  };
  it("names the field that is wrong (its path once), what it should hold and what it holds", () => {
    expect(run("select", "exponent.json").stderr).toBe(
      `${title.en}Expected candidates[0].requested.amount to be whole won as a string of digits, such as "400000000", received "4e8"\n`,
    );
    expect(run("select", "exponent.json", "--lang", "ko").stderr).toBe(
      `${title.ko}candidates[0].requested.amount에는 "400000000" 같은 원 단위 숫자 문자열이 필요합니다. 받은 값 "4e8"\n`,
    );
    // the currency received is said (it said only: expected "KRW")
    expect(run("select", "fivedollars.json").stderr).toBe(
      `${title.en}Expected candidates[0].requested.currency to be "KRW" (a request is in won), received "USD"\n`,
    );
    expect(run("select", "dollars.json", "--lang", "ko").stderr).toBe(
      `${title.ko}candidates[0].requested.currency에는 "KRW" 통화 코드가 필요합니다. 받은 값 "USD"\n`,
    );
    const json = JSON.parse(run("select", "dollars.json", "--json").stderr ?? "");
    expect(json.error.details).toEqual({ path: [0, "requested", "currency"], received: '"USD"' });
    // a number is not the digits as text; a missing amount is said to be missing
    expect(run("select", "numberamount.json").stderr).toBe(
      `${title.en}Expected candidates[0].requested.amount to be whole won as a string of digits, such as "400000000", received 400\n`,
    );
    expect(run("select", "noamount.json").stderr).toBe(
      `${title.en}Expected candidates[0].requested.amount to be whole won as a string of digits, such as "400000000", but it is missing\n`,
    );
    expect(run("select", "noamount.json", "--lang", "ko").stderr).toBe(
      `${title.ko}candidates[0].requested.amount에는 "400000000" 같은 원 단위 숫자 문자열이 필요합니다. 값이 없습니다\n`,
    );
    expect(run("select", "arrayrequest.json").stderr).toBe(
      `${title.en}Expected candidates[0].requested to be money JSON such as {"amount":"400000000","currency":"KRW"} (whole won as digits) or an amount as text such as "500 million won", received an array of 0\n`,
    );
  });
  it("names a key money JSON does not have as an unknown key, where it is, not as a received value", () => {
    // it said 'Unknown key "x" at (root): … at candidates[0].requested.x', and in Korean that "x" was the value received
    const en = run("select", "extrakey.json").stderr ?? "";
    expect(en).toBe(
      `${title.en}Unknown key "x" in candidates[0].requested: money JSON has only "amount" and "currency", as in {"amount":"400000000","currency":"KRW"}\n`,
    );
    expect(en).not.toContain("(root)");
    const ko = run("select", "extrakey.json", "--lang", "ko").stderr ?? "";
    expect(ko).toBe(
      `${title.ko}candidates[0].requested에 알 수 없는 키 "x": 금액 JSON에는 "amount"와 "currency"만 쓸 수 있습니다 (예: {"amount":"400000000","currency":"KRW"})\n`,
    );
    expect(ko).not.toContain("받은 값");
    const json = JSON.parse(run("select", "extrakey.json", "--json", "--lang", "ko").stderr ?? "");
    expect(json.error).toMatchObject({ code: "INVALID_INPUT", details: { path: [0, "requested", "x"] } });
  });
});

describe("kcity select: input the engine cannot hold", () => {
  // A candidate carrying an extra field nested 100,000 deep: refused when the file is read, the same
  // way as text and as JSON (writing it back would overflow the engine's stack)
  const deep = JSON.stringify([{ ...candidates[0], extra: 0 }]).replace(
    '"extra":0',
    `"extra":${"[".repeat(100_000)}0${"]".repeat(100_000)}`,
  );
  const raw: CliContext = { readFile: () => deep, now: ctx.now };
  it("refuses it with exit code 2 and a reason, in both languages, as text and as JSON", () => {
    expect(runCli(["select", "deep.json"], raw)).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        "kcity: INVALID_INPUT: Input does not match the expected schema. deep.json nests arrays or objects more than 200 levels deep\n",
    });
    const en = runCli(["select", "deep.json", "--json"], raw);
    expect(en.exitCode).toBe(2);
    expect(JSON.parse(en.stderr ?? "").error).toMatchObject({
      code: "INVALID_INPUT",
      details: { file: "deep.json", maxDepth: 200 },
    });
    const ko = runCli(["select", "deep.json", "--lang", "ko"], raw);
    expect(ko.stderr).toContain("deep.json은 배열이나 객체가 200단계보다 깊게 중첩되어 있습니다");
  });
  it("reads a file that starts with a byte order mark", () => {
    const bom: CliContext = { readFile: () => `\uFEFF${JSON.stringify(files["round.json"])}`, now: ctx.now };
    expect(runCli(["select", "round.json"], bom)).toEqual(run("select", "round.json"));
  });
});

describe("kcity select: a negative request or a budget that is not an amount", () => {
  const title = {
    en: "kcity: INVALID_INPUT: Input does not match the expected schema. ",
    ko: "kcity: INVALID_INPUT: 입력 값이 스키마와 맞지 않습니다. ",
  };
  it("names the amount of a negative request in money JSON, as the file writes it (not -1n)", () => {
    expect(run("select", "negative.json").stderr).toBe(
      `${title.en}Expected candidates[0].requested.amount to be whole won >= 0 as a string of digits, such as "400000000", received "-1"\n`,
    );
    expect(run("select", "negative.json", "--lang", "ko").stderr).toBe(
      `${title.ko}candidates[0].requested.amount에는 "400000000" 같은 0 이상의 원 단위 숫자 문자열이 필요합니다. 받은 값 "-1"\n`,
    );
    const { error } = JSON.parse(run("select", "negative.json", "--json").stderr ?? "");
    expect(error.details).toEqual({ path: [0, "requested", "amount"], received: '"-1"' });
    // "-0" is zero, which a request may be
    expect(run("select", "minuszero.json").exitCode).toBe(0);
  });
  it("says the Korean refusal of options.budget with its particle resolved", () => {
    const ko = run("select", "badbudget.json", "--lang", "ko").stderr ?? "";
    expect(ko).toBe(
      `${title.ko}options.budget에는 금액 JSON이나 원화 금액 텍스트("40억 원")가 필요합니다. 받은 값 5\n`,
    );
    expect(ko).not.toContain("(가)");
    expect(run("select", "negativebudget.json", "--lang", "ko").stderr).toContain(
      'options.budget에는 금액 JSON이나 원화 금액 텍스트("40억 원")가 필요합니다',
    );
    expect(run("select", "badbudget.json").stderr).toBe(
      `${title.en}Expected options.budget to be won as text ("40억 원") or money JSON, received 5\n`,
    );
  });
});

describe("kcity select: the tie notes (property)", () => {
  it("note every candidate that a same-score candidate with a less precise date holding its own ranks before, once each", () => {
    // nested dates: years, months, days and minutes that hold one another, and some that do not
    const DATES = [
      "2023",
      "2023-05",
      "2023-05-01",
      "2023-05-01T09:00",
      "2023-05-02",
      "2023-06",
      "2024",
      "2024-01-01T00:00",
    ];
    const cand = fc.record({ score: fc.constantFrom(70, 80), date: fc.constantFrom(...DATES) });
    fc.assert(
      fc.property(fc.array(cand, { minLength: 1, maxLength: 12 }), (list) => {
        const data = list.map((c, i) => ({
          id: `p${String(i).padStart(2, "0")}`,
          subProgramId: "planning",
          country: "KE",
          score: c.score,
          requested: "3억",
          submittedAt: c.date,
        }));
        const out = runCli(["select", "-", "--json"], { readFile: () => JSON.stringify(data), now: ctx.now });
        const notes: string[] = out.stderr === undefined ? [] : JSON.parse(out.stderr).notes;
        const more = /^note: and (\d+) more such ties?$/.exec(notes.at(-1) ?? "");
        const said = more ? notes.length - 1 + Number(more[1]) : notes.length;
        // the reference: a candidate is held when another of its score has a date that is a proper prefix
        const held = data.filter((c) =>
          data.some(
            (h) =>
              h.score === c.score &&
              h.submittedAt !== c.submittedAt &&
              c.submittedAt.startsWith(h.submittedAt),
          ),
        ).length;
        expect(said).toBe(held);
        expect(notes.length).toBeLessThanOrEqual(4);
        // each note names a holder that ranks before the held candidate
        const rank = new Map(
          [...JSON.parse(out.stdout).selected, ...JSON.parse(out.stdout).notSelected].map(
            (r: { rank: number; candidate: { id: string } }) => [r.candidate.id, r.rank],
          ),
        );
        for (const n of notes.filter((m) => !m.startsWith("note: and"))) {
          const [, a, b] = /^note: "([^"]+)" .* before "([^"]+)"/.exec(n) ?? [];
          expect((rank.get(a as string) as number) < (rank.get(b as string) as number)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
