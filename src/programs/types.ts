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
  /** kebab-case id of the track. */
  readonly id: TrackId;
  /** Name in English and Korean. */
  readonly name: Label;
  /** What the track funds, in English and Korean. */
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
  /** Name of the step in English and Korean. */
  readonly name: Label;
  /** The sources that describe the step. */
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
  /** The per-project range the call announced (closed interval, KRW). */
  readonly call: Fact<FundingRange>;
  /** The per-project range of the awards, where the results state it. */
  readonly awarded: Fact<FundingRange>;
  /** Whether the sources give the range as approximate ("about 700 million won each"). */
  readonly approximate: boolean;
}

/**
 * Counts for an edition or a sub-program. Each is a fact: known with sources, or unknown.
 *
 * @category Programs
 */
export interface Counts {
  /** Applications received. */
  readonly applications: Fact<number>;
  /** Distinct countries the applications came from. */
  readonly applicantCountries: Fact<number>;
  /** Projects selected. */
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
  /** kebab-case id, unique within the edition (`"smart-city-planning"`). */
  readonly id: SubProgramId;
  /** The edition year. */
  readonly year: number;
  /** Name in English and Korean. */
  readonly name: Label;
  /** The tracks it covers (2022 "Smart City Planning" covers both planning tracks). */
  readonly tracks: readonly TrackId[];
  /** What the sub-program funds, as the sources put it. */
  readonly purpose: Fact<Label>;
  /** Per-project funding: the call's range and the awards'. */
  readonly funding: PerProjectFunding;
  /**
   * Target number of projects, as a closed interval: `{min: 4, max: 4}` for "about 4", `{min: 0,
   * max: 6}` for "up to 6". A target with no upper bound ("at least 4") is unknown, the bound in its
   * note.
   */
  readonly targetCount: Fact<{ readonly min: number; readonly max: number }>;
  /** Who runs the intake (MOLIT, KIND or KAIA). */
  readonly secretariat: Fact<SecretariatId>;
  /** A call window or a year-round intake with a cutoff. */
  readonly intake: Intake;
  /** The review steps, in order, where the sources give them. */
  readonly reviewSteps: Fact<readonly ReviewStep[]>;
  /** The evaluation criteria, where the call publishes them. */
  readonly criteria: Fact<readonly Label[]>;
  /** Applications and selections of this sub-program. */
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
  /** What happened (call opens, results announced, appropriation...). */
  readonly kind: EditionEventKind;
  /** The sub-program it concerns, when it concerns one. */
  readonly subProgramId?: SubProgramId;
  /** The track it concerns (for "track-start"). */
  readonly track?: TrackId;
  /** When, as precise as the sources give it, in Korea time. */
  readonly date: PartialDateString;
  /** What happened, in English and Korean. */
  readonly label: Label;
  /** The sources that date it. */
  readonly sources: readonly SourceTag[];
  /** How far the date can be trusted. */
  readonly reliability: Reliability;
  /** A remark (another date in another source...). */
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
 * A year the library has an edition for: what {@link hasEdition} narrows a value to. A test keeps
 * it equal to {@link editionYears}; a new edition adds its year here.
 *
 * @category Programs
 */
export type EditionYear = 2020 | 2021 | 2022 | 2023 | 2024 | 2025 | 2026;

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
  /** The edition that selected it. */
  readonly year: number;
  /** Its sub-program in the edition, or {@link UNKNOWN_SUB_PROGRAM_ID} when the sources do not say. */
  readonly subProgramId: SubProgramId;
  /** The track of this project (one, even when its sub-program covers several). */
  readonly track: Fact<TrackId>;
  /** ISO 3166-1 alpha-2 code of the partner country. */
  readonly country: CountryCode;
  /** The city or region of the project. */
  readonly site: Fact<Label>;
  /** The project's title or description. */
  readonly title: Fact<Label>;
  /** The overseas government or agency that proposed it. */
  readonly proposer: Fact<Label>;
  /** Korean company (demonstration) or executor (planning). */
  readonly koreanCompany: Fact<Label>;
  /** The id of the earlier project it continues, if any. */
  readonly continues?: string;
  /** The sources that name the project. */
  readonly sources: readonly SourceTag[];
  /** How far the project's facts can be trusted, as a whole. */
  readonly reliability: Reliability;
  /** A remark (a disagreement between sources, a reading chosen...). */
  readonly note?: string;
}

/**
 * One year of the program.
 *
 * @category Programs
 */
export interface Edition {
  /** The edition year (2020-2026). */
  readonly year: number;
  /** The program's name for that year, in English and Korean. */
  readonly name: Label;
  /** The sub-programs offered that year. */
  readonly subPrograms: readonly SubProgram[];
  /** The stated annual budget. */
  readonly budget: Fact<Krw>;
  /** Applications and selections of the whole edition. */
  readonly counts: Counts;
  /** Whether `projects` lists every selected project of the edition. */
  readonly projectsComplete: boolean;
  /** The selected projects found in the sources. */
  readonly projects: readonly SelectedProject[];
  /** The target number of projects for the whole edition, where the sources state one (as {@link SubProgram.targetCount}). */
  readonly targetCount?: Fact<{ readonly min: number; readonly max: number }>;
  /** Dated events (call, review, results, appropriation...), as precise as the sources. */
  readonly events: readonly EditionEvent[];
  /** Package elements besides funding (training course in Korea, consulting, expo invitation...). */
  readonly packageElements: readonly Fact<Label>[];
  /** Remarks on the edition's data (what is missing, how sources were reconciled). */
  readonly notes: readonly string[];
}

/**
 * A source document behind the facts.
 *
 * @category Programs
 */
export interface Source {
  /** The tag facts cite (`"S16"`). */
  readonly tag: SourceTag;
  /**
   * Where the document is published: an absolute URI in ASCII, its non-ASCII characters
   * percent-encoded as UTF-8 with uppercase hex digits (`decodeURI(url)` gives the readable form).
   */
  readonly url: string;
  /** Who published it. */
  readonly publisher: string;
  /** Publication date, as precise as known. */
  readonly date: Fact<PartialDateString>;
  /** Its title or subject. */
  readonly title: string;
  /** How far it can be trusted (official release, press report, machine translation). */
  readonly reliability: Reliability;
  /** A remark on the source (machine translation, low reliability, the seed...). */
  readonly note?: string;
}
