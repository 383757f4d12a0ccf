import { OFFICIAL, PRESS, type Reliability, type SourceTag } from "../core/fact.js";
import type { Label } from "../core/label.js";
import { memo } from "../core/memo.js";
import { deepFreeze, label } from "./data/build.js";
import { EDITIONS } from "./data/editions.js";
import { getEdition } from "./getEdition.js";
import type { CountryCode, PartialDateString } from "./types.js";

/**
 * A cumulative total stated by MOLIT (in its releases or as reported by the press).
 *
 * @category Programs
 */
export interface CumulativeStatement {
  /** When it was stated. */
  readonly asOf: PartialDateString;
  /** What it covers, in words. */
  readonly label: Label;
  /** The last edition it counts. */
  readonly throughYear: number;
  /** Projects counted. */
  readonly projects: number;
  /** Countries counted. */
  readonly countries: number;
  /** Cities, where stated. */
  readonly cities?: number;
  /** Where it was stated. */
  readonly sources: readonly SourceTag[];
  /** How far it can be trusted. */
  readonly reliability: Reliability;
  /** What is known about reconciling it (the fact sheet's reasoning). */
  readonly note?: Label;
}

/**
 * The cumulative totals MOLIT stated, oldest first.
 *
 * @example
 * ```ts
 * CUMULATIVE_STATEMENTS.map((s) => `${s.projects}/${s.countries}`);
 * //=> ["12/11", "23/19", "33/21", "41/23", "49/26", "58/27"]
 * ```
 * @category Programs
 */
export const CUMULATIVE_STATEMENTS: readonly CumulativeStatement[] = deepFreeze([
  {
    asOf: "2021-02-19",
    label: label("After the 2020 edition", "2020년까지 (2020)"),
    throughYear: 2020,
    projects: 12,
    countries: 11,
    cities: 12,
    sources: ["S5"],
    reliability: OFFICIAL,
  },
  {
    asOf: "2022-06-23",
    label: label("After 2021 (2020-2021)", "2021년까지 (2020~2021)"),
    throughYear: 2021,
    projects: 23,
    countries: 19,
    cities: 21,
    sources: ["S7", "S12"],
    reliability: PRESS,
  },
  {
    asOf: "2022-06-23",
    label: label("After 2022 (2020-2022)", "2022년까지 (2020~2022)"),
    throughYear: 2022,
    projects: 33,
    countries: 21,
    cities: 31,
    sources: ["S7", "S12", "S18"],
    reliability: PRESS,
  },
  {
    asOf: "2023-10-06",
    label: label("After 2023 (2020-2023)", "2023년까지 (2020~2023)"),
    throughYear: 2023,
    projects: 41,
    countries: 23,
    sources: ["S57", "S26"],
    reliability: PRESS,
    note: label(
      'Also described as over "3 years" (S53) or "so far" (S3); the 2020-2023 editions are meant.',
      '"3년간"(S53), "지금까지"(S3)로도 표현되나 2020~2023년 사업을 뜻합니다.',
    ),
  },
  {
    asOf: "2025-01-20",
    label: label("January 2025 (five years)", "2025년 1월 (5년간)"),
    throughYear: 2024,
    projects: 49,
    countries: 26,
    sources: ["S2", "S23"],
    reliability: PRESS,
    note: label(
      "41 + 6 (2024 demonstrations) + 2 (2024 planning) = 49; the 2024 demonstrations add Cambodia and Italy (25), so the 2024 planning projects probably added one more country.",
      "41 + 6 (2024년 실증) + 2 (2024년 계획수립) = 49. 2024년 실증으로 캄보디아·이탈리아가 더해져 25개국이므로 2024년 계획수립 사업이 1개국을 더한 것으로 보입니다.",
    ),
  },
  {
    asOf: "2026-01-27",
    label: label("January 2026 (since 2020)", "2026년 1월 (2020년 이후)"),
    throughYear: 2025,
    projects: 58,
    countries: 27,
    sources: ["S24", "S55"],
    reliability: PRESS,
    note: label(
      "49 + 6 (2025 demonstrations) + 3 = 58. The last 3 may be the three planning projects selected at the end of 2025 and listed here under 2026, or unlisted 2025 planning projects; with the 2026-listed ones (Kazakhstan and Poland are new) the country count would exceed 27, so this is unresolved.",
      "49 + 6 (2025년 실증) + 3 = 58. 마지막 3건은 2025년 말 선정되어 여기서 2026년으로 분류한 계획수립 3건이거나 목록에 없는 2025년 계획수립 사업일 수 있습니다. 2026년 3건(카자흐스탄·폴란드 신규)을 더하면 국가 수가 27을 넘으므로 미해결입니다.",
    ),
  },
] satisfies CumulativeStatement[]);

/**
 * One stated total set beside the total computed from the data.
 *
 * @category Programs
 */
export interface CumulativeLine {
  /** MOLIT's statement. */
  readonly statement: CumulativeStatement;
  /** Projects the library's data count up to the statement's last edition. */
  readonly computedProjects: number;
  /** Distinct countries the library's data count up to then. */
  readonly computedCountries: number;
  /** `"matches"` when both the project and the country counts agree. */
  readonly verdict: "matches" | "does-not-match";
  /** Why it matches or not, in English and Korean. */
  readonly reason: Label;
  /** The gaps in the data up to the statement's last edition. */
  readonly gaps: readonly Label[];
}

