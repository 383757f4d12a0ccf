/**
 * The Korean text of every note in the library's data: the explanation beside a fact (why it is
 * unknown, inferred or approximate, what a source says exactly), an edition's notes, a rule's note, a
 * machine's notes and the notes on sources; and the title of every source, with the publishers'
 * Korean names (`MOLIT` 국토교통부, `Edaily` 이데일리, `Chosun Biz (English)` 조선비즈 (영문)); a foreign
 * outlet, or one whose Korean name is not confirmed, keeps its name.
 *
 * The data carries its notes in English only, to keep the bundle within its budget; their Korean
 * text lives in `notes.ko.json`, keyed by the English note, and is shipped as the file
 * `k-city-network/notes.ko.json` for portals that show the data in Korean. `kcity --lang ko` prints
 * notes, and the sources' titles and publishers, through it. A test walks every exported table and
 * every machine and fails when a note or a source's title has no Korean text (or the Korean text lost
 * a source tag or a year of the English), or when the file keeps a text the data no longer has.
 *
 * @internal
 * @module
 */

import { isObject } from "../core/isObject.js";
import type { Lang } from "../core/label.js";
import { ELIGIBILITY_RULES } from "../eligibility/rules/index.js";
import { EDITIONS } from "../programs/data/editions.js";
import { SOURCES } from "../programs/data/sources.js";
import { editionStats } from "../programs/editionStats.js";
import { fundingEnvelope } from "../programs/fundingEnvelope.js";
import { REVIEW_STEPS } from "../selection/machines/blocks.js";
import { listMachines } from "../selection/machines/index.js";
import catalogue from "./notes.ko.json";

const KO: Readonly<Record<string, string>> = catalogue;

/**
 * The Korean text of a note of the data, or the English note itself when it has none (a note that
 * is not the library's, such as an audit entry's free text).
 */
export function koreanNote(note: string): string {
  return Object.hasOwn(KO, note) ? (KO[note] as string) : note;
}

/** A note in the reader's language. */
export function noteIn(note: string, lang: Lang): string {
  return lang === "ko" ? koreanNote(note) : note;
}

/**
 * The tables whose notes are English only: the editions, the eligibility rules, the review steps,
 * the sources and the machines, and what the library computes from the editions (statistics and
 * funding envelopes, whose facts carry notes too). The cumulative statements carry their notes in
 * both languages.
 */
export function noteTables(): readonly unknown[] {
  const years = EDITIONS.map((e) => e.year);
  return [
    EDITIONS,
    ELIGIBILITY_RULES,
    REVIEW_STEPS,
    SOURCES,
    listMachines(),
    years.map((y) => editionStats(y)),
    years.map((y) => fundingEnvelope(y)),
  ];
}

/** Every note of the tables, each once, in the order met: the strings under a `note` key or in a `notes` list. */
export function collectNotes(tables: readonly unknown[] = noteTables()): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    for (const [key, child] of Object.entries(value)) {
      if (key === "note" && typeof child === "string") found.add(child);
      else if (key === "notes" && Array.isArray(child)) {
        for (const n of child) if (typeof n === "string") found.add(n);
      } else walk(child);
    }
  };
  for (const table of tables) walk(table);
  return [...found];
}

/** The title of every source (each once), all of which the catalogue gives in Korean. */
export function sourceTitles(): string[] {
  return [...new Set(SOURCES.map((s) => s.title))];
}

/** The publishers of the sources (each once); the catalogue gives the Korean names of those that have one. */
export function sourcePublishers(): string[] {
  return [...new Set(SOURCES.map((s) => s.publisher))];
}

/** The catalogue as shipped (English note to Korean note). */
export function noteCatalogue(): Readonly<Record<string, string>> {
  return KO;
}
