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

const basedOn = {
  year: 2022,
  note: "The 2023 call publishes the criteria (planning: importance, business viability, feasibility; demonstration: implementation conditions and Korean firms' entry potential) and a June selection, but not the steps; the steps of 2022 are used.",
};
const notes = [
  "Public notice 10 Apr 2023; deadlines: planning 10 May, demonstration 30 May; final selection in June; results 22 Jun 2023 [S10, S25, S48, S14].",
  "Planning executors chosen by a tender run by MOLIT with KIND (Uman: K-water consortium, 23 Aug 2023) [S15].",
];

/** A planning track's machine (both planning tracks share the steps). */
const planning = (track: TrackId): Machine =>
  buildMachine({
    year: 2023,
    track,
    subProgramId: "planning",
    review: [DOCUMENT_REVIEW, SCOPE_NEGOTIATION, FINAL_REVIEW_COMMITTEE],
    procurement: true,
    rollover: false,
    basedOn,
    notes,
    sources: ["S10", "S25", "S48", "S14", "S15"],
  });

/** The 2023 machines: the planning type (both planning tracks) and the overseas demonstration type. */
export const MACHINES_2023 = (): readonly Machine[] =>
  freeze([
    planning("urban-planning"),
    planning("solution-planning"),
    buildMachine({
      year: 2023,
      track: "solution-demonstration",
      subProgramId: "overseas-demonstration",
      review: [DEMONSTRATION_DOCUMENT_REVIEW, PRESENTATION, COUNTERPART_CONFIRMATION, FINAL_REVIEW_COMMITTEE],
      procurement: false,
      rollover: false,
      basedOn,
      notes: [notes[0] as string],
      sources: ["S10", "S25", "S48", "S14"],
    }),
  ]);
