import { SECRETARIAT_LABELS } from "../../src/i18n/labels.js";
import { type Krw, krw } from "../../src/money/index.js";
import { getSubProgram } from "../../src/programs/getSubProgram.js";
import type { SecretariatId } from "../../src/programs/types.js";
import { listMachines } from "../../src/selection/machines/index.js";
import type { Machine, TransitionDef } from "../../src/selection/types.js";

const MACHINES = listMachines();

import { ROLES } from "../../src/selection/roles.js";
import {
  NOT_SELECTED_REASONS,
  type SelectionCandidate,
  selectProjects,
} from "../../src/selection/selectProjects.js";
import { toMermaid } from "../../src/selection/toMermaid.js";

const esc = (s: string): string => s.replaceAll("|", "\\|");
const eok = (n: bigint): string => `${(Number(n) / 1e8).toLocaleString("en-US")}억`;

/** The worked example of docs/lifecycle.md: a small 2021-like round. */
export const WORKED_EXAMPLE: readonly SelectionCandidate[] = [
  {
    id: "ke-nairobi",
    subProgramId: "smart-city-planning",
    country: "KE",
    score: 91,
    requested: krw(500_000_000),
    submittedAt: "2021-04-12",
  },
  {
    id: "ph-clark",
    subProgramId: "smart-city-planning",
    country: "PH",
    score: 91,
    requested: krw(600_000_000),
    submittedAt: "2021-04-02",
  },
  {
    id: "ke-mombasa",
    subProgramId: "smart-solution-planning",
    country: "KE",
    score: 88,
    requested: krw(300_000_000),
    submittedAt: "2021-04-01",
  },
  {
    id: "uz-tashkent",
    subProgramId: "smart-city-planning",
    country: "UZ",
    score: 86,
    requested: krw(600_000_000),
    submittedAt: "2021-04-15",
  },
  {
    id: "id-capital",
    subProgramId: "smart-city-planning",
    country: "ID",
    score: 84,
    requested: krw(400_000_000),
    submittedAt: "2021-04-16",
  },
  {
    id: "vn-haiphong",
    subProgramId: "smart-solution-planning",
    country: "VN",
    score: 83,
    requested: krw(300_000_000),
    submittedAt: "2021-04-10",
  },
  {
    id: "bo-santa-cruz",
    subProgramId: "smart-solution-planning",
    country: "BO",
    score: 80,
    requested: krw(300_000_000),
    submittedAt: "2021-04-19",
  },
  {
    id: "az-baku",
    subProgramId: "smart-solution-planning",
    country: "AZ",
    score: 58,
    requested: krw(200_000_000),
    submittedAt: "2021-04-03",
  },
];

export const WORKED_OPTIONS = {
  quotas: { "smart-city-planning": 2, "smart-solution-planning": 2 },
  budget: krw(1_800_000_000),
  countryCap: 1,
  cutoff: 60,
} as const;

const code = (s: string): string => `\`${s}\``;

/** Consecutive years as ranges: [2020, 2021, 2022, 2024] → "2020–2022, 2024". */
function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] as number) + 1) j++;
    out.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return out.join(", ");
}

/**
 * A set of machines in few words: "all", or its tracks with their years, tracks with the same years
 * together ("`urban-planning`, `solution-planning`: 2021–2023; `solution-demonstration`: 2022–2023").
 */
export function machinesText(machines: readonly Machine[], all: readonly Machine[] = MACHINES): string {
  const ids = new Set(machines.map((m) => m.id));
  if (all.every((m) => ids.has(m.id))) return "all";
  const tracks = [...new Set(all.map((m) => m.track))];
  const byYears = new Map<string, string[]>();
  for (const track of tracks) {
    const years = machines.filter((m) => m.track === track).map((m) => m.year);
    if (years.length === 0) continue;
    const key = yearRanges(years);
    byYears.set(key, [...(byYears.get(key) ?? []), code(track)]);
  }
  return [...byYears].map(([years, t]) => `${t.join(", ")}: ${years}`).join("; ");
}

