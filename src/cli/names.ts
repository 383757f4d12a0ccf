/**
 * The names the Korean output gives the data's ids: a sub-program or track by its Korean name with
 * the id in parentheses (`해외실증형 (overseas-demonstration)`), and a lifecycle event, guard or role
 * by its Korean label with the id after it (`신청 자격 검토를 통과(eligible)`). The English output keeps
 * the ids as they are.
 *
 * @internal
 * @module
 */
import type { Reliability } from "../core/fact.js";
import type { Label, Lang } from "../core/label.js";
import { GUARD_LABELS } from "../i18n/labels.js";
import { listEditions } from "../programs/listEditions.js";
import { TRACKS } from "../programs/tracks.js";
import { ROLES } from "../selection/roles.js";
import type { Machine } from "../selection/types.js";

/**
 * A label with an id after it: `제안서 제출(submit)`. The id follows the label's head, before an aside
 * in parentheses: `취소(cancel) (사유 필수)`, `사무국(secretariat) (KIND, KAIA 또는 국토교통부)`.
 */
export function withId(label: string, id: string): string {
  const aside = /^(.+?) (\([^()]*\))$/.exec(label);
  return aside ? `${aside[1]}(${id}) ${aside[2]}` : `${label}(${id})`;
}

/** The Korean name of a sub-program of an edition, or `undefined` when the edition has no such sub-program. */
export function subProgramNameKo(year: unknown, id: unknown): string | undefined {
  const edition = listEditions().find((e) => e.year === Number(year));
  return edition?.subPrograms.find((s) => s.id === id)?.name.ko;
}

/**
 * A sub-program of an edition as the output names it: its id in English, `해외실증형
 * (overseas-demonstration)` in Korean (the id alone when the edition has no such sub-program).
 */
export function subProgramText(year: unknown, id: string, lang: Lang): string {
  const ko = lang === "ko" ? subProgramNameKo(year, id) : undefined;
  return ko === undefined ? id : `${ko} (${id})`;
}

/** A track as the output names it: its id in English, `스마트도시 계획수립 (urban-planning)` in Korean. */
export function trackText(id: string, lang: Lang): string {
  const ko = lang === "ko" ? TRACKS.find((t) => t.id === id)?.name.ko : undefined;
  return ko === undefined ? id : `${ko} (${id})`;
}

/** A track inside parentheses of a Korean sentence: `스마트솔루션 해외실증, solution-demonstration` (no nested parentheses). */
export function trackInAside(id: string): string {
  const ko = TRACKS.find((t) => t.id === id)?.name.ko;
  return ko === undefined ? id : `${ko}, ${id}`;
}

/** A lifecycle guard: its id in English, `신청 자격 검토를 통과(eligible)` in Korean. */
export function guardText(guard: string, lang: Lang): string {
  const label = Object.hasOwn(GUARD_LABELS, guard)
    ? GUARD_LABELS[guard as keyof typeof GUARD_LABELS].ko
    : undefined;
  return lang === "ko" && label !== undefined ? withId(label, guard) : guard;
}

/** A role by its label in `lang`; in Korean with its id (`신청자(applicant)`), as the files write it. */
export function roleText(role: string, lang: Lang): string {
  const label = Object.hasOwn(ROLES, role) ? ROLES[role as keyof typeof ROLES] : undefined;
  if (label === undefined) return JSON.stringify(role);
  return lang === "ko" ? withId(label.ko, role) : label.en;
}

/**
 * An event of a machine: its id in English, `제안서 제출(submit)` in Korean (the label of the
 * transition from `from` when given, else of the first transition with that event). An event the
 * machine does not have is quoted as received.
 */
export function eventText(machine: Machine, event: string, lang: Lang, from?: string): string {
  if (lang !== "ko") return event;
  const all = machine.transitions.filter((t) => t.event === event);
  const t = all.find((x) => from !== undefined && x.from.includes(from)) ?? all[0];
  return t === undefined ? JSON.stringify(event) : withId(t.label.ko, event);
}

/** A state of a machine: `선정(selected)` in Korean, the id in English; an unknown state quoted. */
export function stateText(machine: Machine, state: string, lang: Lang): string {
  if (lang !== "ko") return state;
  const s = machine.states.find((x) => x.id === state);
  return s === undefined ? JSON.stringify(state) : withId(s.staff.ko, state);
}

/** The reports' words for a fact's reliability (`[S33, machine-translated]`, `(공식)`). */
export const RELIABILITY: Readonly<Record<Reliability, Label>> = {
  official: { en: "official", ko: "공식" },
  press: { en: "press", ko: "언론" },
  "machine-translated": { en: "machine-translated", ko: "기계 번역" },
  inferred: { en: "inferred", ko: "추정" },
};

/**
 * The grade of a fact said beside its sources when it is not an official or a press source's own
 * statement (`[S33, machine-translated]`, `[S24, 추정]`), or `undefined` for those.
 */
export function unsureGrade(reliability: string | undefined, lang: Lang): string | undefined {
  return reliability === "inferred" || reliability === "machine-translated"
    ? RELIABILITY[reliability][lang]
    : undefined;
}
