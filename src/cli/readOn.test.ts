import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeReceived, isKcnError } from "../errors.js";
import { dateFault, isKoreaDay, readOn, seoulTime } from "./readOn.js";
import { runCli } from "./run.js";
import type { CliArgs, CliContext } from "./types.js";

const ctx: CliContext = {
  readFile: (path) => readFileSync(join("examples", path), "utf8"),
  now: () => new Date("2026-11-27T00:00:00Z"),
};
const args = (on: string, lang: "en" | "ko" = "en"): CliArgs => ({
  positionals: [],
  options: { on },
  lang,
  json: false,
});
const runs = { numRuns: Number(process.env["FUZZ_RUNS"] ?? 300) };

const HOUR = 3_600_000;
/** The first instant of the year 1000 in Seoul, and the first of the year 10000. */
const FIRST = Date.UTC(1000, 0, 1) - 9 * HOUR;
const AFTER = Date.UTC(10000, 0, 1) - 9 * HOUR;

/** The refusal readOn throws for `on`, or undefined when it reads it. */
function refusal(
  on: string,
): { code: string; message: string; details: Record<string, unknown> } | undefined {
  try {
    readOn(args(on), ctx);
    return undefined;
  } catch (e) {
    if (!isKcnError(e)) throw e;
    return { code: e.code, message: e.message, details: { ...e.details } };
  }
}

/** A year written as ISO 8601 does in a date-time of four digits. */
const four = (n: number) => String(n).padStart(4, "0");
const two = (n: number) => String(n).padStart(2, "0");

/**
 * An instant written with an offset (`+hh:mm`, `-hh:mm` or `Z`), or undefined when its wall-clock
 * time at that offset has no four-digit year (an ISO 8601 date-time without an expanded year).
 */
