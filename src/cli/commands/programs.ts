import type { Fact, Reliability } from "../../core/fact.js";
import { type Lang, localize } from "../../core/label.js";
import { need } from "../../core/need.js";
import { KcnError } from "../../errors.js";
import { SECRETARIAT_LABELS } from "../../i18n/labels.js";
import { noteIn } from "../../i18n/notes.js";
import { formatKrw } from "../../money/formatKrw.js";
import { formatRange } from "../../money/formatRange.js";
import type { FundingRange, Krw } from "../../money/index.js";
import { countryName, isCountryCode } from "../../programs/countries.js";
import { cumulativeTotals } from "../../programs/cumulativeTotals.js";
import { getSource } from "../../programs/data/sources.js";
import { editionStats, type StatsFigures } from "../../programs/editionStats.js";
import { findProjects, type ProjectFilter } from "../../programs/findProjects.js";
import { fundingEnvelope } from "../../programs/fundingEnvelope.js";
import { getEdition } from "../../programs/getEdition.js";
import { editionYears, listEditions } from "../../programs/listEditions.js";
import { isTrackId, TRACK_IDS } from "../../programs/tracks.js";
import {
  type Edition,
  type Intake,
  type SelectedProject,
  type SubProgram,
  UNKNOWN_SUB_PROGRAM_ID,
} from "../../programs/types.js";
import { orderPartialDates } from "../../timeline/comparePartialDates.js";
import { jsonText } from "../json.js";
import { RELIABILITY, subProgramText, trackText, unsureGrade } from "../names.js";
import { readYear } from "../readYear.js";
import type { CliArgs, CliCommand } from "../types.js";

const json = (value: unknown): string => jsonText(value, 2);

const T = {
  unknown: { en: "unknown", ko: "알 수 없음" },
  unknownSubProgram: { en: "sub-program unknown", ko: "세부 사업 미상" },
  budget: { en: "Budget", ko: "예산" },
  target: { en: "Target", ko: "목표" },
  applications: { en: "Applications", ko: "신청" },
  selected: { en: "Selected", ko: "선정" },
  rate: { en: "Selection rate", ko: "선정률" },
  subPrograms: { en: "Sub-programs", ko: "세부 사업" },
  purpose: { en: "Purpose", ko: "목적" },
  fundingCall: { en: "Funding per project (call)", ko: "사업당 지원 (공모)" },
  fundingAwarded: { en: "Funding per project (awarded)", ko: "사업당 지원 (선정)" },
  secretariat: { en: "Secretariat", ko: "사무국" },
  intake: { en: "Intake", ko: "접수" },
  review: { en: "Review", ko: "심사 절차" },
  criteria: { en: "Criteria", ko: "평가 기준" },
  calendar: { en: "Calendar", ko: "일정" },
  projects: { en: "Projects", ko: "선정 사업" },
  complete: { en: "complete list", ko: "전체 목록" },
  incomplete: { en: "incomplete list", ko: "일부 목록" },
  proposer: { en: "Proposer", ko: "제안 기관" },
  company: { en: "Korean company/executor", ko: "국내 기업·수행기관" },
  continues: { en: "Continues", ko: "선행 사업" },
  package: { en: "Package", ko: "지원 구성" },
  notes: { en: "Notes", ko: "참고" },
  sources: { en: "Sources", ko: "출처" },
  envelope: { en: "Funding envelope", ko: "총 지원 범위" },
  planned: { en: "planned", ko: "예정" },
  approximate: { en: "approximate", ko: "근사치" },
  // a source that gives no date ("no date")
  undated: { en: "n.d.", ko: "날짜 미상" },
  from: { en: "from", ko: "개국에서" },
  countries: { en: "countries", ko: "개국" },
  projectsWord: { en: "projects", ko: "건" },
} as const;

function t(key: keyof typeof T, lang: Lang): string {
  return localize(T[key], lang);
}