/** One event as the machines define it: its roles, guards and label, and the machines that have it so. */
export interface EventRow {
  readonly event: string;
  readonly transition: TransitionDef;
  readonly machines: readonly Machine[];
}

const rowKey = (t: TransitionDef): string =>
  JSON.stringify([t.event, t.roles, t.guards, t.label.en, t.label.ko]);

/**
 * Every event of the machines, one row per way of defining it (an event whose roles, guards or label
 * differ between machines, such as `start`, has a row for each), in the machines' own order: a row
 * comes after every row that precedes it in some machine's list of transitions and, among the rows
 * free to come next, the one met first (the oldest edition's) comes first.
 */
export function eventRows(machines: readonly Machine[] = MACHINES): EventRow[] {
  const rows = new Map<string, { transition: TransitionDef; machines: Machine[] }>();
  const before = new Map<string, Set<string>>();
  for (const m of machines) {
    let previous: string | undefined;
    for (const t of m.transitions) {
      const key = rowKey(t);
      const row = rows.get(key);
      if (row) row.machines.push(m);
      else {
        rows.set(key, { transition: t, machines: [m] });
        before.set(key, new Set());
      }
      if (previous !== undefined) before.get(key)?.add(previous);
      previous = key;
    }
  }
  const left = [...rows.keys()];
  const done = new Set<string>();
  const order: string[] = [];
  while (left.length > 0) {
    // the first row met whose predecessors are all placed (or, were the orders ever to conflict, the first row)
    const i = Math.max(
      0,
      left.findIndex((k) => [...(before.get(k) ?? [])].every((p) => done.has(p))),
    );
    const [key] = left.splice(i, 1) as [string];
    done.add(key);
    order.push(key);
  }
  return order.map((key) => {
    const row = rows.get(key) as { transition: TransitionDef; machines: Machine[] };
    return { event: row.transition.event, transition: row.transition, machines: row.machines };
  });
}

const EVENT_HEAD = [
  "| event | what it does | 내용 | roles | role (English) | 역할 (한국어) | guards |",
  "| --- | --- | --- | --- | --- | --- | --- |",
];

function eventCells(t: TransitionDef): string {
  const roles = t.roles.map(code).join(", ");
  const en = t.roles.map((r) => ROLES[r].en).join("; ");
  const ko = t.roles.map((r) => ROLES[r].ko).join("; ");
  const guards = t.guards.length > 0 ? t.guards.map(code).join(", ") : "none";
  return `| ${code(t.event)} | ${esc(t.label.en)} | ${esc(t.label.ko)} | ${roles} | ${esc(en)} | ${esc(ko)} | ${guards} |`;
}

/** The machine's sub-program's secretariat, or undefined where the sources do not give it. */
function secretariatOf(m: Machine): SecretariatId | undefined {
  const fact = getSubProgram(m.year, m.subProgramId).secretariat;
  return fact.known ? fact.value : undefined;
}

const EVENT_GENERATORS = {
  "lifecycle-events-common": (): string => {
    const all = MACHINES;
    const rows = eventRows(all).filter((r) => r.machines.length === all.length);
    return [...EVENT_HEAD, ...rows.map((r) => eventCells(r.transition))].join("\n");
  },
  "lifecycle-events-varying": (): string => {
    const all = MACHINES;
    const rows = eventRows(all).filter((r) => r.machines.length < all.length);
    return [
      `${EVENT_HEAD[0]} machines |`,
      `${EVENT_HEAD[1]} --- |`,
      ...rows.map((r) => `${eventCells(r.transition)} ${machinesText(r.machines, all)} |`),
    ].join("\n");
  },
  "lifecycle-secretariats": (): string => {
    const all = MACHINES;
    const groups = new Map<SecretariatId | undefined, Machine[]>();
    for (const m of all) {
      const s = secretariatOf(m);
      groups.set(s, [...(groups.get(s) ?? []), m]);
    }
    const known = (Object.keys(SECRETARIAT_LABELS) as SecretariatId[]).filter((s) => groups.has(s));
    return [
      "| secretariat | 사무국 | machines |",
      "| --- | --- | --- |",
      ...known.map(
        (s) =>
          `| ${esc(SECRETARIAT_LABELS[s].en)} | ${esc(SECRETARIAT_LABELS[s].ko)} | ${machinesText(groups.get(s) ?? [], all)} |`,
      ),
      ...(groups.has(undefined)
        ? [`| not found | 확인되지 않음 | ${machinesText(groups.get(undefined) ?? [], all)} |`]
        : []),
    ].join("\n");
  },
};