function written(ms: number, offsetMinutes: number, z: boolean): string | undefined {
  const local = new Date(ms + offsetMinutes * 60_000);
  const y = local.getUTCFullYear();
  if (y < 0 || y > 9999) return undefined;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 && z ? "Z" : `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  return `${four(y)}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}.${String(local.getUTCMilliseconds()).padStart(3, "0")}${offset}`;
}

const DAY = 24 * HOUR;
const instant = fc.oneof(
  // anywhere an ISO 8601 date-time with a four-digit year can fall
  fc.integer({ min: -62_167_219_200_000 - 2 * DAY, max: 253_402_300_799_999 + 2 * DAY }),
  // near the edges of the years 1000-9999 in Seoul
  fc.integer({ min: FIRST - 2 * DAY, max: FIRST + 2 * DAY }),
  fc.integer({ min: AFTER - 2 * DAY, max: AFTER + 2 * DAY }),
  fc.constantFrom(FIRST - 1, FIRST, AFTER - 1, AFTER),
);
const offset = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });

describe("readOn", () => {
  it("refuses an instant outside the years 1000-9999 in Seoul, naming --on and the value", () => {
    const late = refusal("9999-12-31T23:00:00-09:00");
    expect(late).toEqual({
      code: "INVALID_DATE",
      message:
        'Expected --on to fall in the years 1000-9999 in Seoul, received "9999-12-31T23:00:00-09:00": it is 10000-01-01 17:00 in Seoul, after the year 9999',
      details: {
        // the value as typed, as every option's refusal gives it (--start, --met, --value-date)
        option: "--on",
        received: "9999-12-31T23:00:00-09:00",
        years: [1000, 9999],
        reason: {
          en: "it is 10000-01-01 17:00 in Seoul, after the year 9999",
          ko: "서울 시간으로 10000-01-01 17:00이라 9999년보다 뒤입니다",
        },
      },
    });
    expect(refusal("1000-01-01T00:00:00+14:00")?.message).toBe(
      'Expected --on to fall in the years 1000-9999 in Seoul, received "1000-01-01T00:00:00+14:00": it is 0999-12-31 19:00 in Seoul, before the year 1000',
    );
    // the first and the last minute of those years in Seoul are read
    expect(readOn(args("1000-01-01T00:00+09:00"), ctx).toISOString()).toBe("0999-12-31T15:00:00.000Z");
    expect(readOn(args("0999-12-31T15:00:00Z"), ctx).toISOString()).toBe("0999-12-31T15:00:00.000Z");
    expect(refusal("0999-12-31T14:59:59.999Z")?.code).toBe("INVALID_DATE");
    expect(readOn(args("9999-12-31T14:59:59.999Z"), ctx).toISOString()).toBe("9999-12-31T14:59:59.999Z");
    expect(refusal("9999-12-31T15:00:00Z")?.code).toBe("INVALID_DATE");
    // as far back as an ISO 8601 date-time goes: a year before 0 is written with its sign
    expect(refusal("0000-01-01T00:00-23:59")?.message).toContain(": it is 0000-01-02 08:59 in Seoul");
    expect(refusal("0000-01-01T00:00+23:59")?.message).toContain(": it is -0001-12-31 09:01 in Seoul");
  });

  it("writes every instant in the years 1000-9999 in Seoul as YYYY-MM-DD HH:MM, and refuses any other", () => {
    fc.assert(
      fc.property(instant, offset, fc.boolean(), (ms, off, z) => {
        const on = written(ms, off, z);
        fc.pre(on !== undefined);
        const seoul = new Date(ms + 9 * HOUR);
        const year = seoul.getUTCFullYear();
        const r = refusal(on as string);
        if (year >= 1000 && year <= 9999) {
          expect(r, on).toBeUndefined();
          const at = readOn(args(on as string), ctx);
          expect(at.getTime()).toBe(ms);
          const iso = seoul.toISOString();
          expect(seoulTime(at)).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 16)} KST`);
          expect(seoulTime(at, "ko")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}\(한국 시간\)$/);
        } else {
          expect(r?.code, on).toBe("INVALID_DATE");
          expect(r?.details["option"]).toBe("--on");
          expect(r?.details["received"]).toBe(on);
          expect(r?.message).toContain(`received ${describeReceived(on)}: it is `);
          expect(r?.message).toContain(year < 1000 ? "before the year 1000" : "after the year 9999");
        }
      }),
      runs,
    );
  });

  it("refuses it the same in every command that reads --on, in English and Korean, and in JSON", () => {
    const on = ["--on", "9999-12-31T23:00:00-09:00"];
    for (const argv of [
      ["status", "2024", ...on],
      ["deadlines", ...on],
      ["schedule", "2021-ke-nairobi", "--start", "2021-08-02", ...on],
      ["check", "draft.json", ...on],
      ["eligible", "consortium.json", "2024", ...on],
    ]) {
      const out = runCli(argv, ctx);
      expect(out.exitCode, argv.join(" ")).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr, argv.join(" ")).toBe(
        'kcity: INVALID_DATE: Not a valid date. Expected --on to fall in the years 1000-9999 in Seoul, received "9999-12-31T23:00:00-09:00": it is 10000-01-01 17:00 in Seoul, after the year 9999\n',
      );
      const ko = runCli([...argv, "--lang", "ko"], ctx);
      expect(ko.stderr).toContain(
        '받은 값 "9999-12-31T23:00:00-09:00": 서울 시간으로 10000-01-01 17:00이라 9999년보다 뒤입니다\n',
      );
      const json = JSON.parse(runCli([...argv, "--json"], ctx).stderr ?? "");
      expect(json.error.code).toBe("INVALID_DATE");
      expect(json.error.details.option).toBe("--on");
    }
    // the low end alike: a day before 1000 and an instant before 1000 in Seoul
    expect(runCli(["status", "2024", "--on", "1000-01-01T00:00:00+14:00"], ctx).stderr).toContain(
      "it is 0999-12-31 19:00 in Seoul, before the year 1000",
    );
    expect(runCli(["status", "2024", "--on", "0999-12-31"], ctx).stderr).toContain(
      "Year 0999 is before 1000",
    );
    expect(runCli(["status", "2024", "--on", "1000-01-01T00:00:00+09:00"], ctx).stdout.split("\n")[0]).toBe(
      "As of 1000-01-01 00:00 KST",
    );
  });
});

describe("seoulTime", () => {
  it("writes a year outside 1000-9999 whole, never as toISOString does (+010000-01-01T...)", () => {
    expect(seoulTime(new Date("9999-12-31T23:00:00-09:00"))).toBe("10000-01-01 17:00 KST");
    expect(seoulTime(new Date("1000-01-01T00:00:00+14:00"), "ko")).toBe("0999-12-31 19:00(한국 시간)");
    expect(seoulTime(new Date("2024-04-29T15:30:00Z"))).toBe("2024-04-30 00:30 KST");
  });
});

describe("isKoreaDay and dateFault", () => {
  it("take a day that exists in the years 1000-9999, and say why another date is none", () => {
    expect(isKoreaDay("2024-02-29")).toBe(true);
    expect(isKoreaDay("1000-01-01")).toBe(true);
    expect(isKoreaDay("9999-12-31")).toBe(true);
    for (const no of ["2021-02-30", "0999-12-31", "0000-01-01", "2021-13-01", "2021-08", "2021", "x", ""]) {
      expect(isKoreaDay(no), no).toBe(false);
    }
    expect(dateFault("2021-02-30")).toEqual({
      en: "Day 30 does not exist in 2021-02 (it has 28 days)",
      ko: "2021년 2월에는 30일이 없습니다(28일까지)",
    });
    expect(dateFault("0000-01-01")?.en).toBe("Year 0000 is before 1000");
    expect(dateFault("2021-13-01T10:00")?.en).toBe("Month 13 is not between 01 and 12");
    // no fault in the date itself: the caller says what shape it expects
    expect(dateFault("2021-08-02")).toBeUndefined();
    expect(dateFault("2021-08-02T10:00")).toBeUndefined();
    expect(dateFault("soon")).toBeUndefined();
  });
});

