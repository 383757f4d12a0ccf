import { need } from "../../core/need.js";
import { isKcnError, KcnError } from "../../errors.js";
import { noteIn } from "../../i18n/notes.js";
import { formatKrw } from "../../money/formatKrw.js";
import type { Krw } from "../../money/money.js";
import { findProjects } from "../../programs/findProjects.js";
import { allProjects, getProject } from "../../programs/getProject.js";
import { isTrackId, TRACK_IDS } from "../../programs/tracks.js";
import type { PartialDateString } from "../../programs/types.js";
import { FIRST_HOLIDAY_YEAR, LAST_HOLIDAY_YEAR } from "../../timeline/data/holidays.js";
import { MILESTONE_STATUSES, milestonesAt, scheduleProgress } from "../../timeline/milestoneStatus.js";
import {
  MILESTONE_KINDS,
  type MilestoneKind,
  planSchedule,
  type ScheduleProject,
  type TrancheSpec,
} from "../../timeline/planSchedule.js";
import { readAmount } from "../cliMessages.js";
import { jsonText } from "../json.js";
import { trackInAside, trackText } from "../names.js";
import { dateFault, faultText, isKoreaDay, onOption, readOn, refuseDay, seoulTime } from "../readOn.js";
import { asTyped, refuseOption, say as t } from "../say.js";
import { withParticle } from "../text.js";
import type { CliArgs, CliCommand } from "../types.js";

const KINDS: readonly string[] = MILESTONE_KINDS.map((m) => m.kind);

/** `KIND=VALUE` items of a repeatable option (`--tranche inception-report=30`, `--met kickoff=2021-08-02`). */
function pairs(args: CliArgs, name: string, what: { en: string; ko: string }): [MilestoneKind, string][] {
  const items = args.options[name];
  if (!Array.isArray(items)) return [];
  const list = (items as readonly string[]).map((item): [MilestoneKind, string] => {
    // (an empty value, `kickoff=`, is the value's own check to refuse: a day that is none, a ratio)
    const m = /^([a-z-]+)=(.*)$/.exec(item);
    if (m === null || !KINDS.includes(m[1] as string)) {
      refuseOption(
        args,
        `--${name}`,
        item,
        `Expected --${name} as <milestone>=<${what.en}> with a milestone among ${KINDS.join(", ")}, received ${JSON.stringify(item)}`,
        `${withParticle(`--${name}`, "은(는)")} <마일스톤>=<${what.ko}> 형식이어야 합니다 (마일스톤: ${KINDS.join(", ")}). 받은 값 ${JSON.stringify(item)}`,
      );
    }
    return [m[1] as MilestoneKind, m[2] as string];
  });
  const kinds = list.map(([kind]) => kind);
  // the second item of a milestone, as typed
  const again = kinds.findIndex((k, i) => kinds.indexOf(k) !== i);
  const twice = kinds[again];
  if (twice !== undefined) {
    refuseOption(
      args,
      `--${name}`,
      (items as readonly string[])[again] as string,
      `--${name} ${twice} is given twice: give each milestone once`,
      `--${name} ${withParticle(twice, "을(를)")} 두 번 받았습니다: 마일스톤마다 한 번만 쓰세요`,
    );
  }
  return list;
}

/** The first instant of a day in Seoul (`YYYY-MM-DD`), in epoch milliseconds. */
function seoulDayStart(day: string): number {
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) - 9 * 3_600_000
  );
}

function budgetOf(args: CliArgs): Krw | undefined {
  const text = args.options["budget"];
  return typeof text === "string"
    ? readAmount(args, text, "--budget", ['"500 million won"', '"5억 원"'])
    : undefined;
}

/**
 * `kcity schedule <project-id> --start D`: a project's planned milestones and payment tranches, and
 * with `--on` their status on a date. Exit code 0, or 1 when a milestone is overdue or missed then.
 */
