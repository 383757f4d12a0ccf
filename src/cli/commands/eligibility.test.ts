import { describe, expect, it } from "vitest";
import { demo2021, demo2024, planning2024 } from "../../../test/eligibility.fixtures.js";
import { TRACKS } from "../../programs/tracks.js";
import { runCli } from "../run.js";
import type { CliContext } from "../types.js";

const noPartner = { ...demo2024(), consortium: [demo2024().consortium[0]] };
const files: Record<string, string> = {
  "ok.json": JSON.stringify(demo2024()),
  "bad.json": JSON.stringify(noPartner),
  "many.json": JSON.stringify([demo2021(), noPartner, planning2024()]),
  "one.json": JSON.stringify([noPartner]),
  "allgood.json": JSON.stringify([demo2021(), demo2024()]),
  "invalid.json": JSON.stringify([
    demo2024(),
    { ...demo2024(), site: { country: "UK", city: "Birmingham" }, colour: 1 },
  ]),
  // a 2024 demonstration moved to 2026, sent the day before the call's (inferred) opening day, and
  // a 2021 one sent the day after the (machine-translated) closing day
  "early2026.json": JSON.stringify({
    ...demo2024(),
    year: 2026,
    requestedFunding: "4억 원",
    submittedAt: "2026-01-27T15:00:00+09:00",
  }),
  "late2021.json": JSON.stringify({ ...demo2021(), submittedAt: "2021-04-20T10:00:00+09:00" }),
  "late2024.json": JSON.stringify({ ...demo2024(), submittedAt: "2024-03-20T10:00:00+09:00" }),
  "notjson.json": "{ year: 2024",
  "empty.json": "[]",
  "undated.json": JSON.stringify((({ submittedAt: _, ...rest }) => rest)(demo2024())),
  "ministry.json": JSON.stringify([
    { name: "Ministry of Public Works", type: "foreign-central-government", country: "ID", role: "lead" },
  ]),
  "badconsortium.json": JSON.stringify([{ name: "x", type: "city-hall", country: "ID", role: "lead" }]),
};
const ctx: CliContext = {
  readFile: (p) => {
    const t = files[p];
    if (t === undefined) throw new Error(`ENOENT: no such file, open '${p}'`);
    return t;
  },
  now: () => new Date("2024-03-01T00:00:00Z"),
};
const run = (...argv: string[]) => runCli(argv, ctx);
/** A track's Korean name, from the data. */
const track = (id: string) => TRACKS.find((t) => t.id === id)?.name.ko;

