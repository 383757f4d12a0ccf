import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromKrwJson, moneyJsonReplacer } from "../../money/index.js";
import { getEdition } from "../../programs/getEdition.js";
import { allProjects } from "../../programs/getProject.js";
import { planSchedule } from "../../timeline/planSchedule.js";
import { runCli } from "../run.js";
import type { CliContext } from "../types.js";

const ctx: CliContext = { readFile: () => "", now: () => new Date("2026-11-27T00:00:00Z") };
const run = (...argv: string[]) => runCli(argv, ctx);

describe("kcity schedule", () => {
  it("plans a project of the data from its kickoff, off weekends and Korean holidays", () => {
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02")).toEqual({
      exitCode: 0,
      stdout: [
        "2021-ke-nairobi (urban-planning): 2021-08-02 ~ 2022-08-02, 12 months",
        "  2021-08-02  Kickoff",
        "  2021-09-08  Inception report",
        "  2021-12-27  Training course in Korea",
        "  2022-02-03  Interim report",
        "  2022-06-27  Final report",
        "  2022-08-02  Completion",
        "",
        "Planned from the library's template, not from the program's sources (which give no milestone days): milestones at fixed shares of the duration",
        "",
      ].join("\n"),
    });
  });
  it("says that the milestone days and the default tranches are the library's, not the sources'", () => {
    const last = (...a: string[]) =>
      (run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", ...a).stdout ?? "")
        .trimEnd()
        .split("\n")
        .at(-1);
    expect(last("--budget", "5억")).toBe(
      "Planned from the library's template, not from the program's sources (which give no milestone days or payment shares): milestones at fixed shares of the duration, tranches 30/40/30 by default (--tranche)",
    );
    // tranches given: only the milestone days are the template's
    expect(last("--budget", "5억", "--tranche", "final-report=100")).toBe(
      "Planned from the library's template, not from the program's sources (which give no milestone days): milestones at fixed shares of the duration",
    );
    expect(last("--budget", "5억", "--lang", "ko")).toBe(
      "출처가 아닌 라이브러리의 기본 틀로 계획한 일정입니다(출처에는 마일스톤 날짜나 지급 비율이 없습니다): 마일스톤은 기간의 정해진 비율 지점에 두었습니다. 지급 비율은 기본 30/40/30입니다(--tranche로 바꿀 수 있음)",
    );
    expect(last("--lang", "ko")).toBe(
      "출처가 아닌 라이브러리의 기본 틀로 계획한 일정입니다(출처에는 마일스톤 날짜가 없습니다): 마일스톤은 기간의 정해진 비율 지점에 두었습니다",
    );
    // the JSON is the plan and its options, without the sentence
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--json").stdout).not.toContain(
      "template",
    );
  });
  it("splits a budget into tranches, default or given, exactly to the won", () => {
    const out = run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "5억 원");
    expect(out.stdout).toContain("12 months, budget ₩500,000,000");
    expect(out.stdout).toContain("  2021-09-08  Inception report  ₩150,000,000\n");
    expect(out.stdout).toContain("  2022-02-03  Interim report  ₩200,000,000\n");
    expect(out.stdout).toContain("  2022-06-27  Final report  ₩150,000,000\n");
    const given = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--budget",
      "100",
      "--tranche",
      "kickoff=1",
      "--tranche",
      "completion=2",
      "--lang",
      "ko",
    );
    expect(given.stdout).toContain("사업비 100원");
    expect(given.stdout).toContain("  2021-08-02  착수  33원\n");
    expect(given.stdout).toContain("  2022-08-02  사업 완료  67원\n");
  });
  it("plans a project not in the data with --track; a demonstration runs to the end of the year", () => {
    const out = run("schedule", "2027-xx-demo", "--track", "solution-demonstration", "--start", "2027-04-01");
    expect(out.stdout.split("\n")[0]).toBe("2027-xx-demo (solution-demonstration): 2027-04-01 ~ 2027-12-31");
    const calendar = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--months",
      "6",
      "--calendar-days",
    );
    expect(calendar.stdout.split("\n")[0]).toBe(
      "2021-ke-nairobi (urban-planning): 2021-08-02 ~ 2022-02-02, 6 months",
    );
  });
  it("with --on, shows each milestone's status and exits 1 when one is overdue or missed", () => {
    const ok = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--on",
      "2021-09-01",
      "--met",
      "kickoff=2021-08-02",
    );
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout).toContain("  2021-08-02  Kickoff  [Met 2021-08-02]\n");
    expect(ok.stdout).toContain("  2021-09-08  Inception report  [Scheduled]\n");
    expect(ok.stdout).toContain(
      "On 2021-09-01 00:00 KST: 17% of milestones met; next: Inception report due 2021-09-08",
    );
    const late = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--on",
      "2021-10-01",
      "--met",
      "kickoff=2021-08-02",
    );
    expect(late.exitCode).toBe(1);
    expect(late.stdout).toContain("Inception report  [Overdue]\n");
    const json = JSON.parse(
      run(
        "schedule",
        "2021-ke-nairobi",
        "--start",
        "2021-08-02",
        "--budget",
        "5억",
        "--on",
        "2022-03-01",
        "--met",
        "kickoff=2021-08-02",
        "--met",
        "inception-report=2021-09-08",
        "--met",
        "interim-report=2022-02-10",
        "--json",
      ).stdout,
    );
    expect(json.schedule.budget).toEqual({ amount: "500000000", currency: "KRW" });
    expect(json.milestones.map((m: { status: string }) => m.status)).toEqual([
      "met",
      "met",
      "overdue",
      "met-late",
      "scheduled",
      "scheduled",
    ]);
    expect(json.progress.paid).toEqual({ amount: "350000000", currency: "KRW" });
  });
  it("exits 2 with the reason for a bad project, start, duration, budget or tranche", () => {
    const cases: [string[], string][] = [
      [["schedule", "2021-ke-nairobi"], "Expected <project-id> --start YYYY-MM-DD"],
      [["schedule", "nowhere", "--start", "2021-08-02"], "UNKNOWN_PROJECT"],
      [["schedule", "x", "--track", "roads", "--start", "2021-08-02"], "UNKNOWN_TRACK"],
      [["schedule", "2021-ke-nairobi", "--start", "2021-08"], "INVALID_DATE"],
      // a project of the data does not start before its edition's year
      [
        ["schedule", "2024-vn-hue", "--start", "2022-05-02"],
        "Expected --start in or after 2024, the edition of 2024-vn-hue",
      ],
      // a bad ratio is named as the --tranche typed
      [
        [
          "schedule",
          "2021-ke-nairobi",
          "--start",
          "2021-08-02",
          "--budget",
          "5억",
          "--tranche",
          "final-report=x",
        ],
        'Expected --tranche final-report=<ratio> to be a non-negative number, decimal or percentage such as 30 or 30%, received "final-report=x"',
      ],
      // percentages mixed with plain ratios: the reason is the mix, said of the tranches
      [
        [
          "schedule",
          "2021-ke-nairobi",
          "--start",
          "2021-08-02",
          "--budget",
          "5억",
          "--tranche",
          "inception-report=30%",
          "--tranche",
          "final-report=70",
        ],
        'Expected every --tranche ratio to be a percentage, or none of them, received "final-report=70" among inception-report=30%, final-report=70',
      ],
      // dates have four-digit years: a schedule may not end after 9999
      [
        ["schedule", "2021-ke-nairobi", "--start", "9999-12-01", "--months", "36"],
        "Expected --start early enough for the schedule to end by 9999-12-31 (it would end 10002-12-01)",
      ],
      [["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--months", "0"], "INVALID_OPTIONS"],
      [
        ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--months", "six"],
        "--months to be a whole number",
      ],
      [
        ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "about 5억"],
        "--budget as an amount of won",
      ],
      [
        ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "5억", "--tranche", "party=30"],
        "Expected --tranche as <milestone>=<ratio>",
      ],
      [
        ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--tranche", "kickoff=30"],
        "--tranche needs --budget",
      ],
      [
        ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--met", "kickoff=2021-08-02"],
        "--met needs --on",
      ],
      [["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--on", "soon"], "INVALID_DATE"],
      // a day that does not exist is refused, not rolled to 1 March
      [
        ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--on", "2022-02-30T10:00:00+09:00"],
        "INVALID_DATE",
      ],
    ];
    for (const [argv, said] of cases) {
      const out = run(...argv);
      expect(out.exitCode, argv.join(" ")).toBe(2);
      expect(out.stderr, argv.join(" ")).toContain(said);
    }
    expect(run("schedule", "2021-ke-nairobi", "--lang", "ko").stderr).toContain(
      "<사업 ID> --start <날짜>(YYYY-MM-DD)가 필요합니다",
    );
    // the options, named as typed, in either language
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02T10:00").stderr).toContain(
      "Expected --start to be a day in Korea (YYYY-MM-DD)",
    );
    const months = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--months",
      "37",
      "--lang",
      "ko",
    );
    expect(months.stderr).toContain('--months에는 개월 수(1~36)가 필요합니다. 받은 값 "37"');
    // --track is for projects not in the data: it never overrides a known project's track
    const knownTrack = [
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--track",
      "solution-demonstration",
    ];
    const track = run(...knownTrack);
    expect(track.stderr).toContain("2021-ke-nairobi is a project of the data (track urban-planning)");
    const trackKo = run(...knownTrack, "--lang", "ko");
    // no parentheses inside parentheses
    expect(trackKo.stderr).toContain(
      "2021-ke-nairobi: 자료에 있는 사업입니다 (유형: 스마트도시 계획수립, urban-planning)",
    );
    // a milestone twice in --tranche or --met
    const twice = ["--budget", "5억", "--tranche", "kickoff=30", "--tranche", "kickoff=70"];
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", ...twice).stderr).toContain(
      "--tranche kickoff is given twice",
    );
  });

  it("takes --met days only, says '1 month', and refuses a day that does not exist", () => {
    const vague = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--on",
      "2021-09-10",
      "--met",
      "kickoff=2021",
    );
    expect(vague.exitCode).toBe(2);
    expect(vague.stderr).toContain('Expected --met kickoff to be met on a day (YYYY-MM-DD), received "2021"');
    const one = run("schedule", "x", "--track", "urban-planning", "--start", "2024-01-31", "--months", "1");
    expect(one.stdout.split("\n")[0]).toBe("x (urban-planning): 2024-01-31 ~ 2024-02-29, 1 month");
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-02-30", "--lang", "ko").stderr).toContain(
      '--start에는 한국 날짜(YYYY-MM-DD)가 필요합니다. 받은 값 "2021-02-30"',
    );
  });

  it("says which due days it could not move, outside the years of the holiday table", () => {
    const out = run("schedule", "2021-ke-nairobi", "--start", "2027-04-01", "--months", "18");
    expect(out.stdout).toContain("  2028-01-01  Interim report\n");
    expect(out.stdout).toContain(
      "Due days outside 2018-2027, the years of the Korean holiday table, are not moved off weekends and holidays: 2028-01-01, 2028-08-07, 2028-10-01\n",
    );
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02").stdout).not.toContain("not moved");
    const calendar = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2027-04-01",
      "--months",
      "18",
      "--calendar-days",
    );
    expect(calendar.stdout).not.toContain("not moved");
  });
});

