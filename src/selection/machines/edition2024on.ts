import type { SourceTag } from "../../core/fact.js";
import { freeze } from "../../core/freeze.js";
import type { Machine } from "../types.js";
import type { MachineSpec } from "./blocks.js";
import { buildMachine, KAIA_EVALUATION, PRE_CONSULTING, SELECTION_COMMITTEE } from "./blocks.js";

/** Per edition: the notes on its documented procedure and the sources they cite, per type. */
const YEAR_NOTES: Readonly<
  Record<
    number,
    { planning: string; demo: string; basedOn: boolean; sources: readonly [SourceTag[], SourceTag[]] }
  >
> = {
  2024: {
    planning:
      "Year-round intake to KIND; proposals received by the end of April 2024 go through pre-consulting to the selection committee (planned for end of June); later ones roll over to 2025 [S53, S26, S27, S9, S39].",
    demo: "Call 30 Jan - 18/19 Mar 2024 to KAIA; selection review committee 16 Apr 2024, results 17 Apr 2024 [S53, S27, S58].",
    basedOn: false,
    sources: [
      ["S53", "S26", "S27", "S9", "S39", "S29", "S57"],
      ["S26", "S53", "S27", "S58"],
    ],
  },
  2025: {
    planning: "Year-round intake to KIND; selection at year-end after pre-consulting [S2, S23, S36].",
    demo: "Call 6 Feb - 11 Mar 2025 to KAIA; selection in April, results 7 Apr 2025, demonstrations from April [S23, S36, S17, S28].",
    basedOn: true,
    sources: [
      ["S2", "S23", "S36", "S29", "S9", "S39"],
      ["S23", "S36", "S17", "S28"],
    ],
  },
  2026: {
    planning:
      "Proposals go through pre-consulting during the year, final selection in January of the next year, then a KIND tender (bidding briefing 11 Feb 2026) [S24, S29, S55].",
    demo: "International call until 17 Mar 2026; selection in April; demonstrations finished within the year [S55].",
    basedOn: true,
    sources: [
      ["S24", "S29", "S55", "S9", "S39"],
      ["S24", "S55"],
    ],
  },
};

function forYear(year: number): Machine[] {
  // called for the years of YEAR_NOTES only
  const n = YEAR_NOTES[year] as (typeof YEAR_NOTES)[number];
  const basedOn = n.basedOn
    ? {
        basedOn: {
          year: 2024,
          note: `The ${year} sources give the intake, pre-consulting and the April demonstration selection but not the committee step; the 2024 steps (pre-consulting, then the selection committee, then a KIND tender; KAIA evaluation, then the selection committee) are used.`,
        },
      }
    : {};
  const planning = (track: MachineSpec["track"]): Machine =>
    buildMachine({
      year,
      track,
      subProgramId: "planning",
      review: [PRE_CONSULTING, SELECTION_COMMITTEE],
      procurement: true,
      rollover: true,
      ...basedOn,
      notes: [
        n.planning,
        "The Korean executor is chosen by a KIND tender; the host government is consulted on the scope and criteria [S29, S9, S39].",
      ],
      sources: n.sources[0],
    });
  return [
    planning("urban-planning"),
    planning("solution-planning"),
    buildMachine({
      year,
      track: "solution-demonstration",
      subProgramId: "overseas-demonstration",
      review: [KAIA_EVALUATION, SELECTION_COMMITTEE],
      procurement: false,
      rollover: false,
      ...basedOn,
      notes: [n.demo],
      sources: n.sources[1],
    }),
  ];
}

/** The 2024, 2025 and 2026 machines: planning (year-round, pre-consulting, roll-over) and demonstration. */
export const MACHINES_2024_ON = (): readonly Machine[] =>
  freeze([...forYear(2024), ...forYear(2025), ...forYear(2026)]);