describe("kcity check", () => {
  it("exits 0 for an eligible application", () => {
    const out = run("check", "ok.json");
    expect(out.exitCode).toBe(0);
    expect(out.stdout).toContain(
      '2024 overseas-demonstration "Next-generation C-ITS intersection control": ELIGIBLE',
    );
  });

  it("exits 1 with the reasons, their paths and sources when one is not eligible", () => {
    const out = run("check", "bad.json");
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toContain("NOT ELIGIBLE");
    expect(out.stdout).toContain("error MISSING_OVERSEAS_PUBLIC_PARTNER at consortium:");
    // in Korean, the severity and the place are said in Korean too
    expect(run("check", "bad.json", "--lang", "ko").stdout).toContain(
      "  오류 MISSING_OVERSEAS_PUBLIC_PARTNER (consortium): 2024년 해외실증형은 해외에 소재한 공공 파트너",
    );
    expect(out.stdout).toContain("[S9, S39]");
  });

  it("speaks Korean with --lang ko", () => {
    const out = run("check", "bad.json", "--lang", "ko");
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toContain("신청 불가");
    expect(out.stdout).toContain("해외에 소재한 공공 파트너");
  });

  it("checks an array and prints a summary by code", () => {
    const out = run("check", "many.json");
    expect(out.exitCode).toBe(1);
    expect(out.stdout).toContain("[0] 2021 smart-solution-demonstration");
    expect(out.stdout).toContain("3 applications: 2 eligible, 1 not eligible, 0 invalid");
    expect(run("check", "one.json").stdout).toContain("1 application: 0 eligible, 1 not eligible, 0 invalid");
    expect(out.stdout).toMatch(/applications by code: .*MISSING_OVERSEAS_PUBLIC_PARTNER 1/);
    expect(run("check", "allgood.json").exitCode).toBe(0);
  });

  it("prints JSON with --json (one result, or results and summary for an array)", () => {
    const one = run("check", "bad.json", "--json");
    expect(one.exitCode).toBe(1);
    const body = JSON.parse(one.stdout);
    expect(body.eligible).toBe(false);
    expect(body.issues[0].code).toBe("MISSING_OVERSEAS_PUBLIC_PARTNER");
    const many = JSON.parse(run("check", "many.json", "--json").stdout);
    expect(many.summary).toMatchObject({ total: 3, eligible: 2, ineligible: 1, invalid: 0 });
  });

  it("exits 2 when an input is not a valid application, with the paths", () => {
    const out = run("check", "invalid.json");
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toContain("[1] application: NOT A VALID APPLICATION");
    expect(out.stdout).toContain("INVALID_COUNTRY_CODE at site.country");
    expect(out.stdout).toContain("UNKNOWN_KEY at colour");
    expect(out.stderr).toBe(
      "kcity: INVALID_INPUT: Input does not match the expected schema. 1 input is not a valid application (see the paths in the results on stdout)\n",
    );
    expect(run("check", "invalid.json", "--lang", "ko").stderr).toBe(
      "kcity: INVALID_INPUT: 입력 값이 스키마와 맞지 않습니다. 올바른 신청서가 아닌 입력 1건 (경로는 표준 출력의 결과 참고)\n",
    );
    const json = run("check", "invalid.json", "--json");
    expect(json.exitCode).toBe(2);
    expect(JSON.parse(json.stdout).results[1].valid).toBe(false);
    // the refusal on stderr is the JSON error every command gives
    expect(JSON.parse(json.stderr ?? "")).toEqual({
      error: {
        code: "INVALID_INPUT",
        title: "Input does not match the expected schema",
        message: "1 input is not a valid application (see the paths in the results on stdout)",
        details: { invalid: 1 },
      },
    });
  });

  it("names an issue's path once, before its message, in both languages", () => {
    files["null.json"] = "null";
    expect(run("check", "null.json").stdout).toBe(
      "application: NOT A VALID APPLICATION\n  error INVALID_TYPE at (root): Expected object, received null\n",
    );
    expect(run("check", "null.json", "--lang", "ko").stdout).toBe(
      "신청서: 올바른 신청서가 아님\n  오류 INVALID_TYPE (최상위): 객체 필요, 받은 값 null\n",
    );
    const ko = run("check", "invalid.json", "--lang", "ko").stdout;
    expect(ko).toMatch(/INVALID_COUNTRY_CODE \(site\.country\): (?!site\.country)/);
  });

  it("exits 2 for an empty array: there is no application to check", () => {
    const out = run("check", "empty.json");
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toContain("Expected at least one application, received an empty array");
  });

  it("exits 2 for a missing file, a file that is not JSON, or no file argument", () => {
    expect(run("check", "missing.json")).toMatchObject({ exitCode: 2 });
    expect(run("check", "missing.json").stderr).toContain("ENOENT");
    expect(run("check", "notjson.json").stderr).toContain("not JSON");
    expect(run("check").exitCode).toBe(2);
  });

  it("says why a file cannot be used in the user's language, as text or as the JSON error", () => {
    expect(run("check", "missing.json", "--lang", "ko").stderr).toBe(
      "kcity: INVALID_INPUT: 파일 오류. missing.json 파일을 읽을 수 없습니다: 파일이 없습니다 (ENOENT)\n",
    );
    // under the file error's title in English too, with the system's reason as it said it
    expect(run("check", "missing.json").stderr).toBe(
      "kcity: INVALID_INPUT: File error. Cannot read missing.json: ENOENT: no such file, open 'missing.json'\n",
    );
    expect(JSON.parse(run("check", "missing.json", "--json").stderr ?? "").error).toMatchObject({
      code: "INVALID_INPUT",
      title: "File error",
      details: { file: "missing.json" },
    });
    expect(run("check", "notjson.json", "--lang", "ko").stderr).toContain("notjson.json은 JSON이 아닙니다");
    const none = run("check", "--json");
    expect(none.exitCode).toBe(2);
    expect(JSON.parse(none.stderr ?? "").error).toEqual({
      code: "INVALID_OPTIONS",
      title: "Invalid options",
      message: "Expected a file argument: kcity check <file.json>",
      details: { missing: "<file.json>", usage: "kcity check <file.json> [--on D]" },
    });
    expect(run("check", "--lang", "ko").stderr).toContain("파일 인자가 필요합니다");
    // a second file is not silently ignored
    const two = run("check", "ok.json", "bad.json");
    expect(two.exitCode).toBe(2);
    expect(two.stderr).toBe(
      'kcity: check takes at most 1 argument, received also "bad.json". Usage: kcity check <file.json> [--on D]\n',
    );
  });

  it("checks an undated application against now, or --on", () => {
    expect(run("check", "undated.json").exitCode).toBe(0);
    const late = run("check", "undated.json", "--on", "2024-03-20T00:00:00+09:00");
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toContain("OUTSIDE_CALL_WINDOW");
    expect(run("check", "undated.json", "--on", "soon").exitCode).toBe(2);
  });

  it("reads --on like status and deadlines: a Korea day, a Seoul time or an instant", () => {
    // the 2024 demonstration call closes at the end of 19 March in Seoul
    expect(run("check", "undated.json", "--on", "2024-03-19").exitCode).toBe(0);
    expect(run("check", "undated.json", "--on", "2024-03-19T23:59").exitCode).toBe(0);
    expect(run("check", "undated.json", "--on", "2024-03-20").stdout).toContain("OUTSIDE_CALL_WINDOW");
    expect(run("check", "undated.json", "--on", "2024-03-19T15:00:00Z").exitCode).toBe(1);
    // a refusal names the option typed, in English and Korean
    const bad = run("check", "undated.json", "--on", "2024-03");
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain("Expected --on to be a day (YYYY-MM-DD) or a date-time");
    expect(bad.stderr).not.toContain("asOf");
    expect(run("check", "undated.json", "--on", "soon", "--lang", "ko").stderr).toContain(
      '--on에는 한국 날짜(YYYY-MM-DD), 한국 시각(YYYY-MM-DDTHH:MM) 또는 오프셋이 있는 ISO 8601 날짜·시각이 필요합니다. 받은 값 "soon"',
    );
  });
});

