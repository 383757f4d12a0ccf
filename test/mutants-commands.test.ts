import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/run.js";
import type { CliContext } from "../src/cli/types.js";
import { koreanNote } from "../src/i18n/notes.js";
import { editionCalendar } from "../src/timeline/editionCalendar.js";
import { planning2024 } from "./eligibility.fixtures.js";

// Tests that kill mutants of src/cli/commands/*.ts which the other suites let live; each asserts
// documented behaviour (docs/cli.md, docs/korean.md, docs/money.md, the commands' help, the data).

const log = JSON.parse(readFileSync(join(__dirname, "..", "examples", "log.json"), "utf8"));
const files: Record<string, unknown> = {
  "one.json": { ...log, entries: log.entries.slice(0, 1) },
  "two.json": { ...log, entries: log.entries.slice(0, 2) },
  "bad1.json": [{}],
  "bad2.json": [{}, {}],
  // docs/eligibility.md: a 2024 planning proposal received on 1 May 2024 in Seoul rolls over to 2025
  "rolls.json": { ...planning2024(), submittedAt: "2024-05-01T09:00:00+09:00" },
  "noted.json": { ...log, entries: [{ ...log.entries[0], note: "Filed late, 서류 보완" }] },
};
const ctx: CliContext = {
  readFile: (p: string) => {
    if (p in files) return JSON.stringify(files[p]);
    return readFileSync(join(__dirname, "..", p), "utf8");
  },
  now: () => new Date("2026-01-01T00:00:00Z"),
};
const run = (...argv: string[]) => runCli(argv, ctx);

describe("money", () => {
  it("money parse refuses a negative amount: a funding amount is never negative (docs/money.md)", () => {
    const r = run("money", "parse", "₩-400");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("NEGATIVE_AMOUNT");
  });
});

describe("timeline", () => {
  it("the calendar's title follows --lang (docs/cli.md: the title follows --lang)", () => {
    const ko = run("timeline", "2021", "--lang", "ko").stdout?.split("\n")[0] ?? "";
    expect(ko).toContain("2021");
    expect(ko).toContain("한국 시간");
    expect(ko).not.toMatch(/calendar|Korea time/);
    expect(run("timeline", "2021").stdout?.split("\n")[0]).toContain("Korea time");
  });
  it("--ics --lang ko carries the data's notes in Korean (docs/cli.md: notes read in Korean from notes.ko.json)", () => {
    const ics = (run("timeline", "2021", "--ics", "--lang", "ko").stdout ?? "").replace(/\r?\n /g, "");
    const notes = editionCalendar(2021).flatMap((e) => (e.note === undefined ? [] : [e.note]));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const ko = koreanNote(note);
      expect(ko).not.toBe(note);
      // the first words, before any character an iCalendar text escapes
      expect(ics).toContain(ko.split(/[,;]/)[0]);
      expect(ics).not.toContain(note.split(/[,;]/)[0]);
    }
  });
});

describe("edition and eligible", () => {
  it("edition lists its calendar in date order, a month before the days of that month", () => {
    for (const year of ["2020", "2021", "2022", "2023", "2024", "2025", "2026"]) {
      const out = run("edition", year).stdout ?? "";
      const block = out.slice(out.indexOf("\nCalendar\n") + 10).split("\n\n")[0] ?? "";
      const dates = block.split("\n").map((l) => l.trim().split(/\s+/)[0] as string);
      expect(dates.length).toBeGreaterThan(1);
      expect(dates).toEqual([...dates].sort());
    }
  });
  it("eligible --lang ko gives an unpublished rule's reason in Korean (docs/cli.md)", () => {
    const r = JSON.parse(run("eligible", "examples/consortium.json", "2021", "--json").stdout ?? "");
    const notes: string[] = r.subPrograms
      .flatMap((s: { issues: { code: string; rule: { note?: string } }[] }) => s.issues)
      .filter((i: { code: string; rule: { note?: string } }) => i.code === "RULE_UNKNOWN" && i.rule.note)
      .map((i: { rule: { note: string } }) => i.rule.note);
    expect(notes.length).toBeGreaterThan(0);
    const ko = run("eligible", "examples/consortium.json", "2021", "--lang", "ko").stdout ?? "";
    for (const note of notes) {
      expect(koreanNote(note)).not.toBe(note);
      expect(ko).toContain(`(${koreanNote(note)})`);
    }
  });
  it("edition writes a target range as the data gives it, in Korean with ~ and its counter (5~6건)", () => {
    const e = JSON.parse(run("edition", "2025", "--json").stdout ?? "").edition;
    const ranges = e.subPrograms
      .map((s: { targetCount: { known: boolean; value?: { min: number; max: number } } }) => s.targetCount)
      .filter(
        (t: { known: boolean; value?: { min: number; max: number } }) =>
          t.known && t.value && t.value.min > 0 && t.value.min < t.value.max,
      )
      .map((t: { value: { min: number; max: number } }) => t.value);
    expect(ranges.length).toBeGreaterThan(0);
    const ko = run("edition", "2025", "--lang", "ko").stdout ?? "";
    const en = run("edition", "2025").stdout ?? "";
    for (const r of ranges) {
      expect(ko).toContain(`: ${r.min}~${r.max}건`);
      expect(en).toContain(`: ${r.min}-${r.max}`);
    }
  });
});