describe("kcity schedule refusals name the option typed", () => {
  const stderrJson = (argv: string[]) => JSON.parse(run(...argv, "--json").stderr ?? "").error;
  it("names --start, its value and the day a demonstration ends when it starts on that day", () => {
    const argv = ["schedule", "2024-vn-hue", "--start", "2024-12-31"];
    expect(run(...argv)).toEqual({
      exitCode: 2,
      stdout: "",
      stderr:
        'kcity: INVALID_OPTIONS: Invalid options. Expected --start before 2024-12-31, the day a demonstration ends (31 December of the year it starts, unless --months is given), received "2024-12-31"\n',
    });
    expect(run(...argv, "--lang", "ko").stderr).toBe(
      'kcity: INVALID_OPTIONS: 잘못된 옵션. --start는 해외실증형 사업이 끝나는 날인 2024-12-31(--months가 없으면 시작한 해의 12월 31일)보다 앞서야 합니다. 받은 값 "2024-12-31"\n',
    );
    expect(stderrJson(argv)).toMatchObject({
      code: "INVALID_OPTIONS",
      details: { option: "--start", received: "2024-12-31" },
    });
    // a project not in the data alike; with --months the project ends after it starts
    expect(
      run("schedule", "x", "--track", "solution-demonstration", "--start", "2027-12-31").stderr,
    ).toContain("Expected --start before 2027-12-31, the day a demonstration ends");
    expect(run(...argv, "--months", "1").exitCode).toBe(0);
    expect(run("schedule", "2024-vn-hue", "--start", "2024-12-30").exitCode).toBe(0);
  });
  it("names --tranche when every ratio is zero, under the library's INVALID_RATIOS", () => {
    const argv = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "5억"];
    const zero = run(...argv, "--tranche", "interim-report=0");
    expect(zero.exitCode).toBe(2);
    expect(zero.stderr).toBe(
      "kcity: INVALID_RATIOS: Invalid allocation ratios. Expected at least one --tranche ratio above zero, received only zeros: interim-report=0\n",
    );
    const two = ["--tranche", "interim-report=0%", "--tranche", "final-report=0%"];
    expect(run(...argv, ...two, "--lang", "ko").stderr).toBe(
      "kcity: INVALID_RATIOS: 잘못된 배분 비율. --tranche에는 0보다 큰 비율이 하나 이상 필요합니다. 받은 값이 모두 0입니다: interim-report=0%, final-report=0%\n",
    );
    expect(stderrJson([...argv, ...two])).toMatchObject({
      code: "INVALID_RATIOS",
      // the options as typed, one by one, as money split gives its ratios
      details: { option: "--tranche", received: ["interim-report=0%", "final-report=0%"] },
    });
    expect(run(...argv, "--tranche", "interim-report=0", "--tranche", "final-report=1").exitCode).toBe(0);
  });
  it("refuses a --met day after --on or before --start, naming the milestone and the day", () => {
    const argv = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--on", "2022-03-01"];
    // milestonesAt ignores a day after asOf: it was shown as [Missed], 0% done, exit 1
    const after = run(...argv, "--met", "kickoff=2023-01-01");
    expect(after.exitCode).toBe(2);
    expect(after.stdout).toBe("");
    expect(after.stderr).toBe(
      'kcity: INVALID_OPTIONS: Invalid options. Expected --met kickoff on or before the --on date (2022-03-01 00:00 KST), received "2023-01-01": a milestone met after that date is not known on it\n',
    );
    expect(run(...argv, "--met", "kickoff=2023-01-01", "--lang", "ko").stderr).toContain(
      '--met kickoff의 완료 날짜는 --on 기준 시각 2022-03-01 00:00(한국 시간) 이전이어야 합니다. 받은 값 "2023-01-01"',
    );
    expect(stderrJson([...argv, "--met", "kickoff=2023-01-01"])).toMatchObject({
      code: "INVALID_OPTIONS",
      details: { option: "--met", received: "kickoff=2023-01-01" },
    });
    // before the kickoff: it was shown as [Met 2000-01-01]
    const before = run(...argv, "--met", "kickoff=2000-01-01");
    expect(before.exitCode).toBe(2);
    expect(before.stderr).toContain(
      'Expected --met kickoff on or after the kickoff (--start 2021-08-02), received "2000-01-01": a milestone is not met before the project starts',
    );
    expect(run(...argv, "--met", "kickoff=2000-01-01", "--lang", "ko").stderr).toContain(
      '--met kickoff의 완료 날짜는 착수일(--start 2021-08-02) 이후여야 합니다. 받은 값 "2000-01-01"',
    );
    // any milestone, not only the kickoff
    expect(run(...argv, "--met", "kickoff=2021-08-02", "--met", "final-report=2022-03-02").stderr).toContain(
      'Expected --met final-report on or before the --on date (2022-03-01 00:00 KST), received "2022-03-02"',
    );
    // the kickoff day and the --on day themselves are taken
    const edges = run(...argv, "--met", "kickoff=2021-08-02", "--met", "inception-report=2022-03-01");
    expect(edges.stdout).toContain("  2021-08-02  Kickoff  [Met 2021-08-02]\n");
    expect(edges.stdout).toContain("  2021-09-08  Inception report  [Met late 2022-03-01]\n");
    // --on at 23:00 the day before in Seoul is before that day
    const evening = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--on", "2022-02-28T23:00"];
    expect(run(...evening, "--met", "kickoff=2022-03-01").stderr).toContain(
      "on or before the --on date (2022-02-28 23:00 KST)",
    );
  });
  it("refuses a --met day exactly when it falls before --start or after --on", () => {
    const day = fc
      .integer({ min: 0, max: 4 * 365 })
      .map((n) => new Date(Date.UTC(2021, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, day, (start, on, met) => {
        const out = run(
          "schedule",
          "x",
          "--track",
          "urban-planning",
          "--start",
          start,
          "--on",
          on,
          "--met",
          `kickoff=${met}`,
          "--json",
        );
        const refused = met < start || met > on;
        expect(out.exitCode === 2, `${start} ${on} ${met}`).toBe(refused);
        if (refused) expect(JSON.parse(out.stderr ?? "").error.details.option).toBe("--met");
        else expect(JSON.parse(out.stdout).milestones[0].met).toBe(met);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200) },
    );
  });
  it("says why --start or --met is no day, as --on does, and takes the years --on takes", () => {
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-02-30").stderr).toBe(
      'kcity: INVALID_DATE: Not a valid date. Expected --start to be a day in Korea (YYYY-MM-DD), received "2021-02-30": Day 30 does not exist in 2021-02 (it has 28 days)\n',
    );
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-02-30", "--lang", "ko").stderr).toContain(
      '--start에는 한국 날짜(YYYY-MM-DD)가 필요합니다. 받은 값 "2021-02-30": 2021년 2월에는 30일이 없습니다(28일까지)\n',
    );
    expect(stderrJson(["schedule", "2021-ke-nairobi", "--start", "2021-02-30"]).details).toEqual({
      option: "--start",
      received: "2021-02-30",
      reason: {
        en: "Day 30 does not exist in 2021-02 (it has 28 days)",
        ko: "2021년 2월에는 30일이 없습니다(28일까지)",
      },
    });
    // a project not in the data before the year 1000: the CLI's refusal, not the library's
    expect(run("schedule", "x", "--track", "urban-planning", "--start", "0999-06-01").stderr).toBe(
      'kcity: INVALID_DATE: Not a valid date. Expected --start to be a day in Korea (YYYY-MM-DD), received "0999-06-01": Year 0999 is before 1000\n',
    );
    const argv = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--on", "2022-03-01"];
    expect(run(...argv, "--met", "kickoff=2021-02-30").stderr).toContain(
      'Expected --met kickoff to be met on a day (YYYY-MM-DD), received "2021-02-30": Day 30 does not exist in 2021-02 (it has 28 days)\n',
    );
    expect(run(...argv, "--met", "kickoff=2021-02-30", "--lang", "ko").stderr).toContain(
      '--met kickoff에는 완료한 날짜(YYYY-MM-DD)가 필요합니다. 받은 값 "2021-02-30": 2021년 2월에는 30일이 없습니다(28일까지)\n',
    );
    expect(stderrJson([...argv, "--met", "kickoff=0999-12-31"]).details).toMatchObject({
      option: "--met",
      received: "kickoff=0999-12-31",
      reason: { en: "Year 0999 is before 1000" },
    });
  });
  it("refuses a --start exactly when --on refuses the day, with the same reason", () => {
    const part = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
    const year = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 990, max: 1010 }));
    fc.assert(
      fc.property(year, part(13), part(32), (y, m, d) => {
        const day = `${String(y).padStart(4, "0")}-${m}-${d}`;
        const on = run("status", "2024", "--on", day, "--json");
        const start = run(
          "schedule",
          "x",
          "--track",
          "urban-planning",
          "--start",
          day,
          "--months",
          "1",
          "--json",
        );
        if (on.exitCode === 0) {
          // a day --on takes is a --start; only a schedule ending after 9999 is refused
          if (start.exitCode !== 0)
            expect(JSON.parse(start.stderr ?? "").error.message).toContain("9999-12-31");
        } else {
          const error = JSON.parse(start.stderr ?? "").error;
          expect(error.details.option, day).toBe("--start");
          expect(error.details.reason).toEqual(JSON.parse(on.stderr ?? "").error.details.reason);
        }
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 200) },
    );
  });
});

