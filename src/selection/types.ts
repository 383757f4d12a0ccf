/**
 * The data model of the lifecycle machines: roles, states, transitions, guards, events, audit
 * entries, logs and snapshots. Everything here is plain JSON-compatible data.
 *
 * @module
 */
import type { SourceTag } from "../core/fact.js";
import type { Label } from "../core/label.js";
import type { Issue, NonEmptyArray } from "../core/result.js";
import type { PartialDateString, SubProgramId, TrackId } from "../programs/types.js";

/**
 * Who may send an event: the applicant (a foreign government, or the Korean company for
 * demonstrations), the secretariat (KIND, KAIA or MOLIT's office), the review or selection
 * committee, the ministry (MOLIT), the Korean executor, and the host government.
 *
 * @category Selection
 */
export type Role =
  | "applicant"
  | "secretariat"
  | "review-committee"
  | "ministry"
  | "executor"
  | "host-government";

/**
 * The named guards a transition may require. The interpreter knows what each one checks:
 *
 * - `eligible`: the event's `payload.application` passes `checkEligibility` for the machine's edition,
 *   as submitted at the record's `submit` entry: an application without `submittedAt` is checked at
 *   that entry's time (a month or a year at its first and last instants: eligible at either passes),
 *   and one whose `submittedAt` is not within that time in Korea time is refused; a proposal that
 *   `checkEligibility` considers for a later cycle (`ROLLS_OVER_TO_NEXT_CYCLE`) is refused too, and
 *   `roll-over` is its way on. The refusal names at most the first three of the application's errors,
 *   in `checkEligibility`'s order (`not eligible: CODE (message); CODE (message); CODE (message)`,
 *   warnings left out, with no count of the rest): `checkEligibility` on the same application, as of
 *   the `submit` entry's time, lists them all;
 * - `appropriation-in-range`: `payload.amount` (money JSON) lies in the sub-program's funding range;
 * - `korean-executor`: `payload.executor` names a company with `country: "KR"`;
 * - `awarded-executor`: `payload.executor` has the `name` and `country` of the executor in the
 *   record's latest `award` entry (the contract is signed with the company awarded);
 * - `host-consulted`: `payload.scope` and `payload.criteria` record what the host government agreed;
 * - `reason-given`: the event carries a non-empty `note` (why it was cancelled, terminated...);
 * - `after-cutoff`: the proposal was submitted after the rolling intake's cutoff (roll-over); for a
 *   year that published no cutoff (2025, 2026), the event carries the secretariat's reason in `note`.
 *
 * Every transition also checks that the event's time is not surely before any earlier time of the
 * record (its start or an entry): overlapping partial dates pass, but not by going back through a
 * coarser one ("2022-04-20", "2022-04", then "2022-04-01" is refused).
 *
 * @category Selection
 */
export type GuardName =
  | "eligible"
  | "appropriation-in-range"
  | "korean-executor"
  | "awarded-executor"
  | "host-consulted"
  | "reason-given"
  | "after-cutoff";

/**
 * How a state sits in its machine: the one initial state, ordinary states, and final states
 * (endings) that have no way out.
 *
 * @category Selection
 */
export type StateKind = "initial" | "normal" | "final";

/**
 * One state of a lifecycle, with a label for staff and a (usually plainer) label for the applicant.
 *
 * @category Selection
 */
export interface StateDef {
  /** kebab-case id, unique in its machine (`screening`, `tender-notice`). */
  readonly id: string;
  /** `initial` (one per machine), `normal`, or `final` (no way out). */
  readonly kind: StateKind;
  /** What staff see. */
  readonly staff: Label;
  /** What the applicant sees. */
  readonly applicant: Label;
  /** Why the state exists, with its source, when it is specific to an edition. */
  readonly note?: string | undefined;
  /** The sources that document the state. */
  readonly sources?: readonly SourceTag[] | undefined;
}

/**
 * One transition: an event that moves a record from one of `from` to `to`, who may send it and the
 * guards it must pass.
 *
 * @category Selection
 */
export interface TransitionDef {
  /** kebab-case event id (`pass-screening`). Unique per source state. */
  readonly event: string;
  /** The states the event may be sent in. */
  readonly from: readonly string[];
  /** The state the event moves the record to. */
  readonly to: string;
  /** The roles allowed to send the event. */
  readonly roles: readonly Role[];
  /** The guards the event must pass (besides the date order every event passes). */
  readonly guards: readonly GuardName[];
  /** What the event does, for staff. */
  readonly label: Label;
}

/**
 * A lifecycle machine of one edition and track, as data.
 *
 * @category Selection
 */