describe("replay", () => {
  it("counts the entries of a log, one entry in the singular", () => {
    const one = run("replay", "one.json");
    expect(one.exitCode).toBe(0);
    expect(one.stdout).toMatch(/, 1 entry\n/);
    expect(run("replay", "two.json").stdout).toMatch(/, 2 entries\n/);
    expect(run("replay", "one.json", "--lang", "ko").stdout).toMatch(/, 기록 1건\n/);
  });
  it("prints an audit entry's note as written (docs/cli.md: free text is printed as written)", () => {
    for (const lang of ["en", "ko"]) {
      const r = run("replay", "noted.json", "--lang", lang);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain("Filed late, 서류 보완");
    }
  });
});

describe("schedule", () => {
  const nairobi = ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--budget", "5억"];
  it("exits 1 when a milestone is missed, not only when one is overdue (docs/timelines.md)", () => {
    const j = JSON.parse(run(...nairobi, "--on", "2023-06-01", "--json").stdout ?? "");
    const statuses = j.milestones.map((m: { status: string }) => m.status);
    expect(statuses).toContain("missed");
    expect(statuses).not.toContain("overdue");
    const r = run(...nairobi, "--on", "2023-06-01");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("[Missed]");
  });
  it("names the next milestone in Korean with --lang ko", () => {
    const args = [...nairobi, "--on", "2022-03-01", "--met", "kickoff=2021-08-02"];
    const next = JSON.parse(run(...args, "--json").stdout ?? "").progress.next.label;
    expect(next.ko).not.toBe(next.en);
    const ko = run(...args, "--lang", "ko").stdout ?? "";
    expect(ko).toContain(`다음: ${next.ko}`);
    expect(ko).not.toContain(next.en);
  });
});

describe("machine", () => {
  it("marks the start and end states in the language of --lang", () => {
    const m = JSON.parse(run("machine", "2021", "urban-planning", "--json").stdout ?? "");
    const start = m.states.find((s: { kind?: string }) => s.kind === "initial");
    const ko = (run("machine", "2021", "urban-planning", "--lang", "ko").stdout ?? "").split("\n");
    const en = (run("machine", "2021", "urban-planning").stdout ?? "").split("\n");
    const line = (lines: string[]) => lines.find((l) => l.startsWith(`  ${start.id} `)) ?? "";
    expect(line(en)).toContain(`${start.staff.en} (start)`);
    expect(line(ko)).toContain(`${start.staff.ko} (시작)`);
    expect(line(ko)).not.toContain("(start)");
  });
  it("lists the machine's notes, in Korean from the note catalogue with --lang ko (docs/cli.md)", () => {
    const m = JSON.parse(run("machine", "2022", "urban-planning", "--json").stdout ?? "");
    const notes: string[] = m.notes;
    expect(notes.length).toBeGreaterThan(0);
    const en = run("machine", "2022", "urban-planning").stdout ?? "";
    const ko = run("machine", "2022", "urban-planning", "--lang", "ko").stdout ?? "";
    expect(en).toContain("\nNotes:\n");
    expect(ko).toContain("\n참고:\n");
    for (const n of notes) {
      expect(en).toContain(`  - ${n}`);
      expect(koreanNote(n)).not.toBe(n);
      expect(ko).toContain(`  - ${koreanNote(n)}`);
    }
  });
});

