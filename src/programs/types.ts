/**
 * The data model of the program: tracks, sub-programs, editions, selected projects and sources.
 *
 * These types are the contract that eligibility, selection and timeline code against.
 *
 * @module
 */
import type { Fact, Reliability, SourceTag } from "../core/fact.js";
import type { Label } from "../core/label.js";
import type { FundingRange, Krw } from "../money/index.js";

/**
 * A date as precise as the sources give it, in Korea time (Asia/Seoul, UTC+9):
 * `"2021"`, `"2021-06"`, `"2021-06-22"`, or a day with a time `"2026-02-10T17:00"`.
 * The `timeline` module parses, compares and formats these.
 *
 * @category Programs
 */
export type PartialDateString = string;

/**
 * The lasting kinds of work behind the changing sub-program names.
 *
 * @category Programs
 */
export type TrackId = "urban-planning" | "solution-planning" | "solution-demonstration";

/**
 * A track with its bilingual name and description.
 *
 * @category Programs
 */
export interface Track {
  readonly id: TrackId;
  readonly name: Label;
  readonly description: Label;
  /** Whether the work is a planning study carried out by a Korean executor chosen by tender. */
  readonly planning: boolean;
}

/**
 * Identifier of a sub-program inside its edition (kebab-case), for example `"smart-city-planning"`
 * (2021-2022), `"planning"` and `"overseas-demonstration"` (2023-2026).
 *
 * @category Programs
 */
export type SubProgramId = string;

/**
 * Organisations that run a sub-program's intake and review.
 *
 * @category Programs
 */
export type SecretariatId = "molit" | "kind" | "kaia";

/**
 * How proposals come in: a fixed call window, or year-round intake with a cutoff for this cycle.
 *
 * Dates are {@link PartialDateString}s in Korea time; a call that closes on a day closes at the end of
 * that day in Seoul.
 *
 * @category Programs
 */
export type Intake =
  | {
      readonly kind: "call";
      /** First day proposals are accepted. */
      readonly opens: Fact<PartialDateString>;
      /** Last day proposals are accepted (inclusive, end of day in Seoul). */
      readonly closes: Fact<PartialDateString>;
      /** A remark on the window (an alternative date in another source...). */
      readonly note?: string;
    }
  | {
      readonly kind: "rolling";
      /** First day of year-round intake for this cycle. */
      readonly opens: Fact<PartialDateString>;
      /** Last day (inclusive) that counts for this edition's selection (2024: end of April). */
      readonly cutoff: Fact<PartialDateString>;
      /** The edition that proposals received after the cutoff roll over to. */
      readonly rollsOverTo: number;
      /** Whether pre-consulting (with KIND) precedes the selection committee. */
      readonly preConsulting: boolean;
      /** A remark on the intake (how selection follows, what the sources leave open...). */
      readonly note?: string;
    };

/**
 * A review step of a sub-program, in order.
 *
 * @category Programs
 */
export interface ReviewStep {
  /** kebab-case id, e.g. `document-review`, `presentation`, `counterpart-confirmation`. */
  readonly id: string;
  readonly name: Label;
  readonly sources: readonly SourceTag[];
}

/**
 * Per-project funding: as announced in the call and as awarded in the results, when they differ.
 *
 * `approximate` is `true` where the source says "about" (2026: about 700M each).
 *
 * @category Programs
 */
export interface PerProjectFunding {
  readonly call: Fact<FundingRange>;
  readonly awarded: Fact<FundingRange>;
  readonly approximate: boolean;
}

/**
 * Counts for an edition or a sub-program. Each is a fact: known with sources, or unknown.
 *
 * @category Programs
 */
export interface Counts {
  readonly applications: Fact<number>;
  /** Distinct countries the applications came from. */
  readonly applicantCountries: Fact<number>;
  readonly selected: Fact<number>;
  /** Distinct countries of the selected projects. */
  readonly selectedCountries: Fact<number>;
}

/**
 * What one edition offered under its own name.
 *
 * @category Programs
 */
