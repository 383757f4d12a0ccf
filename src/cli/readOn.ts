import type { Lang } from "../core/label.js";
import { describeReceived, KcnError } from "../errors.js";
import { readInstant } from "../timeline/instant.js";
import { safeParsePartialDate } from "../timeline/partialDate.js";
import type { CliArgs, CliContext, CliOptionSpec } from "./types.js";

/**
 * Reads `--on` (`status`, `deadlines`, `check`): a day (`2021-04-19`, taken as 00:00 that day in
 * Seoul), a Seoul time (`2021-04-19T23:00`), or an ISO 8601 instant with an offset; `ctx.now()`
 * when absent. A refusal names `--on`, the option the user typed.
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
      { option: "--on", received: describeReceived(on) },
    );
  }
  try {
    return new Date(readInstant(on, "--on"));
  } catch {
    // the library names the instants it reads; the CLI also reads a Korea day and a Seoul time.
    // When the date it starts with is the fault (a day that does not exist, a month 13, a year
    // before 1000), it says so, whatever follows the date.
    const day = /^\d{4}-\d{2}(?:-\d{2})?/.exec(on)?.[0];
    const dayRead = day === undefined ? undefined : safeParsePartialDate(day);
    const why = dayRead !== undefined && !dayRead.ok ? dayRead.issues[0]?.message : undefined;
    throw new KcnError(
      "INVALID_DATE",
      `Expected --on to be a day in Korea (YYYY-MM-DD), a Seoul time (YYYY-MM-DDTHH:MM) or an ISO 8601 date-time with an offset, received ${describeReceived(on)}${why ? `: ${why.en}` : ""}`,
      { option: "--on", received: describeReceived(on), ...(why ? { reason: why } : {}) },
    );
  }
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
 * An instant as Seoul wall-clock time for text output: `2024-04-30 00:00 KST` in English,
 * `2024-04-30 00:00(한국 시간)` in Korean. The day a user typed with `--on` reads back as that day
 * (JSON output keeps the ISO 8601 instant).
 */
export function seoulTime(date: Date, lang: Lang = "en"): string {
  const iso = new Date(date.getTime() + 9 * 3_600_000).toISOString();
  const time = `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
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