export interface Machine {
  /** `<year>-<track>`, e.g. `"2021-solution-demonstration"`. */
  readonly id: string;
  /** The edition year. */
  readonly year: number;
  /** The track the machine serves. */
  readonly track: TrackId;
  /** The sub-program of the edition that covers the track. */
  readonly subProgramId: SubProgramId;
  /** Name in English and Korean. */
  readonly name: Label;
  /** The id of the initial state (`draft`). */
  readonly initial: string;
  /** Every state, the initial one first. */
  readonly states: readonly StateDef[];
  /** Every transition, as data. */
  readonly transitions: readonly TransitionDef[];
  /** Where a step was not documented for this edition: the edition whose steps were used, and why. */
  readonly basedOn?: { readonly year: number; readonly note: string } | undefined;
  /** Notes on the documented procedure, with their sources. */
  readonly notes: readonly string[];
  /** The sources of the edition's documented procedure. */
  readonly sources: readonly SourceTag[];
}

/**
 * Who sent an event.
 *
 * @category Selection
 */
export interface Actor {
  /** Any stable identifier of the person or body (`"kind-officer-3"`, `"molit"`). */
  readonly id: string;
  /** The role it acted in; each transition lists the roles allowed to send it. */
  readonly role: Role;
}

/**
 * A JSON value (what a payload may hold).
 *
 * @category Selection
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * An event sent to a record.
 *
 * @category Selection
 */
export interface LifecycleEvent {
  /** The event id (`submit`, `pass-screening`...). */
  readonly type: string;
  /** When it happened, in Korea time, as precise as known (`"2021-06"`, `"2021-06-22T10:00"`). */
  readonly at: PartialDateString;
  /** Who sent it, in which role. */
  readonly actor: Actor;
  /** Why, in words (required where the guard `reason-given` applies); `undefined` is no note. */
  readonly note?: string | undefined;
  /**
   * Data the guards read: `application`, `amount`, `executor`, `scope`, `criteria`...; `undefined`
   * is no payload.
   */
  readonly payload?: { readonly [key: string]: JsonValue } | undefined;
}

/**
 * One line of the audit trail: who moved the record from where to where, when and why.
 *
 * @category Selection
 */
export interface AuditEntry {
  /** The state before the event. */
  readonly from: string;
  /** The state after it. */
  readonly to: string;
  /** The event id. */
  readonly event: string;
  /** When it happened, in Korea time, as precise as known. */
  readonly at: PartialDateString;
  /** Who sent it, in which role. */
  readonly actor: Actor;
  /** Why, in words, when given. */
  readonly note?: string;
  /** The data the guards read, as sent (plain JSON). */
  readonly payload?: { readonly [key: string]: JsonValue };
}

/**
 * The audit log of one record: enough to rebuild its snapshot with {@link replay}.
 *
 * @category Selection
 */
export interface AuditLog {
  /** The machine id (`"2021-urban-planning"`). */
  readonly machine: string;
  /** The record's id (the application it follows). */
  readonly applicationId: string;
  /** When the record was created (in the initial state). */
  readonly startedAt: PartialDateString;
  /** Every accepted event, oldest first. */
  readonly entries: readonly AuditEntry[];
}

/**
 * Where one record stands, with its whole audit trail. Plain JSON.
 *
 * @category Selection
 */
export interface Snapshot extends AuditLog {
  /** The current state id. */
  readonly state: string;
  /** The time of the last entry (or `startedAt`). */
  readonly updatedAt: PartialDateString;
}

/**
 * Codes of the reasons a transition or a log is refused.
 *
 * @category Selection
 */
export type LifecycleIssueCode =
  | "ILLEGAL_TRANSITION"
  | "GUARD_FAILED"
  | "ROLE_NOT_ALLOWED"
  | "LOG_TAMPERED"
  | "MACHINE_MISMATCH";

/**
 * A refused transition or log entry. `allowed` lists the events the record accepts now (for
 * `ILLEGAL_TRANSITION`); `guard` names the guard that failed (for `GUARD_FAILED`).
 *
 * @category Selection
 */
export interface LifecycleIssue extends Issue<LifecycleIssueCode> {
  /** For `ILLEGAL_TRANSITION`: the events the record accepts now. */
  readonly allowed?: readonly string[];
  /** For `GUARD_FAILED`: the guard that failed. */
  readonly guard?: GuardName | "chronological";
}

/**
 * What {@link transition} answers.
 *
 * @category Selection
 */
export type TransitionResult =
  | { readonly ok: true; readonly snapshot: Snapshot; readonly entry: AuditEntry }
  | { readonly ok: false; readonly issues: NonEmptyArray<LifecycleIssue> };

/**
 * What {@link replay} answers.
 *
 * @category Selection
 */
export type ReplayResult =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly issues: NonEmptyArray<LifecycleIssue> };