describe("kcity schedule in Korean", () => {
  it("names the track by its Korean name first and the date --on gives as Korea time", () => {
    const argv = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "5억", "--lang", "ko"];
    expect(run(...argv).stdout.split("\n")[0]).toMatch(
      /^2021-ke-nairobi · 유형 \S.* \(urban-planning\): 2021-08-02 ~ 2022-08-02, 12개월, 사업비 500,000,000원$/,
    );
    expect(run(...argv, "--on", "2021-12-01").stdout).toContain("\n2021-12-01 00:00(한국 시간) 기준: ");
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02").stdout.split("\n")[0]).toBe(
      "2021-ke-nairobi (urban-planning): 2021-08-02 ~ 2022-08-02, 12 months",
    );
  });
  it("names the forms of --tranche and --met in its help as in its refusals", () => {
    const help = run("schedule", "--help", "--lang", "ko").stdout;
    expect(help).toContain("  --tranche <마일스톤>=<비율>  ");
    expect(help).toContain("  --met <마일스톤>=<날짜>  ");
    const argv = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--lang", "ko"];
    expect(run(...argv, "--budget", "5억", "--tranche", "x").stderr).toContain(
      "--tranche는 <마일스톤>=<비율> 형식이어야 합니다",
    );
    expect(run(...argv, "--on", "2021-12-01", "--met", "x").stderr).toContain(
      "--met은 <마일스톤>=<날짜> 형식이어야 합니다",
    );
  });
});