function tags(f: { sources: readonly string[]; reliability?: Reliability }, lang: Lang): string {
  const grade = unsureGrade(f.reliability, lang);
  const rel = grade ? `, ${grade}` : "";
  return f.sources.length || rel ? ` [${f.sources.join(", ")}${rel}]` : "";
}

function fact<T>(f: Fact<T>, lang: Lang, show: (v: T) => string): string {
  if (!f.known) return `${t("unknown", lang)} (${noteIn(f.note, lang)})`;
  return `${show(f.value)}${tags(f, lang)}`;
}

/**
 * A known fact with its note when it has one: a budget that was planned, a target of "about 10"
 * (stored as 10) or an award of "about 700M" keep the sources' qualifier in the report.
 */
function noted<T>(
  f: Fact<T>,
  lang: Lang,
  show: (v: T) => string,
  showEn: (v: T) => string = show,
  keep?: RegExp,
): string {
  const shown = fact(f, lang, show);
  if (!f.known || !f.note || (keep && !keep.test(f.note))) return shown;
  // a note that only repeats the value ("Up to 6." beside "up to 6") is left out
  const bare = f.note.toLowerCase().replace(/(?: projects| cities)?\.$/, "");
  return bare === showEn(f.value).toLowerCase() ? shown : `${shown} (${noteIn(f.note, lang)})`;
}

/**
 * The words that qualify a budget: its note is shown only with one of them ("Planned: up to 8
 * projects and 4.0 billion KRW; ..."), not where it restates the amount ("Total 2021 support: 4.2
 * billion KRW (42억원).").
 */
const QUALIFIES = /\b(?:planned|about|up to|at least|approximately|estimated)\b/i;

/** A known value of a project with its tags, or "unknown": "K-water [S15]". */
function projectFact<T>(f: Fact<T>, lang: Lang, show: (v: T) => string): string {
  return f.known ? fact(f, lang, show) : t("unknown", lang);
}

const range = (lang: Lang) => (r: FundingRange) =>
  r.min.amount === 0n
    ? lang === "ko"
      ? `최대 ${formatKrw(r.max, { locale: lang, style: "compact" })}`
      : `up to ${formatKrw(r.max, { locale: lang, style: "compact" })}`
    : formatRange(r, { locale: lang });
const money = (lang: Lang) => (k: Krw) => formatKrw(k, { locale: lang, style: "compact" });
/**
 * A target count: "4", "5-6", or "up to 11" for the data's "up to" targets (`{min: 0, max: 11}`); in
 * Korean with its counter: "4건", "5~6건", "최대 11건".
 */
const between = (lang: Lang) => (b: { min: number; max: number }) =>
  b.min === b.max
    ? lang === "ko"
      ? `${b.min}건`
      : `${b.min}`
    : b.min === 0
      ? lang === "ko"
        ? `최대 ${b.max}건`
        : `up to ${b.max}`
      : lang === "ko"
        ? `${b.min}~${b.max}건`
        : `${b.min}-${b.max}`;

function countsLine(s: StatsFigures, lang: Lang): string[] {
  const src = (f: Fact<unknown>) => (f.known ? tags(f, lang) : "");
  const num = (f: Fact<number>) => (f.known ? String(f.value) : "?");
  // a count and its country count cite their own sources and grade (the country count is often
  // inferred from the listed projects); where they cite the same, the line cites them once
  const line = (label: string, count: Fact<number>, countries: Fact<number>) => {
    const c = src(countries);
    const same = src(count) === c;
    const n = same ? "" : src(count);
    return lang === "ko"
      ? `${label}: ${num(countries)}개국${same ? "" : c} ${num(count)}건${same ? c : n}`
      : label === t("applications", lang)
        ? `${label}: ${num(count)}${n} from ${num(countries)} countries${c}`
        : `${label}: ${num(count)}${n} in ${num(countries)} countries${c}`;
  };
  const lines = [
    line(t("applications", lang), s.applications, s.applicantCountries),
    line(t("selected", lang), s.selected, s.selectedCountries),
  ];
  if (s.selectionRate.known) {
    lines.push(`${t("rate", lang)}: ${s.selectionRate.value.fraction} = ${s.selectionRate.value.percent}`);
  }
  return lines;
}

