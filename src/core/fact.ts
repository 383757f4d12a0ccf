/**
 * Facts with provenance: every value that comes from the reference sources carries the tags of the
 * sources it rests on and how reliable they are; a value that is not known is modelled as unknown.
 *
 * @module
 */

import { freeze } from "./freeze.js";
import { ifDefined } from "./ifDefined.js";
import { isObject } from "./isObject.js";
import { INVALID_INPUT, need } from "./need.js";

/**
 * A source tag as used in the reference facts (`"S16"`): `S` and a number from 1 written without
 * leading zeros. {@link known}, {@link inferred} and {@link unknown} refuse any other string, `"S0"`
 * and `"S01"` included, with a {@link KcnError} `INVALID_INPUT`.
 *
 * @category Provenance
 */
export type SourceTag = `S${number}`;

/**
 * How far a fact can be trusted.
 *
 * - `official`: a MOLIT, KIND or KAIA release or notice (or the seed release);
 * - `press`: a press or wire report;
 * - `machine-translated`: a machine-translated page, known to garble numbers;
 * - `inferred`: derived by arithmetic or reasoning from other facts, never stated by a source.
 *
 * @category Provenance
 */
export type Reliability = "official" | "press" | "machine-translated" | "inferred";

/**
 * Every reliability grade, from most to least trusted.
 *
 * @category Provenance
 */
export const RELIABILITIES: readonly Reliability[] = freeze([
  "official",
  "press",
  "machine-translated",
  "inferred",
] as const);

/**
 * @internal The two grades the data tables repeat hundreds of times, as names: a bundle then holds
 * each text once (about 100 bytes less brotli for the whole library than the repeated literals).
 */
export const OFFICIAL = "official";
/** @internal See {@link OFFICIAL}. */
export const PRESS = "press";

/**
 * A value that the sources state (or that is inferred from them), with its provenance.
 *
 * @category Provenance
 */
export interface KnownFact<T> {
  /** `true`: the value is known (stated by a source, or inferred and marked so). */
  readonly known: true;
  /** The value. */
  readonly value: T;
  /** The sources it rests on (may be empty only for `inferred` values derived from other facts). */
  readonly sources: readonly SourceTag[];
  /** How far it can be trusted. */
  readonly reliability: Reliability;
  /**
   * Why, or the alternative reading that was not taken. In English; the Korean text of every note
   * of the library's data is in `k-city-network/notes.ko.json`, keyed by this note.
   */
  readonly note?: string;
}

/**
 * A value that the sources do not give. Never replaced by a guess.
 *
 * @category Provenance
 */
export interface UnknownFact {
  /** `false`: the sources do not give the value; `note` says why. */
  readonly known: false;
  /**
   * Why it is unknown (for example "not found in the stored sources"). In English; the Korean text
   * of every note of the library's data is in `k-city-network/notes.ko.json`, keyed by this note.
   */
  readonly note: string;
  /** Sources that were searched or that document the gap. */
  readonly sources: readonly SourceTag[];
}

/**
 * A value with provenance, or an explicit unknown.
 *
 * @category Provenance
 */
export type Fact<T> = KnownFact<T> | UnknownFact;

const TAG = /^S[1-9]\d*$/;

/** Checks and freezes a list of source tags. */
function tags(sources: readonly SourceTag[]): readonly SourceTag[] {
  need(
    Array.isArray(sources) && sources.every((s) => typeof s === "string" && TAG.test(s)),
    INVALID_INPUT,
    'source tags such as ["S16"]',
    sources,
  );
  return freeze([...sources]);
}

/**
 * Makes a known fact.
 *
 * @param value - the value
 * @param sources - its source tags
 * @param reliability - how far it can be trusted (default `"press"`)
 * @param note - an optional note (the alternative reading, the arithmetic...)
 * @returns a frozen {@link KnownFact}
 * @throws {@link KcnError} `INVALID_INPUT` when a source is not a tag such as `"S16"` (`"S0"` and
 *   `"S01"` are not), the reliability is not one of {@link RELIABILITIES}, or the note is not a string
 * @example
 * ```ts
 * known(111, ["S16", "S32"], "official").value; //=> 111
 * ```
 * @category Provenance
 */
export function known<T>(
  value: T,
  sources: readonly SourceTag[],
  reliability: Reliability = "press",
  note?: string,
): KnownFact<T> {
  need(RELIABILITIES.includes(reliability), INVALID_INPUT, `one of ${RELIABILITIES.join(", ")}`, reliability);
  need(note === undefined || typeof note === "string", INVALID_INPUT, "a note", note);
  const fact: KnownFact<T> = {
    known: true,
    value,
    sources: tags(sources),
    reliability,
    ...ifDefined("note", note),
  };
  return freeze(fact);
}

/**
 * Makes an inferred fact: derived by arithmetic or reasoning, never stated by a source.
 *
 * @param value - the value
 * @param note - how it was inferred (required)
 * @param sources - the sources of the facts it was derived from
 * @returns a frozen {@link KnownFact} with reliability `inferred`
 * @throws {@link KcnError} `INVALID_INPUT` when the note is empty or a source is not a tag
 * @example
 * ```ts
 * inferred(14, "111 - 57 - 40", ["S16"]).reliability; //=> "inferred"
 * ```
 * @category Provenance
 */
export function inferred<T>(value: T, note: string, sources: readonly SourceTag[] = []): KnownFact<T> {
  need(typeof note === "string" && note !== "", INVALID_INPUT, "a non-empty note", note);
  return known(value, sources, "inferred", note);
}

/**
 * Makes an unknown fact.
 *
 * @param note - why it is unknown
 * @param sources - sources that were searched or that document the gap
 * @returns a frozen {@link UnknownFact}
 * @throws {@link KcnError} `INVALID_INPUT` when the note is empty or a source is not a tag
 * @example
 * ```ts
 * unknown("not found in the stored sources").known; //=> false
 * ```
 * @category Provenance
 */
export function unknown(note: string, sources: readonly SourceTag[] = []): UnknownFact {
  need(typeof note === "string" && note !== "", INVALID_INPUT, "a non-empty note", note);
  return freeze({ known: false as const, note, sources: tags(sources) });
}

/**
 * Reads the value of a fact, or a fallback when it is unknown.
 *
 * @param fact - a fact
 * @param fallback - what to return for an unknown fact
 * @returns the value or the fallback
 * @throws {@link KcnError} `INVALID_INPUT` when `fact` is not a fact
 * @example
 * ```ts
 * valueOr(known(4, ["S52"]), 0); //=> 4
 * valueOr(unknown("not found"), 0); //=> 0
 * ```
 * @category Provenance
 */
export function valueOr<T, F>(fact: Fact<T>, fallback: F): T | F {
  need(isObject(fact) && typeof fact.known === "boolean", INVALID_INPUT, "a fact", fact);
  return fact.known ? fact.value : fallback;
}