describe("kcity schedule: a project of the data whose track the sources do not give", () => {
  const unknown = allProjects().filter((p) => !p.track.known);
  it("refuses it without --track in the user's language, naming the project and the tracks", () => {
    const en = run("schedule", "2020-my-kota-kinabalu", "--start", "2021-05-01");
    expect(en.exitCode).toBe(2);
    expect(en.stderr).toBe(
      "kcity: INVALID_OPTIONS: Invalid options. The track of 2020-my-kota-kinabalu is unknown in the sources: give it with --track (urban-planning, solution-planning). Note: The sources do not say which type this project came from.\n",
    );
    // it said the library's English, "Expected the project's track to be known (...), received an object"
    const ko = run("schedule", "2020-my-kota-kinabalu", "--start", "2021-05-01", "--lang", "ko");
    expect(ko.stderr).toBe(
      "kcity: INVALID_OPTIONS: 잘못된 옵션. 2020-my-kota-kinabalu 사업의 유형은 출처에 나와 있지 않습니다: --track으로 유형(urban-planning, solution-planning)을 지정하세요. 참고: 출처에는 이 사업이 어느 유형의 사업인지 나와 있지 않음.\n",
    );
    const { error } = JSON.parse(
      run("schedule", "2022-my-klang", "--start", "2022-05-01", "--json").stderr ?? "",
    );
    expect(error.code).toBe("INVALID_OPTIONS");
    expect(error.details).toEqual({
      option: "--track",
      missing: "--track",
      project: "2022-my-klang",
      tracks: ["urban-planning", "solution-planning"],
      usage:
        "kcity schedule <project-id> --start D [--months N] [--track T] [--budget B] [--tranche K=R ...] [--calendar-days] [--on D] [--met K=D ...]",
    });
    expect(error.message).toContain("this project's track is not stated");
  });
  it("takes the track from --track, for those projects only", () => {
    expect(unknown.length).toBeGreaterThanOrEqual(8);
    for (const p of unknown) {
      const start = `${p.year}-05-01`;
      const without = run("schedule", p.id, "--start", start, "--lang", "ko");
      expect(without.exitCode, p.id).toBe(2);
      expect(without.stderr).toContain(`${p.id} 사업의 유형은 출처에 나와 있지 않습니다`);
      expect(without.stderr).not.toMatch(/Expected|received/);
      // the tracks of its sub-program (of its edition when that is unknown too): planning only
      const subs = getEdition(p.year).subPrograms;
      const own = subs.filter((s) => s.id === p.subProgramId);
      const tracks = new Set((own.length > 0 ? own : subs).flatMap((s) => s.tracks));
      expect([...tracks].sort(), p.id).toEqual(["solution-planning", "urban-planning"]);
      for (const track of ["urban-planning", "solution-planning", "solution-demonstration"]) {
        const out = run("schedule", p.id, "--start", start, "--track", track, "--json");
        if (tracks.has(track as "urban-planning")) {
          expect(out.exitCode, `${p.id} ${track}`).toBe(0);
          expect(JSON.parse(out.stdout).schedule).toMatchObject({ projectId: p.id, track });
        } else {
          // a demonstration schedule for a planning project was planned before
          expect(out.exitCode, `${p.id} ${track}`).toBe(2);
          expect(JSON.parse(out.stderr ?? "").error).toMatchObject({
            code: "INVALID_OPTIONS",
            details: { option: "--track", received: track },
          });
        }
      }
    }
    expect(
      run("schedule", "2020-my-kota-kinabalu", "--start", "2021-05-01", "--track", "urban-planning").stdout,
    ).toBe(
      [
        "2020-my-kota-kinabalu (urban-planning): 2021-05-01 ~ 2022-05-01, 12 months",
        "  2021-05-03  Kickoff",
        "  2021-06-07  Inception report",
        "  2021-09-24  Training course in Korea",
        "  2021-11-01  Interim report",
        "  2022-03-28  Final report",
        "  2022-04-29  Completion",
        "",
        "Planned from the library's template, not from the program's sources (which give no milestone days): milestones at fixed shares of the duration",
        "",
      ].join("\n"),
    );
    expect(
      run(
        "schedule",
        "2022-mn-zuunmod",
        "--start",
        "2022-08-01",
        "--track",
        "solution-demonstration",
        "--lang",
        "ko",
      ).stderr,
    ).toBe(
      'kcity: INVALID_OPTIONS: 잘못된 옵션. --track은 2022-mn-zuunmod 사업의 2022년 세부 사업 유형(urban-planning, solution-planning) 중 하나여야 합니다. 받은 값 "solution-demonstration"\n',
    );
    // still not started before the year of its edition
    expect(
      run("schedule", "2020-my-kota-kinabalu", "--start", "2019-05-01", "--track", "urban-planning").stderr,
    ).toContain("Expected --start in or after 2020, the edition of 2020-my-kota-kinabalu");
    // a project whose track the data knows still refuses --track, in both languages
    const known = run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--track", "urban-planning");
    expect(known.exitCode).toBe(2);
    expect(known.stderr).toContain(
      "2021-ke-nairobi is a project of the data (track urban-planning); --track is for projects not in the data, or whose track the sources do not give",
    );
    const knownKo = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--track",
      "urban-planning",
      "--lang",
      "ko",
    );
    expect(knownKo.stderr).toContain(
      "--track은 자료에 없는 사업이나 출처에 유형이 나와 있지 않은 사업에만 씁니다",
    );
  });
  it("says so in the help of --track", () => {
    expect(run("schedule", "--help").stdout).toContain(
      "--track <value>  the track of a project not in the data, or of one whose track the sources do not give (urban-planning, solution-planning, solution-demonstration)",
    );
    expect(run("schedule", "--help", "--lang", "ko").stdout).toContain(
      "--track <유형>  자료에 없는 사업이나 출처에 유형이 나와 있지 않은 사업의 유형 (urban-planning, solution-planning, solution-demonstration)",
    );
  });
});

