/**
 * The program's editions 2020-2026 as sourced data: tracks, sub-programs, calls, funding, counts and
 * selected projects, with queries and statistics.
 *
 * @module programs
 */
export type {
  CountryCode,
  Counts,
  Edition,
  EditionEvent,
  EditionEventKind,
  Intake,
  PartialDateString,
  PerProjectFunding,
  ReviewStep,
  SecretariatId,
  SelectedProject,
  Source,
  SubProgram,
  SubProgramId,
  Track,
  TrackId,
} from "./types.js";