export const scheduleCommand: CliCommand = {
  name: "schedule",
  usage:
    "<project-id> --start D [--months N] [--track T] [--budget B] [--tranche K=R ...] [--calendar-days] [--on D] [--met K=D ...]",
  usageKo:
    "<사업 ID> --start <날짜> [--months <개월 수>] [--track <유형>] [--budget <금액>] [--tranche <마일스톤>=<비율> ...] [--calendar-days] [--on <날짜>] [--met <마일스톤>=<날짜> ...]",
  summary: {
    en: "Plan a project's milestones and payment tranches from its kickoff; with --on, where it stands",
    ko: "착수일부터 사업 마일스톤과 지급 일정 계획; --on을 주면 그 날짜의 진행 상황",
  },
  options: {
    start: {
      type: "string",
      description: { en: "the kickoff day (YYYY-MM-DD in Korea)", ko: "착수일 (한국 날짜 YYYY-MM-DD)" },
    },
    months: {
      type: "string",
      description: {
        en: "whole months to completion, 1-36 (default: 12 for planning, to 31 December for demonstrations)",
        ko: "완료까지 개월 수, 1~36 (기본: 계획수립형 12개월, 해외실증형은 그해 12월 31일까지)",
      },
    },
    track: {
      type: "string",
      description: {
        en: `the track of a project not in the data, or of one whose track the sources do not give (${TRACK_IDS.join(", ")})`,
        ko: `자료에 없는 사업이나 출처에 유형이 나와 있지 않은 사업의 유형 (${TRACK_IDS.join(", ")})`,
      },
    },
    budget: {
      type: "string",
      description: {
        en: "the project budget to pay in tranches (500 million won)",
        ko: "나누어 지급할 사업비 (5억 원)",
      },
    },
    tranche: {
      type: "string",
      multiple: true,
      description: {
        en: "a tranche as MILESTONE=RATIO, repeated (default 30% at inception, 40% interim, 30% final)",
        ko: "지급 단계: 마일스톤과 그때 지급할 비율, 반복 (기본: 착수 보고 30%, 중간 40%, 최종 30%)",
      },
    },
    "calendar-days": {
      type: "boolean",
      description: {
        en: "keep due days where they fall (default: moved off weekends and Korean holidays)",
        ko: "기한을 달력 날짜 그대로 둠 (기본: 주말·공휴일이면 다음 영업일로)",
      },
    },
    met: {
      type: "string",
      multiple: true,
      description: {
        en: "a milestone met, as MILESTONE=YYYY-MM-DD, repeated (with --on)",
        ko: "완료한 마일스톤과 완료 날짜(YYYY-MM-DD), 반복 (--on과 함께)",
      },
    },
    on: onOption({ en: "show each milestone's status on this date", ko: "이 날짜의 마일스톤별 상태 표시" }),
  },
  run(args, ctx) {
    const { lang } = args;
    const [id] = args.positionals;
    const start = args.options["start"];
    if (id === undefined || typeof start !== "string") {
      throw new KcnError(
        "INVALID_OPTIONS",
        t(
          lang,
          "Expected <project-id> --start YYYY-MM-DD, e.g. kcity schedule 2021-ke-nairobi --start 2021-08-02",
          "<사업 ID> --start <날짜>(YYYY-MM-DD)가 필요합니다. 예: kcity schedule 2021-ke-nairobi --start 2021-08-02",
        ),
        id === undefined ? { missing: "<project-id>" } : { missing: "--start", option: "--start" },
      );
    }
    // an empty id ("$ID" left unset) names no project: refused as a value, not planned under ""
    if (id === "") {
      throw new KcnError(
        "INVALID_OPTIONS",
        t(
          lang,
          'Expected <project-id>, received an empty one (""), e.g. kcity schedule 2021-ke-nairobi --start 2021-08-02',
          '<사업 ID>가 비어 있습니다(""). 예: kcity schedule 2021-ke-nairobi --start 2021-08-02',
        ),
        { argument: "<project-id>", received: "" },
      );
    }
    if (!isKoreaDay(start)) {
      // a day that does not exist (2021-02-30) or a year before 1000 says why, as --on does
      const why = dateFault(start);
      refuseDay(
        args,
        "--start",
        start,
        why,
        `Expected --start to be a day in Korea (YYYY-MM-DD), received ${JSON.stringify(start)}${faultText(why, "en")}`,
        `--start에는 한국 날짜(YYYY-MM-DD)가 필요합니다. 받은 값 ${JSON.stringify(start)}${faultText(why, "ko")}`,
      );
    }
    const track = args.options["track"];
    if (typeof track === "string" && !isTrackId(track)) {
      need(false, "UNKNOWN_TRACK", `one of ${TRACK_IDS.join(", ")}`, track, {
        option: "--track",
        received: track,
      });
    }
    const known = allProjects().find((p) => p.id === id);
    // --track never overrides the track of a project of the data...
    if (known?.track.known && typeof track === "string") {
      refuseOption(
        args,
        "--track",
        track,
        `${id} is a project of the data (track ${known.track.value}); --track is for projects not in the data, or whose track the sources do not give`,
        `${id}: 자료에 있는 사업입니다 (유형: ${trackInAside(known.track.value)}): --track은 자료에 없는 사업이나 출처에 유형이 나와 있지 않은 사업에만 씁니다`,
      );
    }
    // ...but supplies it where the sources do not give it (the 2020 projects, 2022's merged
    // planning sub-program): planSchedule needs a track, and would refuse in English without one.
    // The tracks it may be are those findProjects matches it on with includePossible (its
    // sub-program's, or its edition's when that is unknown too).
    if (known !== undefined && !known.track.known) {
      const tracks = TRACK_IDS.filter((tr) =>
        findProjects({ track: tr, year: known.year, includePossible: true }).includes(known),
      );
      if (typeof track !== "string") {
        const note = known.track.note;
        throw new KcnError(
          "INVALID_OPTIONS",
          t(
            lang,
            `The track of ${id} is unknown in the sources: give it with --track (${tracks.join(", ")})${note ? `. Note: ${noteIn(note, "en")}` : ""}`,
            `${id} 사업의 유형은 출처에 나와 있지 않습니다: --track으로 유형(${tracks.join(", ")})을 지정하세요${note ? `. 참고: ${noteIn(note, "ko")}` : ""}`,
          ),
          { option: "--track", missing: "--track", project: id, tracks },
        );
      }
      if (!tracks.includes(track as (typeof tracks)[number])) {
        refuseOption(
          args,
          "--track",
          track,
          `Expected --track to be a track of ${id}'s ${known.year} sub-program (${tracks.join(", ")}), received ${JSON.stringify(track)}`,
          `--track은 ${id} 사업의 ${known.year}년 세부 사업 유형(${tracks.join(", ")}) 중 하나여야 합니다. 받은 값 ${JSON.stringify(track)}`,
        );
      }
    }
    const project: ScheduleProject =
      typeof track === "string" && isTrackId(track)
        ? { id, track }
        : (known ?? asTyped(id, { argument: "<project-id>" }, () => getProject(id)));
    // a project of the data is not started before the year of its edition
    if (known !== undefined && Number(start.slice(0, 4)) < known.year) {
      refuseOption(
        args,
        "--start",
        start,
        `Expected --start in or after ${known.year}, the edition of ${id}, received ${JSON.stringify(start)}`,
        `--start는 ${id}의 사업 연도인 ${known.year}년 이후여야 합니다. 받은 값 ${JSON.stringify(start)}`,
      );
    }
    const monthsText = args.options["months"];
    if (
      typeof monthsText === "string" &&
      !(/^\d{1,2}$/.test(monthsText) && +monthsText >= 1 && +monthsText <= 36)
    ) {
      refuseOption(
        args,
        "--months",
        monthsText,
        `Expected --months to be a whole number of months (1-36), received ${JSON.stringify(monthsText)}`,
        `--months에는 개월 수(1~36)가 필요합니다. 받은 값 ${JSON.stringify(monthsText)}`,
      );
    }
    const budget = budgetOf(args);
    const tranches: TrancheSpec[] = pairs(args, "tranche", { en: "ratio", ko: "비율" }).map(
      ([milestone, ratio]) => ({
        milestone,
        ratio,
      }),
    );
    if (tranches.length > 0 && budget === undefined) {
      refuseOption(
        args,
        "--tranche",
        args.options["tranche"] as readonly string[],
        "--tranche needs --budget: the tranches split the budget",
        "--tranche에는 --budget이 필요합니다: 지급 단계는 사업비를 나눕니다",
      );
    }
    let schedule: ReturnType<typeof planSchedule>;
    // what the schedule is planned from, echoed in the JSON so that it can be planned again
    const plan = {
      start: start as PartialDateString,
      ...(typeof monthsText === "string" ? { durationMonths: Number(monthsText) } : {}),
      ...(budget === undefined ? {} : { budget }),
      ...(tranches.length ? { tranches } : {}),
      businessDays: args.options["calendar-days"] !== true,
    };
    try {
      schedule = planSchedule(project, plan);
    } catch (e) {
      // a demonstration without --months ends on 31 December of its start year: a start on that day
      // is the --start typed, said with the day the project would end
      if (
        isKcnError(e) &&
        e.code === "INVALID_OPTIONS" &&
        e.details["option"] === "start" &&
        monthsText === undefined &&
        (typeof project.track === "string" ? project.track : project.track.known && project.track.value) ===
          "solution-demonstration"
      ) {
        const end = `${start.slice(0, 4)}-12-31`;
        return refuseOption(
          args,
          "--start",
          start,
          `Expected --start before ${end}, the day a demonstration ends (31 December of the year it starts, unless --months is given), received ${JSON.stringify(start)}`,
          `--start는 해외실증형 사업이 끝나는 날인 ${end}(--months가 없으면 시작한 해의 12월 31일)보다 앞서야 합니다. 받은 값 ${JSON.stringify(start)}`,
        );
      }
      // every ratio zero: the --tranche options typed, under the library's code
      if (isKcnError(e) && e.code === "INVALID_RATIOS" && typeof e.details["ratios"] === "number") {
        const typed = tranches.map((x) => `${x.milestone}=${x.ratio}`).join(", ");
        throw new KcnError(
          "INVALID_RATIOS",
          t(
            lang,
            `Expected at least one --tranche ratio above zero, received only zeros: ${typed}`,
            `--tranche에는 0보다 큰 비율이 하나 이상 필요합니다. 받은 값이 모두 0입니다: ${typed}`,
          ),
          { option: "--tranche", received: args.options["tranche"] as readonly string[] },
        );
      }
      // a bad ratio is the --tranche the user typed, not the library's ratios[i]
      const index = isKcnError(e) && e.code === "INVALID_RATIOS" ? e.details["index"] : undefined;
      const bad = typeof index === "number" ? tranches[index] : undefined;
      if (bad === undefined) throw e;
      const typed = `${bad.milestone}=${bad.ratio}`;
      // percentages mixed with plain ratios: the library's reason, said of the tranches
      if ((e as Error).message.includes("percentages or none")) {
        return refuseOption(
          args,
          "--tranche",
          typed,
          `Expected every --tranche ratio to be a percentage, or none of them, received ${JSON.stringify(typed)} among ${tranches.map((t) => `${t.milestone}=${t.ratio}`).join(", ")}`,
          `--tranche 비율은 모두 백분율이거나 모두 백분율이 아니어야 합니다. 받은 값 ${JSON.stringify(typed)} (전체: ${tranches.map((t) => `${t.milestone}=${t.ratio}`).join(", ")})`,
        );
      }
      return refuseOption(
        args,
        "--tranche",
        typed,
        `Expected --tranche ${bad.milestone}=<ratio> to be a non-negative number, decimal or percentage such as 30 or 30%, received ${JSON.stringify(typed)}`,
        `--tranche ${bad.milestone}=<비율>에는 30이나 30% 같은 0 이상의 수, 소수 또는 백분율이 필요합니다. 받은 값 ${JSON.stringify(typed)}`,
      );
    }
    // dates are written with four-digit years: a schedule that would end after 9999 is refused
    if (schedule.end.length > 10) {
      refuseOption(
        args,
        "--start",
        start,
        `Expected --start early enough for the schedule to end by 9999-12-31 (it would end ${schedule.end}), received ${JSON.stringify(start)}`,
        `--start는 일정이 9999-12-31까지 끝나도록 정해야 합니다(종료일 ${schedule.end}). 받은 값 ${JSON.stringify(start)}`,
      );
    }
    const metPairs = pairs(args, "met", { en: "YYYY-MM-DD", ko: "날짜" });
    // a milestone is met on a day: "2021" or "2021-09" would be read as met late
    const vague = metPairs.find(([, day]) => !isKoreaDay(day));
    if (vague !== undefined) {
      const why = dateFault(vague[1]);
      refuseDay(
        args,
        "--met",
        `${vague[0]}=${vague[1]}`,
        why,
        `Expected --met ${vague[0]} to be met on a day (YYYY-MM-DD), received ${JSON.stringify(vague[1])}${faultText(why, "en")}`,
        `--met ${vague[0]}에는 완료한 날짜(YYYY-MM-DD)가 필요합니다. 받은 값 ${JSON.stringify(vague[1])}${faultText(why, "ko")}`,
      );
    }
    const met = Object.fromEntries(metPairs);
    const on = args.options["on"] === undefined ? undefined : readOn(args, ctx);
    if (Object.keys(met).length > 0 && on === undefined) {
      refuseOption(
        args,
        "--met",
        args.options["met"] as readonly string[],
        "--met needs --on: a milestone's status is read on a date",
        "--met에는 --on이 필요합니다: 마일스톤 상태는 특정 날짜 기준입니다",
      );
    }
    // milestonesAt ignores a met day after the date it is asked about (not known yet then): it would be
    // shown without a word ([Missed]); one before the kickoff it refuses, and kcity checks it first so
    // that --met gets INVALID_OPTIONS naming the option, as every refused option does
    for (const [kind, day] of metPairs) {
      if (on !== undefined && seoulDayStart(day) > on.getTime()) {
        refuseOption(
          args,
          "--met",
          `${kind}=${day}`,
          `Expected --met ${kind} on or before the --on date (${seoulTime(on)}), received ${JSON.stringify(day)}: a milestone met after that date is not known on it`,
          `--met ${kind}의 완료 날짜는 --on 기준 시각 ${seoulTime(on, "ko")} 이전이어야 합니다. 받은 값 ${JSON.stringify(day)}: 그 뒤에 완료한 마일스톤은 기준 시각에 알 수 없습니다`,
        );
      }
      if (day < schedule.start) {
        refuseOption(
          args,
          "--met",
          `${kind}=${day}`,
          `Expected --met ${kind} on or after the kickoff (--start ${schedule.start}), received ${JSON.stringify(day)}: a milestone is not met before the project starts`,
          `--met ${kind}의 완료 날짜는 착수일(--start ${schedule.start}) 이후여야 합니다. 받은 값 ${JSON.stringify(day)}: 사업 시작 전에 완료한 마일스톤은 없습니다`,
        );
      }
    }
    const statuses = on === undefined ? undefined : milestonesAt(schedule, on, met);
    const progress = on === undefined ? undefined : scheduleProgress(schedule, on, met);
    const late = statuses?.some((m) => m.status === "overdue" || m.status === "missed") ?? false;
    const exitCode = late ? 1 : 0;
    // due days in years the holiday table does not cover are not moved off weekends and holidays
    const uncovered = plan.businessDays
      ? schedule.milestones
          .filter((m) => {
            const y = Number(m.due.slice(0, 4));
            return y < FIRST_HOLIDAY_YEAR || y > LAST_HOLIDAY_YEAR;
          })
          .map((m) => m.due)
      : [];
    if (args.json) {
      return {
        exitCode,
        stdout: jsonText(
          {
            schedule,
            // planSchedule's arguments: plan it again from them (a stored schedule is not read back)
            plan: { project: { id: schedule.projectId, track: schedule.track }, options: plan },
            ...(uncovered.length > 0 ? { notMoved: uncovered } : {}),
            ...(on === undefined ? {} : { asOf: on.toISOString(), milestones: statuses, progress }),
          },
          2,
        ),
      };
    }
    const money = (k: Krw) => formatKrw(k, { locale: lang });
    const span = `${schedule.start} ~ ${schedule.end}`;
    const n = schedule.durationMonths;
    const months = n === undefined ? "" : t(lang, `, ${n} month${n === 1 ? "" : "s"}`, `, ${n}개월`);
    const lines = [
      `${lang === "ko" ? `${schedule.projectId} · 유형 ${trackText(schedule.track, lang)}` : `${schedule.projectId} (${schedule.track})`}: ${span}${months}${schedule.budget ? t(lang, `, budget ${money(schedule.budget)}`, `, 사업비 ${money(schedule.budget)}`) : ""}`,
    ];
    // the label last but for what follows it: no padding, which Hangul would misalign in a terminal
    schedule.milestones.forEach((m, i) => {
      const s = statuses?.[i];
      const status = s ? `  [${MILESTONE_STATUSES[s.status].label[lang]}${s.met ? ` ${s.met}` : ""}]` : "";
      const pay = m.payment ? `  ${money(m.payment)}` : "";
      lines.push(`  ${m.due}  ${m.label[lang]}${pay}${status}`);
    });
    // due days outside the holiday table stay where they fall (planSchedule cannot move them)
    if (uncovered.length > 0) {
      lines.push(
        "",
        t(
          lang,
          `Due days outside ${FIRST_HOLIDAY_YEAR}-${LAST_HOLIDAY_YEAR}, the years of the Korean holiday table, are not moved off weekends and holidays: ${uncovered.join(", ")}`,
          `한국 공휴일 표(${FIRST_HOLIDAY_YEAR}~${LAST_HOLIDAY_YEAR}년) 밖의 기한은 주말·공휴일을 피해 옮기지 않았습니다: ${uncovered.join(", ")}`,
        ),
      );
    }
    if (progress && on) {
      lines.push(
        "",
        t(
          lang,
          `On ${seoulTime(on)}: ${Math.round(progress.share * 100)}% of milestones met${progress.paid ? `, ${money(progress.paid)} released` : ""}${progress.next ? `; next: ${progress.next.label.en} due ${progress.next.due}` : ""}`,
          `${seoulTime(on, "ko")} 기준: 마일스톤 ${Math.round(progress.share * 100)}% 완료${progress.paid ? `, ${money(progress.paid)} 지급` : ""}${progress.next ? `; 다음: ${progress.next.label.ko} (기한 ${progress.next.due})` : ""}`,
        ),
      );
    }
    // the plan is the library's template, not the program's: the sources give no milestone days
    // and no payment shares, and a reader of the report should not take them for the program's
    const defaultTranches = schedule.budget !== undefined && tranches.length === 0;
    lines.push(
      "",
      t(
        lang,
        `Planned from the library's template, not from the program's sources (which give no milestone days${defaultTranches ? " or payment shares" : ""}): milestones at fixed shares of the duration${defaultTranches ? ", tranches 30/40/30 by default (--tranche)" : ""}`,
        `출처가 아닌 라이브러리의 기본 틀로 계획한 일정입니다(출처에는 마일스톤 날짜${defaultTranches ? "나 지급 비율이" : "가"} 없습니다): 마일스톤은 기간의 정해진 비율 지점에 두었습니다${defaultTranches ? ". 지급 비율은 기본 30/40/30입니다(--tranche로 바꿀 수 있음)" : ""}`,
      ),
    );
    return { exitCode, stdout: `${lines.join("\n")}\n` };
  },
};
