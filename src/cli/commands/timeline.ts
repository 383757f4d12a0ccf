import type { Lang } from "../../core/label.js";
import { koreanNote } from "../../i18n/notes.js";
import { getEdition } from "../../programs/getEdition.js";
import { getSubProgram } from "../../programs/getSubProgram.js";
import { listEditions } from "../../programs/listEditions.js";
import { callStatusAt } from "../../timeline/callStatusAt.js";
import { editionCalendar } from "../../timeline/editionCalendar.js";
import { formatPartialDate } from "../../timeline/formatPartialDate.js";
import { toICalendar } from "../../timeline/toICalendar.js";
import { upcomingDeadlines } from "../../timeline/upcomingDeadlines.js";
import { jsonText } from "../json.js";
import { subProgramText, unsureGrade } from "../names.js";
import { onOption, readOn, seoulTime } from "../readOn.js";
import { readYear } from "../readYear.js";
import { displayWidth, padEndColumns } from "../text.js";
import type { CliCommand } from "../types.js";
import { scheduleCommand } from "./schedule.js";

const json = (value: unknown): string => jsonText(value, 2);

const ON_OPTION = onOption();

/** The sub-program an entry is about: `  [overseas-demonstration]`, in Korean `  [해외실증형 (overseas-demonstration)]`. */
function tag(year: number, sp: string | undefined, lang: Lang): string {
  return sp === undefined ? "" : `  [${subProgramText(year, sp, lang)}]`;
}

const timeline: CliCommand = {
  name: "timeline",
  usage: "<year> [--ics]",
  usageKo: "<연도> [--ics]",
  summary: {
    en: "The dated milestones of an edition, as precise as the sources (Korea time)",
    ko: "연도별 사업 일정 (출처가 밝힌 정밀도 그대로, 한국 시간)",
  },
  options: {
    ics: {
      type: "boolean",
      description: {
        en: "print an iCalendar (RFC 5545) file instead",
        ko: "일정표 대신 iCalendar(RFC 5545) 파일로 출력",
      },
    },
  },
  run(args) {
    const year = readYear(args.positionals[0]);
    const cal = editionCalendar(year);
    if (args.options["ics"] === true) {
      const name = args.lang === "ko" ? `K-City 네트워크 ${year}` : `K-City Network ${year}`;
      // the data's notes are English; in Korean, the event descriptions carry their Korean text
      const items =
        args.lang === "ko"
          ? cal.map((e) => (e.note === undefined ? e : { ...e, note: koreanNote(e.note) }))
          : cal;
      const ics = toICalendar(items, { lang: args.lang, name });
      // --json keeps its promise: the calendar as a JSON string
      return { exitCode: 0, stdout: args.json ? json({ year, ics }) : ics };
    }
    if (args.json) return { exitCode: 0, stdout: json({ year, entries: cal }) };
    const dates = cal.map((e) => formatPartialDate(e.date, args.lang));
    const width = Math.max(...dates.map(displayWidth), 0);
    const lines = cal.map((e, i) => {
      const planned = e.planned ? (args.lang === "ko" ? " (예정)" : " (planned)") : "";
      // a date that rests on a machine translation or an inference says so beside its sources
      const grade = unsureGrade(e.reliability, args.lang);
      const cited = [...e.sources, ...(grade ? [grade] : [])].join(", ");
      return `${padEndColumns(dates[i] ?? "", width)}  ${e.label[args.lang]}${planned}${tag(e.year, e.subProgramId, args.lang)}  (${cited})`;
    });
    const title =
      args.lang === "ko"
        ? `K-City 네트워크 ${year}년 일정 (한국 시간)`
        : `K-City Network ${year} calendar (Korea time)`;
    return { exitCode: 0, stdout: `${title}\n${lines.join("\n")}\n` };
  },
};