describe("more options and fields", () => {
  it("schedule refuses --months 0: the help says whole months, 1-36", () => {
    const r = run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--months", "0");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain("INVALID_OPTIONS");
    expect(r.stderr).toContain("--months");
    expect(r.stderr).toContain("1-36");
    expect(run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--months", "1").exitCode).toBe(0);
  });
  it("money split --json pairs each ratio with its share", () => {
    const j = JSON.parse(run("money", "split", "600000000", "30", "40", "30", "--json").stdout ?? "");
    expect(j.shares.map((s: { ratio: string }) => s.ratio)).toEqual(["30", "40", "30"]);
    expect(j.shares.map((s: { value: { amount: string } }) => s.value.amount)).toEqual([
      "180000000",
      "240000000",
      "180000000",
    ]);
  });
});

describe("stats", () => {
  it("says when the cumulative data misses projects, and not when it has them all", () => {
    const all = JSON.parse(run("stats", "--json").stdout ?? "").cumulative;
    const first = JSON.parse(run("stats", "2020", "--json").stdout ?? "").cumulative;
    const cases = [
      [[], all.complete],
      [["2020"], first.complete],
    ] as const;
    expect(cases.map(([, c]) => c)).toContain(false);
    for (const [years, complete] of cases) {
      const en = run("stats", ...years).stdout ?? "";
      const ko = run("stats", ...years, "--lang", "ko").stdout ?? "";
      expect(en.includes(" (some projects not known)")).toBe(!complete);
      expect(ko.includes(" (일부 사업 미확인)")).toBe(!complete);
    }
  });
});

describe("check", () => {
  it("counts the inputs that are not valid applications on stderr, in the singular for one", () => {
    const one = run("check", "bad1.json", "--on", "2024-04-01");
    expect(one.exitCode).toBe(2);
    expect(one.stderr).toMatch(/^kcity: INVALID_INPUT: .*\b1 input is not a valid application/);
    const two = run("check", "bad2.json", "--on", "2024-04-01");
    expect(two.exitCode).toBe(2);
    expect(two.stderr).toMatch(/^kcity: INVALID_INPUT: .*\b2 inputs are not a valid application/);
    expect(JSON.parse(run("check", "bad2.json", "--json").stderr ?? "").error.details.invalid).toBe(2);
  });
});

describe("a few more", () => {
  it("check says the edition a rolled-over proposal is considered for, in the language of --lang", () => {
    const en = run("check", "rolls.json");
    expect(en.exitCode).toBe(0);
    expect(en.stdout?.split("\n")[0]).toMatch(/: ELIGIBLE \(considered for 2025\)$/);
    const ko = run("check", "rolls.json", "--lang", "ko").stdout?.split("\n")[0];
    expect(ko).toMatch(/: 신청 가능 \(2025년 심사\)$/);
  });
  it("timeline --lang ko marks planned entries in Korean", () => {
    const entries = JSON.parse(run("timeline", "2021", "--json").stdout ?? "").entries;
    const planned = entries.filter((e: { planned?: boolean }) => e.planned).length;
    expect(planned).toBeGreaterThan(0);
    const ko = run("timeline", "2021", "--lang", "ko").stdout ?? "";
    expect(ko.split(" (예정)").length - 1).toBe(planned);
    expect(ko).not.toContain("(planned)");
    expect((run("timeline", "2021").stdout ?? "").split(" (planned)").length - 1).toBe(planned);
  });
  it("schedule --calendar-days keeps due days on weekends and holidays (docs/timelines.md)", () => {
    const days = (...extra: string[]) =>
      JSON.parse(
        run("schedule", "2021-ke-nairobi", "--start", "2021-08-02", "--json", ...extra).stdout ?? "",
      ).schedule.milestones.map((m: { due: string }) => m.due as string);
    const weekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
    const moved = days();
    const kept = days("--calendar-days");
    expect(moved.some(weekend)).toBe(false);
    expect(kept.some(weekend)).toBe(true);
  });
});