describe("kcity check: a finding that rests on an inferred or machine-translated rule says so", () => {
  it("gives an inferred rule's grade and its note, and a machine-translated one's grade", () => {
    const early = run("check", "early2026.json");
    expect(early.exitCode).toBe(1);
    expect(early.stdout).toContain(
      "  error OUTSIDE_CALL_WINDOW at submittedAt: Submitted 2026-01-27T15:00:00+09:00 (2026-01-27 15:00 KST), before 2026 Overseas demonstration type opened on 2026-01-28 (Korea time) (Announced 27 Jan 2026; details posted from 28 Jan on the MOLIT website, the Smart City portal and the new K-City Network website. S41 dates the call 27 Feb (an error).) [S24, inferred]\n",
    );
    const ko = run("check", "early2026.json", "--lang", "ko").stdout;
    expect(ko).toContain("전입니다 (2026년 1월 27일 공고. 1월 28일부터 ");
    expect(ko).toMatch(/\(오류\)\.\) \[S24, 추정\]\n/);
    const late = run("check", "late2021.json").stdout;
    expect(late).toMatch(
      /error OUTSIDE_CALL_WINDOW at submittedAt: [^\n]*closed at the end of 2021-04-19 in Seoul [^\n]* \[S33, machine-translated\]\n/,
    );
    // a machine-translated rule's note is not said: only an inferred rule says why
    expect(late).toContain(
      "  error OUTSIDE_CALL_WINDOW at submittedAt: Submitted 2021-04-20T10:00:00+09:00 (2021-04-20 10:00 KST), after 2021 Smart Solution Demonstration closed at the end of 2021-04-19 in Seoul (2021-04-19T15:00:00.000Z) [S33, machine-translated]\n",
    );
    expect(run("check", "late2021.json", "--lang", "ko").stdout).toContain(
      "  오류 OUTSIDE_CALL_WINDOW (submittedAt): 2021-04-20T10:00:00+09:00(2021-04-20 10:00, 한국 시간)에 제출: 2021년 스마트 솔루션 해외실증은 2021-04-19 24:00(한국 시간)에 마감되었습니다 [S33, 기계 번역]\n",
    );
    // a day the sources state is cited without a grade: 2024's call closed on 19 March (S27)
    const late2024 = run("check", "late2024.json").stdout;
    expect(late2024).toMatch(
      /error OUTSIDE_CALL_WINDOW at submittedAt: [^\n]*closed at the end of 2024-03-19 in Seoul [^\n]*\) \[S27\]\n/,
    );
    expect(late2024).not.toMatch(/inferred|machine-translated/);
  });
});