const status: CliCommand = {
  name: "status",
  usage: "[<year>] [--on D]",
  usageKo: "[<연도>] [--on <날짜>]",
  summary: {
    en: "Whether each call is forthcoming, open, closed, has results or is unknown, on a date (default: now)",
    ko: "날짜 기준 공모 상태 (접수 예정, 접수 중, 접수 마감, 결과 발표, 알 수 없음; 기본: 현재)",
  },
  options: { on: ON_OPTION },
  run(args, ctx) {
    const asOf = readOn(args, ctx);
    const editions =
      args.positionals[0] !== undefined ? [getEdition(readYear(args.positionals[0]))] : listEditions();
    const all = editions.flatMap((e) => e.subPrograms.map((sp) => callStatusAt(e.year, sp.id, asOf)));
    if (args.json) return { exitCode: 0, stdout: json({ asOf: asOf.toISOString(), statuses: all }) };
    // "a proposal now counts for 2025" makes sense until that edition's year is over
    const seoulYear = Number(seoulTime(asOf).slice(0, 4));
    // "now" is the reference date only when no --on is given; a date given is "then"
    const given = args.options["on"] !== undefined;
    const when = args.lang === "ko" ? (given ? "이 시점에" : "지금") : given ? "made then" : "now";
    // in Korean the sub-program's name first, its id in parentheses, in a column as wide as the widest
    const names = all.map((s) => subProgramText(s.year, s.subProgramId, args.lang));
    const width = args.lang === "ko" ? Math.max(0, ...names.map(displayWidth)) : 30;
    // a status that rests on a boundary day the data infers or has from a machine translation only
    // (the 2026 demonstration call's opening, the 2021 call's closing): the day and its grade
    const graded = all.map((s) => {
      const intake = getSubProgram(s.year, s.subProgramId).intake;
      const end = intake.kind === "call" ? intake.closes : undefined;
      const days = [
        ...(s.status === "forthcoming" || s.status === "open" ? [intake.opens] : []),
        ...(end && (s.status === "open" || s.status === "closed") ? [end] : []),
      ];
      const f = days.find((d) => d.known && unsureGrade(d.reliability, args.lang) !== undefined);
      return f?.known ? `${f.value} (${unsureGrade(f.reliability, args.lang)})` : undefined;
    });
    const lines = all.map((s, i) => {
      const rolls =
        s.countsForEdition !== undefined && seoulYear <= s.countsForEdition
          ? args.lang === "ko"
            ? ` (${when} 제안하면 ${s.countsForEdition}년 지원 대상)`
            : ` (a proposal ${when} counts for ${s.countsForEdition})`
          : "";
      return `${s.year}  ${padEndColumns(names[i] as string, width)}  ${s.label[args.lang]}${s.approximate ? " ~" : ""}${graded[i] ? " †" : ""}${rolls}`;
    });
    const head = args.lang === "ko" ? `기준 시각 ${seoulTime(asOf, "ko")}` : `As of ${seoulTime(asOf)}`;
    // the legend of "~", when a line carries it
    if (all.some((s) => s.approximate)) {
      lines.push(
        args.lang === "ko"
          ? "~ 근사치: 접수 시작·마감일이 월 단위로만 알려졌거나 알려지지 않아, 정확한 날짜가 확인되면 상태가 바뀔 수 있음"
          : "~ approximate: a boundary date is known only to the month or not at all; the exact date could change it",
      );
    }
    // the legend of "†", with the days it stands for
    const marked = [...new Set(graded.filter((g) => g !== undefined))];
    if (marked.length > 0) {
      lines.push(
        args.lang === "ko"
          ? `† 출처에서 확정되지 않은 날짜에 따라 달라지는 상태: ${marked.join(", ")}`
          : `† the status depends on a boundary day the sources do not state firmly: ${marked.join(", ")}`,
      );
    }
    return { exitCode: 0, stdout: `${head}\n${lines.join("\n")}\n` };
  },
};

const deadlines: CliCommand = {
  name: "deadlines",
  usage: "[--on D]",
  usageKo: "[--on <날짜>]",
  summary: {
    en: "Call deadlines and cutoffs still ahead on a date (default: now); exit 1 when none",
    ko: "날짜 기준 남은 공모 마감일 (기본: 현재); 없으면 종료 코드 1",
  },
  options: { on: ON_OPTION },
  run(args, ctx) {
    const asOf = readOn(args, ctx);
    const list = upcomingDeadlines(asOf);
    const exitCode = list.length === 0 ? 1 : 0;
    if (args.json) return { exitCode, stdout: json({ asOf: asOf.toISOString(), deadlines: list }) };
    if (list.length === 0) {
      return {
        exitCode,
        stdout:
          args.lang === "ko"
            ? `${seoulTime(asOf, "ko")} 이후 남은 마감일이 없습니다\n`
            : `No deadlines ahead of ${seoulTime(asOf)}\n`,
      };
    }
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const dates = list.map((d) => formatPartialDate(d.entry.date, args.lang));
    const width = Math.max(0, ...dates.map(displayWidth));
    const lines = list.map((d, i) => {
      const left =
        args.lang === "ko"
          ? `${d.daysLeft}일 남음${d.businessDaysLeft !== undefined ? `, 영업일 ${d.businessDaysLeft}일` : ""}`
          : `${plural(d.daysLeft, "day")} left${d.businessDaysLeft !== undefined ? `, ${plural(d.businessDaysLeft, "business day")}` : ""}`;
      return `${padEndColumns(dates[i] as string, width)}  ${d.entry.year}  ${d.entry.label[args.lang]}${tag(d.entry.year, d.entry.subProgramId, args.lang)}  (${left})`;
    });
    return { exitCode, stdout: `${lines.join("\n")}\n` };
  },
};

/** The `kcity timeline`, `kcity status` and `kcity deadlines` commands. */
export const TIMELINE_COMMANDS: readonly CliCommand[] = [timeline, status, deadlines, scheduleCommand];