function intakeLines(i: Intake, lang: Lang): string[] {
  const d = (f: Fact<string>) => fact(f, lang, (v) => v);
  if (i.kind === "call") {
    const head = lang === "ko" ? "공모" : "Call";
    return [`${head}: ${d(i.opens)} → ${d(i.closes)}`, ...(i.note ? [`  ${noteIn(i.note, lang)}`] : [])];
  }
  if (lang === "ko") {
    // 연중 상시 접수: <날짜>부터; 접수 기한: <날짜> (이후 접수분은 <연도>년으로 이월); 사전 컨설팅 거침
    // ("접수 기한", as kcity timeline and deadlines name the cutoff)
    const pre = i.preConsulting ? "; 사전 컨설팅 거침" : "";
    const from = i.opens.known ? `${d(i.opens)}부터` : `시작일 ${d(i.opens)}`;
    return [
      `연중 상시 접수: ${from}; 접수 기한: ${d(i.cutoff)} (이후 접수분은 ${i.rollsOverTo}년으로 이월)${pre}`,
      ...(i.note ? [`  ${noteIn(i.note, lang)}`] : []),
    ];
  }
  const pre = i.preConsulting ? ", pre-consulting" : "";
  return [
    `Year-round: ${d(i.opens)}; cutoff ${d(i.cutoff)}; later proposals roll over to ${i.rollsOverTo}${pre}`,
    ...(i.note ? [`  ${noteIn(i.note, lang)}`] : []),
  ];
}

function subProgramBlock(s: SubProgram, e: Edition, lang: Lang): string[] {
  const stats = editionStats(e.year).subPrograms.find((x) => x.id === s.id);
  // in Korean "약" goes before the amount (약 7억 원, 최대 약 7억 원); in English "(about)" after it
  const about = (text: string): string =>
    text.startsWith("최대 ") ? `최대 약 ${text.slice(3)}` : `약 ${text}`;
  const call =
    lang === "ko" && s.funding.approximate
      ? fact(s.funding.call, lang, (r) => about(range(lang)(r)))
      : `${fact(s.funding.call, lang, range(lang))}${s.funding.approximate ? " (about)" : ""}`;
  const out = [
    lang === "ko"
      ? `  ${s.name.ko} (${s.id}) · 유형 ${s.tracks.map((k) => trackText(k, lang)).join(", ")}`
      : `  ${localize(s.name, lang)} (${s.id}): ${s.tracks.join(", ")}`,
    `    ${t("purpose", lang)}: ${fact(s.purpose, lang, (v) => localize(v, lang))}`,
    `    ${t("fundingCall", lang)}: ${call}`,
    `    ${t("fundingAwarded", lang)}: ${noted(s.funding.awarded, lang, range(lang), range("en"))}`,
    `    ${t("target", lang)}: ${noted(s.targetCount, lang, between(lang), between("en"))}`,
    `    ${t("secretariat", lang)}: ${fact(s.secretariat, lang, (v) => localize(SECRETARIAT_LABELS[v], lang))}`,
    ...intakeLines(s.intake, lang).map((l) => `    ${l}`),
    `    ${t("review", lang)}: ${fact(s.reviewSteps, lang, (v) => v.map((r) => localize(r.name, lang)).join(" → "))}`,
    `    ${t("criteria", lang)}: ${fact(s.criteria, lang, (v) => v.map((c) => localize(c, lang)).join("; "))}`,
  ];
  if (stats) out.push(...countsLine(stats, lang).map((l) => `    ${l}`));
  return out;
}