describe("kcity eligible", () => {
  it("lists each sub-program of the edition with its verdict and findings; exit 0 when one is open", () => {
    const out = run("eligible", "ministry.json", "2024");
    expect(out.exitCode).toBe(0);
    const lines = out.stdout.split("\n");
    expect(lines[0]).toBe("2024: 1 of 2 sub-programs open to this consortium (planning)");
    expect(lines).toContain("planning (Planning type; urban-planning, solution-planning): ELIGIBLE");
    expect(lines).toContain(
      "  info MISSING_PRIOR_CONSULTATION at priorConsultation: 2024 Planning type requires prior consultation before applying [S9, S26]",
    );
    expect(lines).toContain(
      "overseas-demonstration (Overseas demonstration type; solution-demonstration): NOT ELIGIBLE",
    );
    expect(out.stdout).toContain("error APPLICANT_TYPE_NOT_ALLOWED at consortium.0.type");
    // prior consultation done: no reminder
    expect(run("eligible", "ministry.json", "2024", "--consulted").stdout).not.toContain(
      "MISSING_PRIOR_CONSULTATION",
    );
  });
  it("reads the consortium of an application file too, and checks the call window only with --on", () => {
    const open = run("eligible", "ok.json", "2024");
    expect(open.exitCode).toBe(0);
    expect(open.stdout.split("\n")[0]).toBe(
      "2024: 1 of 2 sub-programs open to this consortium (overseas-demonstration)",
    );
    expect(open.stdout).not.toContain("OUTSIDE_CALL_WINDOW");
    expect(open.stdout).toContain("\nCall windows not checked (give --on <date> to check them)\n");
    const closed = run("eligible", "ok.json", "2024", "--on", "2024-03-20");
    expect(closed.exitCode).toBe(1);
    expect(closed.stdout).toContain(
      "error OUTSIDE_CALL_WINDOW at (root): On 2024-03-20 00:00 KST, after 2024 Overseas demonstration type closed",
    );
    expect(run("eligible", "ok.json", "2024", "--on", "2024-03-19T23:59").exitCode).toBe(0);
    expect(closed.stdout).not.toContain("Call windows not checked");
  });
  it("speaks Korean and prints the result as JSON", () => {
    const ko = run("eligible", "ministry.json", "2024", "--lang", "ko");
    expect(ko.stdout.split("\n")[0]).toBe("2024년: 세부 사업 2개 중 1개 신청 가능: 계획수립형 (planning)");
    // the sub-program's and the tracks' Korean names first, their ids in parentheses
    expect(ko.stdout).toContain(
      `\n계획수립형 (planning) · 유형 ${track("urban-planning")} (urban-planning), ${track("solution-planning")} (solution-planning): 신청 가능\n`,
    );
    expect(ko.stdout).toContain("참고 MISSING_PRIOR_CONSULTATION (priorConsultation)");
    const js = JSON.parse(run("eligible", "ministry.json", "2024", "--json").stdout);
    expect(js).toMatchObject({ year: 2024, valid: true, eligible: ["planning"] });
    expect(
      js.subPrograms.map((s: { subProgramId: string; eligible: boolean }) => [s.subProgramId, s.eligible]),
    ).toEqual([
      ["planning", true],
      ["overseas-demonstration", false],
    ]);
  });
  it("exits 2 for an invalid consortium, a year without an edition or a missing argument", () => {
    const bad = run("eligible", "badconsortium.json", "2024", "--json");
    expect(bad.exitCode).toBe(2);
    const e = JSON.parse(bad.stderr ?? "").error;
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.details.issues[0]).toMatchObject({ code: "INVALID_VALUE", path: ["consortium", 0, "type"] });
    const text = run("eligible", "badconsortium.json", "2024");
    expect(text.stderr).toContain("The consortium in badconsortium.json is not valid");
    expect(text.stderr).toContain("consortium.0.type");
    expect(run("eligible", "ministry.json", "2019").stderr).toContain("UNKNOWN_EDITION");
    expect(run("eligible", "ministry.json").stderr).toContain("Expected <consortium.json> <year>");
    expect(run("eligible", "ministry.json", "--lang", "ko").stderr).toContain(
      "<컨소시엄.json> <연도>가 필요합니다",
    );
    expect(run("eligible", "nofile.json", "2024").stderr).toContain("Cannot read nofile.json");
  });
});

