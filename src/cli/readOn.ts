import type { Label, Lang } from "../core/label.js";
import { describeReceived, KcnError } from "../errors.js";
import { readInstant } from "../timeline/instant.js";
import { safeParsePartialDate } from "../timeline/partialDate.js";
import type { CliArgs, CliContext, CliOptionSpec } from "./types.js";

const SEOUL_MS = 9 * 3_600_000;
/** The years a date may fall in, in Seoul (as a partial date's). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
/** The first instant of the year 1000 in Seoul, and the first of the year 10000. */
const FIRST_MS = Date.UTC(FIRST_YEAR, 0, 1) - SEOUL_MS;
const AFTER_MS = Date.UTC(LAST_YEAR + 1, 0, 1) - SEOUL_MS;

/**
 * Whether a text is a day in Korea as the options that take one read it (`--start`, `--met`,
 * `--value-date`): `YYYY-MM-DD`, a day that exists, in the years 1000-9999 that partial dates and
 * `--on` cover.
 */
export function isKoreaDay(text: string): boolean {
  const read = safeParsePartialDate(text);
  return read.ok && read.value.kind === "day";
}

/**
 * Why the date a text starts with is no date, in English and Korean: a day that does not exist
 * (`2021-02-30`), a month 13, a year before 1000; `undefined` when it has no such fault (it is a
 * day, or not shaped as a date at all).
 */
export function dateFault(text: string): Label | undefined {
  const day = /^\d{4}-\d{2}(?:-\d{2})?/.exec(text)?.[0];
  const read = day === undefined ? undefined : safeParsePartialDate(day);
  return read !== undefined && !read.ok ? read.issues[0]?.message : undefined;
}

/** `: <the fault>` in `lang` for a {@link dateFault}, else "". */
export function faultText(fault: Label | undefined, lang: Lang): string {
  return fault === undefined ? "" : `: ${fault[lang]}`;
}

/**
 * Refuses the day of an option that takes one (`--start`, `--met`, `--value-date`): `INVALID_DATE`,
 * as `--on` is refused, with the message in the user's language and in the details the option, the
 * value as typed and the reason the date is none (a day that does not exist, a year before 1000),
 * when it has one.
 *
 * @param args - the command's arguments (their `lang` picks the message)
 * @param option - the option as typed, `--start`
 * @param received - the value as typed (`kickoff=2021-02-30` for `--met`)
 * @param reason - why the date is none ({@link dateFault}), if it says
 * @param en - the message in English
 * @param ko - the message in Korean
 * @throws {@link KcnError} `INVALID_DATE`, always
 */
export function refuseDay(
  args: CliArgs,
  option: string,
  received: string,
  reason: Label | undefined,
  en: string,
  ko: string,
): never {
  throw new KcnError("INVALID_DATE", args.lang === "ko" ? ko : en, {
    option,
    received,
    ...(reason ? { reason } : {}),
  });
}

/**
 * Reads `--on` (`status`, `deadlines`, `check`, `schedule`): a day (`2021-04-19`, taken as 00:00
 * that day in Seoul), a Seoul time (`2021-04-19T23:00`), or an ISO 8601 instant with an offset;
 * `ctx.now()` when absent. An instant whose time in Seoul falls outside the years 1000-9999 is
 * refused, as a day outside them is (`details.years` is `[1000, 9999]`). A refusal names `--on`, the
 * option the user typed, and gives the value as typed in `details.received`, as every option's
 * refusal does (`--start`, `--met`, `--value-date`); its message quotes it.
 */
