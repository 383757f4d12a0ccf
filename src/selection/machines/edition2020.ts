import { freeze } from "../../core/freeze.js";
import type { SubProgramId, TrackId } from "../../programs/types.js";
import type { Machine } from "../types.js";
import { buildMachine, EXPERT_COMMITTEE, OPINION_COLLECTION } from "./blocks.js";

const notes2020 = [
  "Call 31 Jan - 20 Mar 2020; two weeks of opinion collection from Korean missions and ministries, then an expert evaluation committee; results about 20 Apr 2020 [S8, S40, S42].",
  "No demonstration track in 2020: both sub-programs are planning support.",
  "Executor procurement follows the program-wide rule: open bidding in Korea, scope and criteria drafted with the foreign government [S9, S39].",
];

/** A planning track's machine (both planning tracks share the steps). */
const planning = (track: TrackId, subProgramId: SubProgramId): Machine =>
  buildMachine({
    year: 2020,
    track,
    subProgramId,
    review: [OPINION_COLLECTION, EXPERT_COMMITTEE],
    procurement: true,
    rollover: false,
    notes: notes2020,
    sources: ["S8", "S40", "S42", "S9", "S39"],
  });

/** The 2020 machines: smart city development type and smart single-solution type. */
export const MACHINES_2020 = (): readonly Machine[] =>
  freeze([
    planning("urban-planning", "smart-city-development"),
    planning("solution-planning", "smart-single-solution"),
  ]);
