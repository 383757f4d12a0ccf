/**
 * Combining facts (internal): a value computed from several facts is known only when all are, rests
 * on all their sources and is as reliable as the least reliable of them.
 *
 * @internal
 * @module
 */
import { type Fact, known, RELIABILITIES, type Reliability, type SourceTag, unknown } from "../core/fact.js";

/** @internal */
export function sourcesOf(facts: readonly Fact<unknown>[]): SourceTag[] {
  return [...new Set(facts.flatMap((f) => f.sources))];
}

/** @internal */
export function worstReliability(list: readonly Reliability[]): Reliability {
  let worst = 0;
  for (const r of list) worst = Math.max(worst, RELIABILITIES.indexOf(r));
  return RELIABILITIES[worst] as Reliability;
}

/** @internal */
export function combine<T>(
  facts: readonly Fact<unknown>[],
  compute: () => T,
  note: string,
  unknownNote: string,
): Fact<T> {
  const sources = sourcesOf(facts);
  const known_ = facts.filter((f) => f.known);
  if (known_.length !== facts.length) return unknown(unknownNote, sources);
  return known(
    compute(),
    sources,
    worstReliability(known_.map((f) => (f.known ? f.reliability : "inferred"))),
    note,
  );
}
