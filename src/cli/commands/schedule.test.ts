import { describe, expect, it } from "vitest";
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
      ].join("\n"),
    });
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
      [["schedule", "2021-ke-nairobi", "--start", "2021-08"], "INVALID_OPTIONS"],
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
    const track = run(
      "schedule",
      "2021-ke-nairobi",
      "--start",
      "2021-08-02",
      "--track",
      "solution-demonstration",
    );
    expect(track.stderr).toContain("2021-ke-nairobi is a project of the data (track urban-planning)");
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
      "--tranche은(는) <마일스톤>=<비율> 형식이어야 합니다",
    );
    expect(run(...argv, "--on", "2021-12-01", "--met", "x").stderr).toContain(
      "--met은(는) <마일스톤>=<날짜> 형식이어야 합니다",
    );
  });
});