export interface SubProgram {
  readonly id: SubProgramId;
  readonly year: number;
  readonly name: Label;
  /** The tracks it covers (2022 "Smart City Planning" covers both planning tracks). */
  readonly tracks: readonly TrackId[];
  readonly purpose: Fact<Label>;
  readonly funding: PerProjectFunding;
  /** Target number of projects, as a closed interval (`{min: 4, max: 4}` for "about 4"). */
  readonly targetCount: Fact<{ readonly min: number; readonly max: number }>;
  readonly secretariat: Fact<SecretariatId>;
  readonly intake: Intake;
  readonly reviewSteps: Fact<readonly ReviewStep[]>;
  readonly criteria: Fact<readonly Label[]>;
  readonly counts: Counts;
}

/**
 * Kinds of dated events in an edition's calendar.
 *
 * @category Programs
 */
export type EditionEventKind =
  | "call-announced"
  | "call-opens"
  | "call-closes"
  | "rolling-cutoff"
  | "review"
  | "results-announced"
  | "appropriation"
  | "executor-tender"
  | "executor-selected"
  | "track-start"
  | "training"
  | "expo"
  | "other";

/**
 * A dated event of an edition, as precise as the sources give it.
 *
 * @category Programs
 */
export interface EditionEvent {
  readonly kind: EditionEventKind;
  /** The sub-program it concerns, when it concerns one. */
  readonly subProgramId?: SubProgramId;
  /** The track it concerns (for "track-start"). */
  readonly track?: TrackId;
  readonly date: PartialDateString;
  readonly label: Label;
  readonly sources: readonly SourceTag[];
  readonly reliability: Reliability;
  readonly note?: string;
  /** `true` when the event was announced as planned and its actual date is not known. */
  readonly planned?: boolean;
}

/**
 * An ISO 3166-1 alpha-2 country code (`"KE"`), validated against the library's list.
 *
 * @category Programs
 */
export type CountryCode = string;

/**
 * The {@link SelectedProject.subProgramId} of a project whose sub-program the sources do not give
 * (several 2020 projects); its `track` is then unknown too.
 *
 * @category Programs
 */
export const UNKNOWN_SUB_PROGRAM_ID = "unknown";

/**
 * A project an edition selected.
 *
 * @category Programs
 */
export interface SelectedProject {
  /** Stable id: `<year>-<country lower>-<kebab site>`, e.g. `"2021-ke-nairobi"`. */
  readonly id: string;
  readonly year: number;
  /** Its sub-program in the edition, or {@link UNKNOWN_SUB_PROGRAM_ID} when the sources do not say. */
  readonly subProgramId: SubProgramId;
  /** The track of this project (one, even when its sub-program covers several). */
  readonly track: Fact<TrackId>;
  readonly country: CountryCode;
  readonly site: Fact<Label>;
  readonly title: Fact<Label>;
  readonly proposer: Fact<Label>;
  /** Korean company (demonstration) or executor (planning). */
  readonly koreanCompany: Fact<Label>;
  /** The id of the earlier project it continues, if any. */
  readonly continues?: string;
  readonly sources: readonly SourceTag[];
  readonly reliability: Reliability;
  readonly note?: string;
}

/**
 * One year of the program.
 *
 * @category Programs
 */
export interface Edition {
  readonly year: number;
  readonly name: Label;
  readonly subPrograms: readonly SubProgram[];
  /** The stated annual budget. */
  readonly budget: Fact<Krw>;
  readonly counts: Counts;
  /** Whether `projects` lists every selected project of the edition. */
  readonly projectsComplete: boolean;
  readonly projects: readonly SelectedProject[];
  /** The target number of projects for the whole edition, where the sources state one. */
  readonly targetCount?: Fact<{ readonly min: number; readonly max: number }>;
  readonly events: readonly EditionEvent[];
  /** Package elements besides funding (training course in Korea, consulting, expo invitation...). */
  readonly packageElements: readonly Fact<Label>[];
  readonly notes: readonly string[];
}

/**
 * A source document behind the facts.
 *
 * @category Programs
 */
export interface Source {
  readonly tag: SourceTag;
  readonly url: string;
  readonly publisher: string;
  /** Publication date, as precise as known. */
  readonly date: Fact<PartialDateString>;
  readonly title: string;
  readonly reliability: Reliability;
  /** A remark on the source (machine translation, low reliability, the seed...). */
  readonly note?: string;
}
