import { type Lang, langOf } from "../core/label.js";
import { type PartialDateInput, readPartialDate } from "./partialDate.js";
import { pad } from "./seoulDays.js";

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * Formats a partial date for people, keeping its precision: `"2021"`, `"June 2021"`,
 * `"22 June 2021"`, `"10 February 2026, 17:00 KST"` in English; `"2021년"`, `"2021년 6월"`,
 * `"2021년 6월 22일"`, `"2026년 2월 10일 17:00(한국 시간)"` in Korean.
 *
 * @param date - the partial date or its text
 * @param lang - `"en"` (default) or `"ko"`
 * @returns the text
 * @throws {@link KcnError} `INVALID_DATE` when `date` is not a valid partial date; `INVALID_OPTIONS`
 *   when `lang` is neither `"en"` nor `"ko"`
 * @example
 * ```ts
 * formatPartialDate("2021-06", "en"); //=> "June 2021"
 * formatPartialDate("2021-06", "ko"); //=> "2021년 6월"
 * formatPartialDate("2021-06-22", "en"); //=> "22 June 2021"
 * ```
 * @category Timeline
 */
export function formatPartialDate(date: PartialDateInput, lang: Lang = "en"): string {
  const d = readPartialDate(date);
  if (langOf(lang) === "ko") {
    if (d.kind === "year") return `${d.year}년`;
    if (d.kind === "month") return `${d.year}년 ${d.month}월`;
    if (d.kind === "day") return `${d.year}년 ${d.month}월 ${d.day}일`;
    return `${d.year}년 ${d.month}월 ${d.day}일 ${pad(d.hour, 2)}:${pad(d.minute, 2)}(한국 시간)`;
  }
  if (d.kind === "year") return String(d.year);
  const month = MONTHS_EN[d.month - 1];
  if (d.kind === "month") return `${month} ${d.year}`;
  if (d.kind === "day") return `${d.day} ${month} ${d.year}`;
  return `${d.day} ${month} ${d.year}, ${pad(d.hour, 2)}:${pad(d.minute, 2)} KST`;
}