export const generators = {
  ...EVENT_GENERATORS,
  "lifecycle-machines": (): string =>
    [
      "| machine | sub-program | review steps | executor tender | roll-over | steps based on |",
      "| --- | --- | --- | --- | --- | --- |",
      ...MACHINES.map((m) => {
        const ids = new Set(m.states.map((s) => s.id));
        const reviews = m.transitions
          .filter((t) => t.event === "reject")
          .flatMap((t) => t.from)
          .map((id) => m.states.find((s) => s.id === id)?.staff.en ?? id);
        return `| \`${m.id}\` | \`${m.subProgramId}\` | ${esc(reviews.join(" → "))} | ${ids.has("tender-notice") ? "yes" : "no"} | ${ids.has("rolled-over") ? "yes" : "no"} | ${m.basedOn ? `${m.basedOn.year}` : "documented"} |`;
      }),
    ].join("\n"),
  "lifecycle-roles": (): string =>
    [
      "| role | English | 한국어 |",
      "| --- | --- | --- |",
      ...Object.entries(ROLES).map(([id, l]) => `| \`${id}\` | ${l.en} | ${l.ko} |`),
    ].join("\n"),
  "lifecycle-diagrams": (): string =>
    MACHINES.map((m) =>
      [
        `### ${m.name.en} (${m.id})`,
        "",
        `${m.name.ko}. Sub-program \`${m.subProgramId}\`. Sources: ${m.sources.join(", ")}.`,
        "",
        ...m.notes.map((n) => `- ${n}`),
        ...(m.basedOn ? [`- **Based on ${m.basedOn.year}:** ${m.basedOn.note}`] : []),
        "",
        "```mermaid",
        toMermaid(m).trimEnd(),
        "```",
        "",
      ].join("\n"),
    ).join("\n"),
  "selection-reasons": (): string =>
    [
      "| reason | English | 한국어 |",
      "| --- | --- | --- |",
      ...Object.entries(NOT_SELECTED_REASONS).map(([id, l]) => `| \`${id}\` | ${l.en} | ${l.ko} |`),
    ].join("\n"),
  "selection-worked-example": (): string => {
    const out = selectProjects(WORKED_EXAMPLE, WORKED_OPTIONS);
    const verdict = new Map<string, string>();
    for (const s of out.selected) verdict.set(s.candidate.id, "**selected**");
    for (const n of out.notSelected)
      verdict.set(n.candidate.id, `\`${n.reason}\`${n.reason === "BELOW_CUTOFF" ? "" : " (reserve)"}`);
    const ranked = [...out.selected, ...out.notSelected].sort((a, b) => a.rank - b.rank);
    return [
      "| rank | id | sub-program | country | score | submitted | requested | outcome |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
      ...ranked.map(
        (r) =>
          `| ${r.rank} | \`${r.candidate.id}\` | \`${r.candidate.subProgramId}\` | ${r.candidate.country} | ${r.candidate.score} | ${r.candidate.submittedAt} | ${eok((r.candidate.requested as Krw).amount)} | ${verdict.get(r.candidate.id)} |`,
      ),
      "",
      `Selected ${out.selected.length}, total ${eok(out.totalSelected.amount)} of ${eok(WORKED_OPTIONS.budget.amount)}; left ${eok(out.remainingBudget?.amount ?? 0n)}. Reserve list, in order: ${out.reserve.map((r) => `\`${r.candidate.id}\``).join(", ")}.`,
    ].join("\n");
  },
};