/**
 * Cumulative totals computed from the data, with MOLIT's stated totals and a verdict for each.
 *
 * @category Programs
 */
export interface CumulativeTotals {
  /** The last edition counted. */
  readonly throughYear: number;
  /** Listed projects of the editions up to `throughYear`. */
  readonly projects: number;
  /** Distinct countries of those projects, sorted. */
  readonly countries: readonly CountryCode[];
  /** Whether every edition up to `throughYear` lists all its projects. */
  readonly complete: boolean;
  /** The stated totals whose last edition is at most `throughYear`, with verdicts. */
  readonly lines: readonly CumulativeLine[];
}

function computeThrough(year: number): { projects: number; countries: CountryCode[] } {
  const ps = EDITIONS.flatMap((e) => (e.year <= year ? e.projects : []));
  return { projects: ps.length, countries: [...new Set(ps.map((p) => p.country))].sort() };
}

function gapsThrough(year: number): Label[] {
  const gaps: Label[] = [];
  for (const e of EDITIONS) {
    if (e.year > year || e.projectsComplete) continue;
    for (const s of e.subPrograms) {
      const listed = e.projects.filter((p) => p.subProgramId === s.id).length;
      const sel = s.counts.selected;
      if (!sel.known) {
        gaps.push(
          label(
            `${e.year} ${s.name.en}: the selected projects are not known (${listed} listed)`,
            `${e.year}년 ${s.name.ko}: 선정 사업을 알 수 없음 (목록 ${listed}건)`,
          ),
        );
      } else if (listed < sel.value) {
        const inferredCount = sel.reliability === "inferred";
        const how = inferredCount ? " (count inferred)" : "";
        const howKo = inferredCount ? " (추정 건수)" : "";
        gaps.push(
          label(
            `${e.year} ${s.name.en}: ${sel.value - listed} of ${sel.value} selected projects not known${how}`,
            `${e.year}년 ${s.name.ko}: 선정 ${sel.value}건 중 ${sel.value - listed}건 미확인${howKo}`,
          ),
        );
      }
    }
  }
  return gaps;
}

/**
 * Counts the projects and distinct countries of the editions up to a year, and sets each total that
 * MOLIT stated (23 projects in 19 countries after 2021, 33/21, 41/23, 49/26 in January 2025, 58/27 in
 * January 2026) beside the computed one with a verdict and the reason when they differ (for example
 * the unknown 2024 planning projects).
 *
 * @param throughYear - the last edition to count
 * @returns the totals and the verdicts (frozen)
 * @throws {@link KcnError} `UNKNOWN_EDITION` for a year without an edition
 * @example
 * ```ts
 * const t = cumulativeTotals(2023);
 * [t.projects, t.countries.length]; //=> [41, 23]
 * t.lines.map((l) => l.verdict).at(-1); //=> "matches"
 * cumulativeTotals(2024).lines.at(-1)?.verdict; //=> "does-not-match"
 * ```
 * @category Programs
 */
export function cumulativeTotals(throughYear: number): CumulativeTotals {
  getEdition(throughYear);
  return memo(CACHE, throughYear, () => {
    const now = computeThrough(throughYear);
    const lines = CUMULATIVE_STATEMENTS.filter((s) => s.throughYear <= throughYear).map(
      (s): CumulativeLine => {
        const c = computeThrough(s.throughYear);
        const gaps = gapsThrough(s.throughYear);
        const countries = c.countries.length;
        const matches = c.projects === s.projects && countries === s.countries;
        const stated = `${s.projects} projects in ${s.countries} countries`;
        const statedKo = `${s.countries}개국 ${s.projects}건`;
        const computed = `${c.projects} projects in ${countries} countries`;
        const computedKo = `${countries}개국 ${c.projects}건`;
        let reason: Label;
        if (matches) {
          reason = label(
            `The data give ${computed}, as stated.`,
            `자료 집계 ${computedKo}으로 발표와 같습니다.`,
          );
        } else {
          const because =
            gaps.length > 0
              ? gaps
              : [label("no gap in the data explains it", "자료의 공백으로 설명되지 않음")];
          reason = label(
            `The data give ${computed}, the statement ${stated}: ${because.map((g) => g.en).join("; ")}.${s.note ? ` ${s.note.en}` : ""}`,
            `자료 집계 ${computedKo}, 발표 ${statedKo}: ${because.map((g) => g.ko).join("; ")}.${s.note ? ` ${s.note.ko}` : ""}`,
          );
        }
        return {
          statement: s,
          computedProjects: c.projects,
          computedCountries: countries,
          verdict: matches ? "matches" : "does-not-match",
          reason,
          gaps,
        };
      },
    );
    return deepFreeze({
      throughYear,
      projects: now.projects,
      countries: now.countries,
      complete: EDITIONS.filter((e) => e.year <= throughYear).every((e) => e.projectsComplete),
      lines,
    }) as CumulativeTotals;
  });
}

/** The data are frozen constants, so each year's totals are computed once. */
const CACHE = new Map<number, CumulativeTotals>();
