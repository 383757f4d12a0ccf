import { freeze } from "../../core/freeze.js";
import type { TrackId } from "../../programs/types.js";
import type { Machine } from "../types.js";
import {
  buildMachine,
  COUNTERPART_CONFIRMATION,
  DEMONSTRATION_DOCUMENT_REVIEW,
  DOCUMENT_REVIEW,
  FINAL_REVIEW_COMMITTEE,
  PRESENTATION,
  SCOPE_NEGOTIATION,
} from "./blocks.js";

const planningNotes = [
  "Planning: (1) document review on importance, business viability and feasibility, (2) scope negotiation with the counterpart country or city [S49]; a final review committee assessed feasibility and readiness [S7, S45], its place after the negotiation inferred.",
  "The 2021 planning types were merged into one Smart City Planning sub-program that covers both planning tracks [S46].",
  "Korean executors: tender notice at the end of June, selection in July 2022 [S7, S45].",
];

/** A planning track's machine (both planning tracks share the steps). */
const planning = (track: TrackId): Machine =>
  buildMachine({
    year: 2022,
    track,
    subProgramId: "smart-city-planning",
    review: [DOCUMENT_REVIEW, SCOPE_NEGOTIATION, FINAL_REVIEW_COMMITTEE],
    procurement: true,
    rollover: false,
    notes: planningNotes,
    sources: ["S49", "S7", "S45", "S46"],
  });

/** The 2022 machines: Smart City Planning (both planning tracks) and the demonstration. */
export const MACHINES_2022 = (): readonly Machine[] =>
  freeze([
    planning("urban-planning"),
    planning("solution-planning"),
    buildMachine({
      year: 2022,
      track: "solution-demonstration",
      subProgramId: "smart-solution-demonstration",
      review: [DEMONSTRATION_DOCUMENT_REVIEW, PRESENTATION, COUNTERPART_CONFIRMATION, FINAL_REVIEW_COMMITTEE],
      procurement: false,
      rollover: false,
      notes: [
        "Demonstration: (1) document review, (2) presentation evaluation, (3) confirmation by the counterpart country or city [S49].",
        "The final review committee placed after the counterpart's confirmation is inferred: the sources name the committee [S7, S45] but not its place among the steps.",
      ],
      sources: ["S49", "S7", "S45"],
    }),
  ]);