describe("kcity schedule --json", () => {
  it("echoes what it planned from, so that planSchedule plans the same schedule again", () => {
    const lines = [
      ["2021-ke-nairobi", "--start", "2021-08-02"],
      [
        "2021-ke-nairobi",
        "--start",
        "2021-08-02",
        "--budget",
        "5억 원",
        "--tranche",
        "kickoff=30",
        "--tranche",
        "completion=70",
      ],
      ["2021-ke-nairobi", "--start", "2021-08-02", "--months", "18", "--calendar-days"],
      ["2020-tr-gaziantep", "--start", "2020-09-01", "--track", "solution-planning"],
    ];
    for (const argv of lines) {
      const out = JSON.parse(run("schedule", ...argv, "--json").stdout);
      const { project, options } = out.plan;
      const again = planSchedule(project, {
        ...options,
        ...(options.budget === undefined ? {} : { budget: fromKrwJson(options.budget) }),
      });
      expect(JSON.parse(JSON.stringify(again, moneyJsonReplacer)), argv.join(" ")).toEqual(out.schedule);
      expect(options.businessDays).toBe(!argv.includes("--calendar-days"));
    }
  });
  it("lists the due days it did not move, outside the holiday table's years, as the text says", () => {
    const out = JSON.parse(run("schedule", "2021-ke-nairobi", "--start", "2060-08-02", "--json").stdout);
    expect(out.notMoved).toEqual(out.schedule.milestones.map((m: { due: string }) => m.due));
    expect(run("schedule", "2021-ke-nairobi", "--start", "2060-08-02").stdout).toContain(
      out.notMoved.join(", "),
    );
    const inTable = JSON.parse(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--json").stdout);
    expect(inTable.notMoved).toBeUndefined();
    const calendar = run("schedule", "2021-ke-nairobi", "--start", "2060-08-02", "--calendar-days", "--json");
    expect(JSON.parse(calendar.stdout).notMoved).toBeUndefined();
  });
});
