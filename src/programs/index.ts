/**
 * The program's editions 2020-2026 as sourced data: tracks, sub-programs, calls, funding, counts and
 * selected projects, with queries and statistics.
 *
 * @module programs
 */

// The shared types of what this entry returns and takes, so that a consumer of this subpath alone
// can name them (their functions, such as `ok` and `localize`, are on the root entry).
export type * from "../core/sharedTypes.js";
export { continuationChain } from "./continuationChain.js";
export {
  assertCountryCode,
  COUNTRY_CODES,
  countryName,
  type IsoCountryCode,
  isCountryCode,
} from "./countries.js";
export {
  CUMULATIVE_STATEMENTS,
  type CumulativeLine,
  type CumulativeStatement,
  type CumulativeTotals,
  cumulativeTotals,
} from "./cumulativeTotals.js";
export { EDITION_2020 } from "./data/edition2020.js";
export { EDITION_2021 } from "./data/edition2021.js";
export { EDITION_2022 } from "./data/edition2022.js";
export { EDITION_2023 } from "./data/edition2023.js";
export { EDITION_2024 } from "./data/edition2024.js";
export { EDITION_2025 } from "./data/edition2025.js";
export { EDITION_2026 } from "./data/edition2026.js";
export { EDITIONS } from "./data/editions.js";
export { getSource, SOURCES } from "./data/sources.js";
export { type EditionStats, editionStats, type StatsFigures, type SubProgramStats } from "./editionStats.js";
export { findProjects, type ProjectFilter } from "./findProjects.js";
export {
  type BudgetFit,
  type EnvelopeLine,
  type FundingEnvelope,
  type FundingEnvelopeOptions,
  fundingEnvelope,
} from "./fundingEnvelope.js";
export { getEdition, hasEdition } from "./getEdition.js";
export { allProjects, getProject } from "./getProject.js";
export { getSubProgram } from "./getSubProgram.js";
export { editionYears, listEditions } from "./listEditions.js";
export { type CountryProjects, projectsByCountry } from "./projectsByCountry.js";
export { type Ratio, ratio } from "./ratio.js";
export { getTrack, isTrackId, TRACK_IDS, TRACKS } from "./tracks.js";
export type {
  CountryCode,
  Counts,
  Edition,
  EditionEvent,
  EditionEventKind,
  EditionYear,
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
export { UNKNOWN_SUB_PROGRAM_ID } from "./types.js";
