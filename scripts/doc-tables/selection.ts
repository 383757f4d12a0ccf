import { type Krw, krw } from "../../src/money/index.js";
import { listMachines } from "../../src/selection/machines/index.js";

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

export const generators = {
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
        `### ${m.name.en} (\`${m.id}\`)`,
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