describe("kcity check and eligible in Korean", () => {
  it("name the sub-program by its Korean name first, its id in parentheses, and count with 건", () => {
    expect(run("check", "ok.json", "--lang", "ko").stdout.split("\n")[0]).toBe(
      '2024년 해외실증형 (overseas-demonstration) "Next-generation C-ITS intersection control": 신청 가능',
    );
    const many = run("check", "many.json", "--lang", "ko").stdout;
    expect(many).toContain("\n[1] 2024년 해외실증형 (overseas-demonstration) ");
    expect(many).toContain("\n합계 3건: 신청 가능 2건, 신청 불가 1건, 잘못된 입력 0건\n");
    expect(many).toMatch(/\n코드별 신청서 수: .*MISSING_OVERSEAS_PUBLIC_PARTNER 1건/);
  });
  it("write the date --on gives as Korea time, without KST", () => {
    const ko = run("eligible", "ministry.json", "2022", "--on", "2022-03-01", "--lang", "ko").stdout;
    expect(ko).toContain("2022-03-01 00:00(한국 시간) 기준: ");
    expect(ko).not.toContain("KST");
    expect(run("check", "undated.json", "--on", "2024-03-25", "--lang", "ko").stdout).toContain(
      "오류 OUTSIDE_CALL_WINDOW (submittedAt): 2024-03-25 00:00(한국 시간) 기준: ",
    );
    // English as before
    expect(run("eligible", "ministry.json", "2022", "--on", "2022-03-01").stdout).toContain(
      "On 2022-03-01 00:00 KST",
    );
  });
});

describe("kcity eligible - and check - (standard input)", () => {
  const stdin = (text: string): CliContext => ({
    ...ctx,
    readFile: (p) => (p === "-" ? text : ctx.readFile(p)),
  });
  it('names standard input, not "-", in the refusal of its consortium, in English and Korean', () => {
    const empty = stdin('{"consortium":{}}');
    expect(runCli(["eligible", "-", "2021"], empty).stderr?.split("\n")[0]).toBe(
      "kcity: INVALID_INPUT: Input does not match the expected schema. The consortium in standard input is not valid",
    );
    expect(runCli(["eligible", "-", "2021", "--lang", "ko"], empty).stderr?.split("\n")[0]).toBe(
      "kcity: INVALID_INPUT: 입력 값이 스키마와 맞지 않습니다. 표준 입력의 컨소시엄이 올바르지 않습니다",
    );
    const json = JSON.parse(runCli(["eligible", "-", "2021", "--json"], empty).stderr ?? "");
    expect(json.error.details.file).toBe("-");
    expect(runCli(["eligible", "badconsortium.json", "2024"], ctx).stderr).toContain(
      "The consortium in badconsortium.json is not valid",
    );
  });
  it("names standard input in check's refusal of a text that is not JSON", () => {
    expect(runCli(["check", "-"], stdin("{ year: 2024")).stderr).toMatch(
      /^kcity: INVALID_INPUT: Input does not match the expected schema\. Standard input is not JSON: /,
    );
    expect(runCli(["check", "-", "--lang", "ko"], stdin("{ year: 2024")).stderr).toContain(
      "표준 입력은 JSON이 아닙니다: ",
    );
    expect(runCli(["check", "-"], stdin(files["ok.json"] as string)).exitCode).toBe(0);
  });
});