function projectBlock(p: SelectedProject, lang: Lang): string[] {
  const site = p.site.known ? localize(p.site.value, lang) : t("unknown", lang);
  const sub =
    p.subProgramId === UNKNOWN_SUB_PROGRAM_ID
      ? t("unknownSubProgram", lang)
      : subProgramText(p.year, p.subProgramId, lang);
  // a track the sources do not state but the data infers says so ("urban-planning, inferred")
  const grade = p.track.known ? unsureGrade(p.track.reliability, lang) : undefined;
  // in Korean the sub-program's and the track's names first, with their ids in parentheses
  const kind =
    lang === "ko"
      ? ` · ${sub}${p.track.known ? ` · 유형${grade ? `(${grade})` : ""} ${trackText(p.track.value, lang)}` : ""}`
      : ` (${sub}${p.track.known ? `, ${p.track.value}${grade ? `, ${grade}` : ""}` : ""})`;
  const named = (v: { en: string; ko: string }) => localize(v, lang);
  // the proposer and the company cite their own sources (often fewer than the project's)
  const out = [
    `  ${p.id}  ${countryName(p.country, lang)}, ${site}${kind}`,
    `    ${fact(p.title, lang, named)}`,
    `    ${t("proposer", lang)}: ${projectFact(p.proposer, lang, named)}; ${t("company", lang)}: ${projectFact(p.koreanCompany, lang, named)}`,
  ];
  if (p.continues) out.push(`    ${t("continues", lang)}: ${p.continues}`);
  out.push(
    `    ${t("sources", lang)}: ${p.sources.join(", ")} (${localize(RELIABILITY[p.reliability], lang)})`,
  );
  return out;
}

