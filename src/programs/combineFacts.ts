/**
 * Combining facts (internal): a value computed from several facts is known only when all are, rests
 * on all their sources, and is marked `inferred` (arithmetic on the facts, not a figure a source gives).
 *
 * @internal
 * @module
 */
import { type Fact, inferred, type SourceTag, unknown } from "../core/fact.js";

/** @internal */
export function sourcesOf(facts: readonly Fact<unknown>[]): SourceTag[] {
  return [...new Set(facts.flatMap((f) => f.sources))];
}

/** @internal */
export function combine<T>(
  facts: readonly Fact<unknown>[],
  compute: () => T,
  note: string,
  unknownNote: string,
): Fact<T> {
  const sources = sourcesOf(facts);
  if (!facts.every((f) => f.known)) return unknown(unknownNote, sources);
  return inferred(compute(), note, sources);
}
