/**
 * k-city-network: typed data, validators and calculators for Korea's K-City Network Global
 * Cooperation Program (MOLIT, 2020-2026).
 *
 * Every feature is also available on its own subpath (`k-city-network/money`, `/programs`,
 * `/eligibility`, `/selection`, `/timeline`, `/errors`).
 *
 * @packageDocumentation
 */

// --- core: results, labels, provenance ---
export {
  type Fact,
  inferred,
  type KnownFact,
  known,
  RELIABILITIES,
  type Reliability,
  type SourceTag,
  type UnknownFact,
  unknown,
  valueOr,
} from "./core/fact.js";
export { isLang, LANGS, type Label, type Lang, localize } from "./core/label.js";
export { type Err, err, type FieldPath, type Issue, type Ok, ok, type Result } from "./core/result.js";
export { fromZodIssues, parseOrThrow, type SchemaIssueCode } from "./core/zodIssues.js";
// --- errors ---
export { describeReceived, isKcnError, KCN_ERROR_CODES, KcnError, type KcnErrorCode } from "./errors.js";
// --- money ---
export {
  type FundingRange,
  fundingRange,
  isKrw,
  isWithinRange,
  type Krw,
  type KrwInput,
  krw,
  type Money,
} from "./money/index.js";
// --- programs ---
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
} from "./programs/index.js";
// --- eligibility ---
// --- selection ---
// --- timeline ---