describe("the refusals of a day option, the same way for --on, --start, --met and --value-date", () => {
  it("say in Korean that an --on outside the years 1000-9999 in Seoul is out of range, not of the wrong form", () => {
    const late = runCli(["status", "--on", "9999-12-31T23:00-09:00", "--lang", "ko"], ctx);
    expect(late.exitCode).toBe(2);
    expect(late.stderr).toBe(
      'kcity: INVALID_DATE: 올바른 날짜가 아닙니다. --on은 서울 시간으로 1000~9999년 사이여야 합니다. 받은 값 "9999-12-31T23:00-09:00": 서울 시간으로 10000-01-01 17:00이라 9999년보다 뒤입니다\n',
    );
    const early = runCli(["status", "--on", "1000-01-01T00:00:00+14:00", "--lang", "ko", "--json"], ctx);
    expect(JSON.parse(early.stderr ?? "").error.message).toBe(
      '--on은 서울 시간으로 1000~9999년 사이여야 합니다. 받은 값 "1000-01-01T00:00:00+14:00": 서울 시간으로 0999-12-31 19:00이라 1000년보다 앞입니다',
    );
    // a date that is not one keeps the message of the forms --on takes
    expect(runCli(["status", "--on", "2021-02-29", "--lang", "ko"], ctx).stderr).toContain(
      '--on에는 한국 날짜(YYYY-MM-DD), 한국 시각(YYYY-MM-DDTHH:MM) 또는 오프셋이 있는 ISO 8601 날짜·시각이 필요합니다. 받은 값 "2021-02-29": 2021년 2월에는 29일이 없습니다(28일까지)',
    );
  });
  it("give the code INVALID_DATE, the value as typed in details.received, and join the reason with ': ' in Korean", () => {
    const day = "2021-02-29";
    const cases: readonly (readonly [readonly string[], string, string])[] = [
      [["status", "--on", day], "--on", day],
      [["schedule", "2021-ke-nairobi", "--start", day], "--start", day],
      [
        [
          "schedule",
          "2021-ke-nairobi",
          "--start",
          "2021-08-02",
          "--on",
          "2022-01-01",
          "--met",
          `kickoff=${day}`,
        ],
        "--met",
        `kickoff=${day}`,
      ],
      [
        [
          "money",
          "convert",
          "1000",
          "--currency",
          "USD",
          "--rate",
          "1300",
          "--rounding",
          "half-even",
          "--value-date",
          day,
        ],
        "--value-date",
        day,
      ],
    ];
    for (const [argv, option, received] of cases) {
      const { error } = JSON.parse(runCli([...argv, "--json"], ctx).stderr ?? "");
      // one code for a date that is none, whichever option took it (a program watches one code)
      expect(error.code, option).toBe("INVALID_DATE");
      expect(error.details.option, option).toBe(option);
      expect(error.details.received, option).toBe(received);
      expect(error.details.reason.en).toBe("Day 29 does not exist in 2021-02 (it has 28 days)");
      const ko = runCli([...argv, "--lang", "ko"], ctx).stderr ?? "";
      expect(ko, option).toContain(`받은 값 "${day}": 2021년 2월에는 29일이 없습니다(28일까지)\n`);
      // each option says what it takes: only --on takes a time too
      expect(ko.includes("한국 시각(YYYY-MM-DDTHH:MM)"), option).toBe(option === "--on");
      expect(runCli(argv, ctx).stderr, option).toContain(
        `received "${day}": Day 29 does not exist in 2021-02 (it has 28 days)\n`,
      );
    }
    // a long --on is cut in the message, whole in the details, and its length said in Korean
    const long = "x".repeat(300);
    const { error } = JSON.parse(runCli(["status", "--on", long, "--json"], ctx).stderr ?? "");
    expect(error.details.received).toBe(long);
    expect(error.message).toContain(`received "${"x".repeat(60)}… (300 characters)"`);
    expect(runCli(["status", "--on", long, "--lang", "ko"], ctx).stderr).toContain(
      `받은 값 "${"x".repeat(60)}… (300자)"\n`,
    );
  });
});