function usedTags(e: Edition): string[] {
  const seen = new Set<string>();
  JSON.stringify(e, (k, v) => {
    if (k === "sources" && Array.isArray(v)) for (const s of v) seen.add(s);
    return typeof v === "bigint" ? v.toString() : v;
  });
  return [...seen].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

function editionReport(e: Edition, lang: Lang): string {
  const stats = editionStats(e.year);
  const env = fundingEnvelope(e.year);
  const out: string[] = [`${localize(e.name, lang)}`, ""];
  out.push(`${t("budget", lang)}: ${noted(e.budget, lang, money(lang), money("en"), QUALIFIES)}`);
  if (e.targetCount)
    out.push(`${t("target", lang)}: ${noted(e.targetCount, lang, between(lang), between("en"))}`);
  out.push(...countsLine(stats, lang));
  // an envelope made from a range the sources give as "about" says so
  const approx = env.approximate ? ` (${t("approximate", lang)})` : "";
  out.push(
    `${t("envelope", lang)}: ${fact(env.envelope, lang, range(lang))}${approx}: ${localize(env.explanation, lang)}`,
  );
  out.push("", `${t("subPrograms", lang)}`);
  for (const s of e.subPrograms) out.push(...subProgramBlock(s, e, lang));
  out.push("", `${t("calendar", lang)}`);
  // in date order, as kcity timeline lists them (a month before the days of that month)
  for (const ev of [...e.events].sort((a, b) => orderPartialDates(a.date, b.date))) {
    const planned = ev.planned ? ` (${t("planned", lang)})` : "";
    out.push(`  ${ev.date.padEnd(16)}  ${localize(ev.label, lang)}${planned}${tags(ev, lang)}`);
  }
  const listed = t(e.projectsComplete ? "complete" : "incomplete", lang);
  out.push(
    "",
    lang === "ko"
      ? `${t("projects", lang)} ${e.projects.length}건 (${listed})`
      : `${t("projects", lang)} (${e.projects.length}, ${listed})`,
  );
  for (const p of e.projects) out.push(...projectBlock(p, lang));
  out.push("", `${t("package", lang)}`);
  for (const f of e.packageElements) out.push(`  - ${fact(f, lang, (v) => localize(v, lang))}`);
  if (e.notes.length > 0) {
    out.push("", `${t("notes", lang)}`);
    for (const n of e.notes) out.push(`  - ${noteIn(n, lang)}`);
  }
  out.push("", `${t("sources", lang)}`);
  for (const tag of usedTags(e)) {
    const s = getSource(tag);
    if (!s) continue;
    const date = s.date.known ? s.date.value : t("undated", lang);
    out.push(
      `  ${tag.padEnd(4)} ${noteIn(s.publisher, lang)}, ${date}: ${noteIn(s.title, lang)} (${localize(RELIABILITY[s.reliability], lang)}) ${s.url}`,
    );
  }
  return `${out.join("\n")}\n`;
}

const editions: CliCommand = {
  name: "editions",
  usage: "",
  summary: {
    en: "List the editions 2020-2026 with their sub-programs, counts and budget",
    ko: "2020~2026년 사업 목록 (세부 사업, 신청·선정 건수, 예산)",
  },
  run(args) {
    const rows = listEditions().map((e) => ({ e, s: editionStats(e.year) }));
    if (args.json) {
      return {
        exitCode: 0,
        stdout: json(
          rows.map(({ e, s }) => ({
            year: e.year,
            name: e.name,
            subPrograms: e.subPrograms.map((x) => ({ id: x.id, name: x.name, tracks: x.tracks })),
            budget: e.budget,
            applications: s.applications,
            applicantCountries: s.applicantCountries,
            selected: s.selected,
            selectedCountries: s.selectedCountries,
            selectionRate: s.selectionRate,
            listedProjects: e.projects.length,
            projectsComplete: e.projectsComplete,
          })),
        ),
      };
    }
    const lang = args.lang;
    const v = (f: Fact<number>) => (f.known ? `${f.value}${f.reliability === "inferred" ? "*" : ""}` : "?");
    const lines = rows.map(({ e, s }) => {
      const subs = e.subPrograms.map((x) => localize(x.name, lang)).join(" / ");
      // a budget the sources give as planned says so (2024: "Planned: up to 8 projects and 4.0 billion KRW")
      const planned =
        e.budget.known && /\bplanned\b/i.test(e.budget.note ?? "") ? ` (${t("planned", lang)})` : "";
      const budget = e.budget.known
        ? `${formatKrw(e.budget.value, { locale: lang, style: "compact" })}${planned}`
        : "?";
      const rate = s.selectionRate.known ? ` (${s.selectionRate.value.percent})` : "";
      return lang === "ko"
        ? `${e.year}  신청 ${v(s.applications)}건 (${v(s.applicantCountries)}개국)  선정 ${v(s.selected)}건 (${v(s.selectedCountries)}개국)${rate}  예산 ${budget}\n      ${subs}`
        : `${e.year}  applications ${v(s.applications)} (${v(s.applicantCountries)} countries)  selected ${v(s.selected)} (${v(s.selectedCountries)} countries)${rate}  budget ${budget}\n      ${subs}`;
    });
    const foot =
      lang === "ko"
        ? "* 추정, ? 알 수 없음. 자세히: kcity edition <연도>"
        : "* inferred, ? unknown. Details: kcity edition <year>";
    return { exitCode: 0, stdout: `${lines.join("\n")}\n\n${foot}\n` };
  },
};

const edition: CliCommand = {
  name: "edition",
  usage: "<year>",
  usageKo: "<연도>",
  summary: {
    en: "Full report of one edition: sub-programs, funding, call, counts, projects, sources",
    ko: "연도별 사업 전체 보고서: 세부 사업, 지원 금액, 공모, 건수, 선정 사업, 출처",
  },
  run(args) {
    const year = readYear(args.positionals[0]);
    const e = getEdition(year);
    if (args.json) {
      return {
        exitCode: 0,
        // the sources the report lists, in full (publisher, date, title, reliability, URL), as the
        // text report gives them: the edition's facts carry only their tags
        stdout: json({
          edition: e,
          stats: editionStats(year),
          fundingEnvelope: fundingEnvelope(year),
          sources: usedTags(e).flatMap((tag) => getSource(tag) ?? []),
        }),
      };
    }
    return { exitCode: 0, stdout: editionReport(e, args.lang) };
  },
};

function optString(args: CliArgs, name: string): string | undefined {
  const v = args.options[name];
  return typeof v === "string" ? v : undefined;
}

const projects: CliCommand = {
  name: "projects",
  usage: "[--country KE] [--track T] [--year Y] [--sub-program ID] [--text W]",
  usageKo:
    "[--country <국가 코드>] [--track <유형>] [--year <연도>] [--sub-program <세부 사업 ID>] [--text <검색어>]",
  summary: {
    en: "Find selected projects by country, track, year, sub-program or text (exit 1 when none)",
    ko: "국가·유형·연도·세부 사업·검색어로 선정 사업 찾기 (없으면 종료 코드 1)",
  },
  options: {
    country: {
      type: "string",
      description: { en: "ISO 3166-1 alpha-2 code, e.g. KE", ko: "ISO 3166-1 alpha-2 국가 코드 (예: KE)" },
    },
    track: {
      type: "string",
      description: {
        en: `${TRACK_IDS.join(" | ")} (a project whose track is not known counts when its sub-program or edition had the track)`,
        ko: `${TRACK_IDS.join(" | ")} (유형이 미상인 사업은 세부 사업이나 그해 사업에 해당 유형이 있으면 포함)`,
      },
    },
    year: { type: "string", description: { en: "edition year, e.g. 2021", ko: "사업 연도 (예: 2021)" } },
    "sub-program": {
      type: "string",
      description: { en: "sub-program id, e.g. planning", ko: "세부 사업 ID (예: planning)" },
    },
    text: {
      type: "string",
      description: {
        en: "words to find in titles, sites, proposers, companies",
        ko: "사업명·대상지·제안 기관·기업에서 찾을 검색어",
      },
    },
  },
  run(args) {
    const country = optString(args, "country")?.toUpperCase();
    const track = optString(args, "track");
    const yearText = optString(args, "year");
    need(
      !(country !== undefined && !isCountryCode(country)),
      "INVALID_COUNTRY_CODE",
      "an ISO 3166-1 alpha-2 code such as KE",
      optString(args, "country"),
      { option: "--country", received: optString(args, "country") },
    );
    need(
      !(track !== undefined && !isTrackId(track)),
      "UNKNOWN_TRACK",
      `one of ${TRACK_IDS.join(", ")}`,
      track,
      { option: "--track", received: track },
    );
    const subProgram = optString(args, "sub-program");
    const text = optString(args, "text");
    // a sub-program id no edition (of --year) has is a typo, not an empty answer
    const yearOf = yearText === undefined ? undefined : readYear(yearText, { option: "--year" });
    const ids = [
      ...new Set(
        listEditions()
          .filter((e) => yearOf === undefined || e.year === yearOf)
          .flatMap((e) => e.subPrograms.map((sp) => sp.id)),
      ),
    ];
    if (subProgram !== undefined && !ids.includes(subProgram)) {
      throw new KcnError(
        "UNKNOWN_SUB_PROGRAM",
        args.lang === "ko"
          ? `세부 사업 ID는 ${ids.join(", ")} 중 하나여야 합니다. 받은 값 ${JSON.stringify(subProgram)}`
          : `Expected a sub-program id (${ids.join(", ")}), received ${JSON.stringify(subProgram)}`,
        { option: "--sub-program", received: subProgram, known: ids },
      );
    }
    const filter: ProjectFilter = {
      ...(country === undefined ? {} : { country }),
      ...(track === undefined || !isTrackId(track) ? {} : { track, includePossible: true }),
      ...(yearOf === undefined ? {} : { year: yearOf }),
      ...(subProgram === undefined ? {} : { subProgram }),
      ...(text === undefined ? {} : { text }),
    };
    const found = findProjects(filter);
    // with --track, projects whose track is not known count when their sub-program (or, that unknown
    // too, their edition) had the track: say how many
    const possible = filter.track === undefined ? 0 : found.filter((p) => !p.track.known).length;
    // and how many of the others match by a track the data infers (the sources do not state it)
    const inferredTracks =
      filter.track === undefined
        ? 0
        : found.filter((p) => p.track.known && p.track.reliability === "inferred").length;
    if (args.json)
      return {
        exitCode: found.length > 0 ? 0 : 1,
        stdout: json({ filter, count: found.length, possible, inferredTracks, projects: found }),
      };
    const lang = args.lang;
    if (found.length === 0) {
      return {
        exitCode: 1,
        stdout: lang === "ko" ? "조건에 맞는 사업이 없습니다.\n" : "No project matches.\n",
      };
    }
    const lines = found.flatMap((p) => projectBlock(p, lang).map((l) => l.slice(2)));
    const parts =
      lang === "ko"
        ? [
            possible && `유형 미상이나 해당 유형일 수 있는 사업 ${possible}건`,
            inferredTracks && `유형이 추정인 사업 ${inferredTracks}건`,
          ]
        : [
            possible &&
              `${possible} of them possibly: track not known, but their sub-program or edition had it`,
            inferredTracks && `${inferredTracks} by a track the data infers`,
          ];
    const said = parts.filter((x) => x !== 0);
    const maybe =
      said.length === 0 ? "" : lang === "ko" ? ` (${said.join(", ")} 포함)` : ` (${said.join("; ")})`;
    const head =
      (lang === "ko" ? `사업 ${found.length}건` : `${found.length} project${found.length === 1 ? "" : "s"}`) +
      maybe;
    return { exitCode: 0, stdout: `${head}\n\n${lines.join("\n")}\n` };
  },
};

const stats: CliCommand = {
  name: "stats",
  usage: "[<year>]",
  usageKo: "[<연도>]",
  summary: {
    en: "Statistics per edition (selection rates) and cumulative totals against MOLIT's statements",
    ko: "연도별 통계(선정률)와 국토부 발표 누적 실적 대조",
  },
  run(args) {
    const lang = args.lang;
    const years = args.positionals[0] === undefined ? editionYears() : [readYear(args.positionals[0])];
    const last = years[years.length - 1] as number;
    const totals = cumulativeTotals(last);
    if (args.json) {
      return {
        exitCode: 0,
        stdout: json({ editions: years.map((y) => editionStats(y)), cumulative: totals }),
      };
    }
    const out: string[] = [];
    for (const y of years) {
      const s = editionStats(y);
      out.push(`${y}  ${localize(s.name, lang)}`);
      out.push(...countsLine(s, lang).map((l) => `  ${l}`));
      for (const sp of s.subPrograms) {
        out.push(`  - ${localize(sp.name, lang)}: ${countsLine(sp, lang).join("; ")}`);
      }
      out.push("");
    }
    out.push(lang === "ko" ? `누적 실적 (${last}년까지)` : `Cumulative totals (through ${last})`);
    out.push(
      lang === "ko"
        ? `  자료: ${totals.countries.length}개국 ${totals.projects}건${totals.complete ? "" : " (일부 사업 미확인)"}`
        : `  data: ${totals.projects} projects in ${totals.countries.length} countries${totals.complete ? "" : " (some projects not known)"}`,
    );
    for (const l of totals.lines) {
      const mark = l.verdict === "matches" ? "✓" : "✗";
      out.push(
        `  ${mark} ${l.statement.asOf} ${localize(l.statement.label, lang)}: ${lang === "ko" ? `${l.statement.countries}개국 ${l.statement.projects}건` : `${l.statement.projects}/${l.statement.countries}`} [${l.statement.sources.join(", ")}]`,
        `      ${localize(l.reason, lang)}`,
      );
    }
    return { exitCode: 0, stdout: `${out.join("\n")}\n` };
  },
};

/**
 * The programs commands: `kcity editions`, `kcity edition <year>`, `kcity projects`, `kcity stats`.
 */
export const PROGRAMS_COMMANDS: readonly CliCommand[] = [editions, edition, projects, stats];
