import { freeze } from "../../core/freeze.js";
import type { SubProgramId, TrackId } from "../../programs/types.js";
import type { Machine } from "../types.js";
import {
  buildMachine,
  DOCUMENT_REVIEW,
  FINAL_REVIEW_COMMITTEE,
  JOINT_VIRTUAL_CONFERENCE,
  SCOPE_NEGOTIATION,
  SELECTION_COMMITTEE,
} from "./blocks.js";

const basedOn = {
  year: 2022,
  note: "The 2021 review steps for the planning types are not documented; the steps of 2022 (document review, scope negotiation with the counterpart, final review committee) are used: the nearest edition with the same kind of call and a late-June result.",
};
const after = [
  "Results announced 22-23 Jun 2021, with the plan: appropriations in June, Korean executors by July (the host governments consulted, on the company too), planning projects from August 2021 (2021 results release).",
];

/** A planning track's machine (both planning tracks share the steps). */
const planning = (track: TrackId, subProgramId: SubProgramId): Machine =>
  buildMachine({
    year: 2021,
    track,
    subProgramId,
    review: [DOCUMENT_REVIEW, SCOPE_NEGOTIATION, FINAL_REVIEW_COMMITTEE],
    procurement: true,
    rollover: false,
    basedOn,
    notes: after,
    sources: ["S16", "S32", "S52", "S1", "S49"],
  });

/** The 2021 machines: smart city planning, smart solution planning and the new demonstration. */
export const MACHINES_2021 = (): readonly Machine[] =>
  freeze([
    planning("urban-planning", "smart-city-planning"),
    planning("solution-planning", "smart-solution-planning"),
    buildMachine({
      year: 2021,
      track: "solution-demonstration",
      subProgramId: "smart-solution-demonstration",
      review: [JOINT_VIRTUAL_CONFERENCE, SELECTION_COMMITTEE],
      procurement: false,
      rollover: false,
      notes: [
        "Korean companies partnering with overseas host governments apply; they presented in joint virtual conferences with the partner agencies, then the project selection committee approved three pilots (2021 results release).",
        "Planned at the results: appropriations in June 2021, demonstrations from July 2021.",
      ],
      sources: ["S16", "S32", "S52", "S1"],
    }),
  ]);