export function readOn(args: CliArgs, ctx: CliContext): Date {
  const on = args.options["on"];
  if (on === undefined) return ctx.now();
  if (typeof on !== "string") throw new KcnError("INVALID_DATE", "Expected --on <date>", { option: "--on" });
  // a Seoul time may carry seconds (2024-04-30T18:00:30), which partial dates do not
  const withSeconds = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}):([0-5]\d)$/.exec(on);
  const partial = safeParsePartialDate(withSeconds ? (withSeconds[1] as string) : on);
  if (partial.ok && (partial.value.kind === "day" || partial.value.kind === "minute")) {
    const d = partial.value;
    const [h, mi] = d.kind === "minute" ? [d.hour, d.minute] : [0, 0];
    return new Date(Date.UTC(d.year, d.month - 1, d.day, h - 9, mi, Number(withSeconds?.[2] ?? 0)));
  }
  if (partial.ok) {
    throw new KcnError(
      "INVALID_DATE",
      `Expected --on to be a day (YYYY-MM-DD) or a date-time, received the ${partial.value.kind} ${describeReceived(on)}`,
      { option: "--on", received: on },
    );
  }
  let ms: number;
  try {
    ms = readInstant(on, "--on");
  } catch {
    // the library names the instants it reads; the CLI also reads a Korea day and a Seoul time.
    // When the date it starts with is the fault (a day that does not exist, a month 13, a year
    // before 1000), it says so, whatever follows the date.
    const why = dateFault(on);
    throw new KcnError(
      "INVALID_DATE",
      `Expected --on to be a day in Korea (YYYY-MM-DD), a Seoul time (YYYY-MM-DDTHH:MM) or an ISO 8601 date-time with an offset, received ${describeReceived(on)}${faultText(why, "en")}`,
      { option: "--on", received: on, ...(why ? { reason: why } : {}) },
    );
  }
  // an instant with an offset may fall in another year in Seoul than the one it is written in
  // (9999-12-31T23:00-09:00 is 10000-01-01 17:00 in Seoul): the years are those of a day
  if (ms < FIRST_MS || ms >= AFTER_MS) {
    const clock = seoulClock(new Date(ms));
    const why: Label =
      ms < FIRST_MS
        ? {
            en: `it is ${clock} in Seoul, before the year 1000`,
            ko: `서울 시간으로 ${clock}이라 1000년보다 앞입니다`,
          }
        : {
            en: `it is ${clock} in Seoul, after the year 9999`,
            ko: `서울 시간으로 ${clock}이라 9999년보다 뒤입니다`,
          };
    throw new KcnError(
      "INVALID_DATE",
      `Expected --on to fall in the years ${FIRST_YEAR}-${LAST_YEAR} in Seoul, received ${describeReceived(on)}: ${why.en}`,
      { option: "--on", received: on, years: [FIRST_YEAR, LAST_YEAR], reason: why },
    );
  }
  return new Date(ms);
}

/** `--on <date>`, read by {@link readOn}; `purpose` says what the date is for in each language. */
export function onOption(purpose?: { readonly en: string; readonly ko: string }): CliOptionSpec {
  return {
    type: "string",
    description: {
      en: `${purpose ? `${purpose.en}: ` : ""}the date (YYYY-MM-DD in Korea, or an ISO date-time)`,
      ko: `${purpose ? `${purpose.ko}: ` : ""}기준 날짜 (한국 날짜 YYYY-MM-DD 또는 ISO 날짜·시각)`,
    },
  };
}

/**
 * An instant as Seoul wall-clock time, `YYYY-MM-DD HH:MM`, from its parts: a year before 1000 keeps
 * four digits (`0999`), one after 9999 is written whole (`10000`), never as `toISOString` writes it
 * (`+010000-01-01T…`).
 */
function seoulClock(date: Date): string {
  const d = new Date(date.getTime() + SEOUL_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  const y = d.getUTCFullYear();
  const year = `${y < 0 ? "-" : ""}${String(Math.abs(y)).padStart(4, "0")}`;
  return `${year}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/**
 * An instant as Seoul wall-clock time for text output: `2024-04-30 00:00 KST` in English,
 * `2024-04-30 00:00(한국 시간)` in Korean. The day a user typed with `--on` reads back as that day
 * (JSON output keeps the ISO 8601 instant).
 */
export function seoulTime(date: Date, lang: Lang = "en"): string {
  const time = seoulClock(date);
  return lang === "ko" ? `${time}(한국 시간)` : `${time} KST`;
}

/**
 * A Korean text with its Seoul times said in Korean: `2024-03-25 10:00 KST` becomes
 * `2024-03-25 10:00(한국 시간)`, and in parentheses `(2024-03-25 10:00 KST)` becomes
 * `(2024-03-25 10:00, 한국 시간)`. (The library's eligibility messages write the English "KST".)
 */
export function koreaTimeKo(text: string): string {
  return text
    .replace(/\((\d{4}-\d{2}-\d{2} \d{2}:\d{2}) KST\)/g, "($1, 한국 시간)")
    .replace(/(\d{4}-\d{2}-\d{2} \d{2}:\d{2}) KST/g, "$1(한국 시간)");
}
