import type { Fact } from "../../src/core/fact.js";
import { listEditions } from "../../src/programs/index.js";
import {
  CALL_STATUS_LABELS,
  editionCalendar,
  formatPartialDate,
  isKoreanBusinessDay,
  KOREAN_HOLIDAY_COVERAGE,
  koreanBusinessDaysBetween,
  koreanHolidaysIn,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
} from "../../src/timeline/index.js";
import { grade } from "../docTables.js";

/** A day of the data, "not known", or marked when it is inferred or machine-translated. */
function day(f: Fact<string>): string {
  return f.known ? `${f.value}${grade(f.reliability)}` : "not known";
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export const generators = {
  "timeline-calendar-2021": (): string =>
    [
      "| date | precision | milestone | sub-program | sources |",
      "| --- | --- | --- | --- | --- |",
      ...editionCalendar(2021).map(
        (e) =>
          `| ${formatPartialDate(e.date)} | ${e.precision} | ${cell(e.label.en)} | ${e.subProgramId ?? "all"} | ${e.sources.join(", ")}${grade(e.reliability)} |`,
      ),
    ].join("\n"),
  "timeline-call-windows": (): string =>
    [
      "| edition | sub-program | intake | opens | closes / cutoff | results |",
      "| --- | --- | --- | --- | --- | --- |",
      ...listEditions().flatMap((ed) =>
        ed.subPrograms.map((sp) => {
          const i = sp.intake;
          const end = i.kind === "call" ? i.closes : i.cutoff;
          const results = editionCalendar(ed.year).find(
            (e) =>
              e.kind === "results-announced" && (e.subProgramId === undefined || e.subProgramId === sp.id),
          );
          const resultText =
            results === undefined ? "not known" : `${results.date}${results.planned ? " (planned)" : ""}`;
          return `| ${ed.year} | \`${sp.id}\` | ${i.kind === "rolling" ? `rolling (then ${i.rollsOverTo})` : "call"} | ${day(i.opens)} | ${day(end)} | ${resultText} |`;
        }),
      ),
    ].join("\n"),
  "timeline-holiday-years": (): string => {
    const rows: string[] = [];
    for (let y = KOREAN_HOLIDAY_COVERAGE.first; y <= KOREAN_HOLIDAY_COVERAGE.last; y++) {
      const hs = koreanHolidaysIn(y);
      const subs = hs.filter((h) => h.name.ko.includes("대체공휴일")).map((h) => h.date.slice(5));
      // (1 January, 31 December] plus 1 January itself when it is a business day (never: it is a holiday)
      const business =
        koreanBusinessDaysBetween(`${y}-01-01`, `${y}-12-31`) + (isKoreanBusinessDay(`${y}-01-01`) ? 1 : 0);
      rows.push(`| ${y} | ${hs.length} | ${subs.length > 0 ? subs.join(", ") : "none"} | ${business} |`);
    }
    return [
      `Source: \`${KOREAN_HOLIDAY_COVERAGE.source}\` (MIT), following the official gazette.`,
      "",
      "| year | public holidays | substitute holidays (MM-DD) | business days |",
      "| --- | --- | --- | --- |",
      ...rows,
    ].join("\n");
  },
  "timeline-statuses": (): string =>
    [
      "The statuses of a call (`callStatusAt`):",
      "",
      "| call status | English | 한국어 |",
      "| --- | --- | --- |",
      ...Object.entries(CALL_STATUS_LABELS).map(([code, l]) => `| \`${code}\` | ${l.en} | ${l.ko} |`),
      "",
      "The statuses of a milestone (`milestonesAt`, `milestoneStatusAt`) and their OCDS 1.2 milestone status:",
      "",
      "| milestone status | English | 한국어 | OCDS 1.2 |",
      "| --- | --- | --- | --- |",
      ...Object.entries(MILESTONE_STATUSES).map(
        ([code, s]) => `| \`${code}\` | ${s.label.en} | ${s.label.ko} | \`${s.ocds}\` |`,
      ),
      "",
      "The milestones of a project schedule (`planSchedule`) and when each falls due:",
      "",
      "| milestone | English | 한국어 | at (share of the duration) |",
      "| --- | --- | --- | --- |",
      ...MILESTONE_KINDS.map(
        (m) => `| \`${m.kind}\` | ${m.label.en} | ${m.label.ko} | ${Math.round(m.at * 100)}% |`,
      ),
    ].join("\n"),
};
