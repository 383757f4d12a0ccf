import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { demo2024 } from "../../test/eligibility.fixtures.js";
import { runCli } from "../cli/run.js";
import type { CliContext } from "../cli/types.js";
import { checkEligibility } from "../eligibility/checkEligibility.js";
import { EDITIONS } from "../programs/data/editions.js";
import { listMachines } from "../selection/machines/index.js";
import {
  collectNotes,
  koreanNote,
  noteCatalogue,
  noteIn,
  noteTables,
  sourcePublishers,
  sourceTitles,
} from "./notes.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "notes.ko.json");
const notes = collectNotes();
const ko = noteCatalogue();

/** The source tags (S12) and the years (2024) a note names. */
const anchors = (text: string, re: RegExp) => [...new Set(text.match(re) ?? [])].sort();
const TAG = /\bS\d+\b/g;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

describe("the Korean text of the data's notes (k-city-network/notes.ko.json)", () => {
  it("walks every table that carries notes", () => {
    expect(notes.length).toBeGreaterThan(250);
    // each table has notes of its own, and all of them are in the whole list
    for (const table of noteTables()) {
      const own = collectNotes([table]);
      expect(own.length).toBeGreaterThan(0);
      for (const n of own) expect(notes).toContain(n);
    }
    expect(collectNotes([EDITIONS]).length).toBeGreaterThan(150);
  });

  it("has Korean text for every note of the data, and no note the data no longer has", () => {
    const missing = notes.filter((n) => !Object.hasOwn(ko, n));
    expect(missing).toEqual([]);
    const texts = new Set([...notes, ...sourceTitles(), ...sourcePublishers()]);
    const stale = Object.keys(ko).filter((n) => !texts.has(n));
    expect(stale).toEqual([]);
    for (const n of notes) expect(ko[n]).toMatch(/[가-힣]/);
  });

  it("has Korean text for every source's title, and for the publishers that are more than a name", () => {
    const titles = sourceTitles();
    expect(titles.length).toBeGreaterThan(40);
    expect(titles.filter((t) => !Object.hasOwn(ko, t))).toEqual([]);
    for (const t of titles) expect(ko[t]).toMatch(/[가-힣]/);
    expect(ko["MOLIT"]).toBe("국토교통부");
    // a publisher's descriptive words are said in Korean; a bare name stays as it is
    const publishers = sourcePublishers();
    for (const p of publishers.filter((p) => /\b(?:English|copy|via|portal|MOLIT)\b/.test(p)))
      expect(ko[p], p).toMatch(/[가-힣]/);
    expect(publishers.filter((p) => Object.hasOwn(ko, p)).length).toBeGreaterThan(10);
  });

  it("keeps every source tag and year of the English note", () => {
    for (const n of [...notes, ...sourceTitles()]) {
      const k = ko[n] as string;
      expect({ note: n, tags: anchors(k, TAG) }).toEqual({ note: n, tags: anchors(n, TAG) });
      expect({ note: n, years: anchors(k, YEAR) }).toEqual({ note: n, years: anchors(n, YEAR) });
    }
  });

  it("is the file the package ships, plain JSON of strings", () => {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    expect(parsed).toEqual(ko);
    for (const v of Object.values(parsed as object)) expect(typeof v).toBe("string");
  });

  it("gives the note in the reader's language, and leaves text that is not a note of the data as it is", () => {
    const n = EDITIONS[0]?.notes[0] as string;
    expect(noteIn(n, "en")).toBe(n);
    expect(noteIn(n, "ko")).toBe(ko[n]);
    expect(koreanNote("a free-text note of an audit entry")).toBe("a free-text note of an audit entry");
    expect(koreanNote("constructor")).toBe("constructor");
    expect(koreanNote("__proto__")).toBe("__proto__");
  });
});

describe("kcity --lang ko prints no English note", () => {
  const ctx: CliContext = { readFile: () => "", now: () => new Date("2026-01-01T00:00:00Z") };
  const english = notes.filter((n) => n.length > 12);

  it("in every edition report", () => {
    for (const e of EDITIONS) {
      const out = runCli(["edition", String(e.year), "--lang", "ko"], ctx).stdout;
      expect(english.filter((n) => out.includes(n))).toEqual([]);
      const en = runCli(["edition", String(e.year)], ctx).stdout;
      // the English report does show the notes it has
      for (const n of e.notes) expect(en).toContain(n);
      for (const n of e.notes) expect(out).toContain(ko[n]);
    }
  });

  it("in the sources of every edition report: titles and descriptive publishers", () => {
    const titles = sourceTitles();
    for (const e of EDITIONS) {
      const out = runCli(["edition", String(e.year), "--lang", "ko"], ctx).stdout;
      const sources = out.slice(out.lastIndexOf("\n\n"));
      // "  S16  국토교통부, 2021-06-23: K-City Network 글로벌 협력 프로그램 2021 선정 결과 (공식) https://..."
      const lines = sources.split("\n").filter((l) => /^ {2}S\d+/.test(l));
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) {
        const title = titles.find((t) => line.includes(`: ${t} (`));
        expect(title, line).toBeUndefined();
        expect(line).not.toMatch(/\(English\)|copy of|MOLIT/);
      }
    }
  });

  it("in every machine", () => {
    for (const m of listMachines()) {
      const out = runCli(["machine", String(m.year), m.track, "--lang", "ko"], ctx).stdout;
      expect(english.filter((n) => out.includes(n))).toEqual([]);
      for (const n of m.notes) expect(out).toContain(ko[n]);
    }
  });

  it("in every calendar, as text and as iCalendar", () => {
    // iCalendar folds lines at 75 octets and escapes , ; and newlines: undo both before searching
    const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1");
    let described = 0;
    for (const e of EDITIONS) {
      const text = runCli(["timeline", String(e.year), "--lang", "ko"], ctx).stdout;
      expect(english.filter((n) => text.includes(n))).toEqual([]);
      const ics = unfold(runCli(["timeline", String(e.year), "--ics", "--lang", "ko"], ctx).stdout);
      expect(english.filter((n) => ics.includes(n))).toEqual([]);
      const icsEn = unfold(runCli(["timeline", String(e.year), "--ics"], ctx).stdout);
      for (const n of english.filter((n) => icsEn.includes(n))) {
        expect(ics).toContain(ko[n]);
        described++;
      }
    }
    expect(described).toBeGreaterThan(5);
  });

  it("in kcity check, where an unpublished rule's reason is given in Korean", () => {
    // 2023 does not publish who may apply to its demonstration type
    const application = { ...demo2024(), year: 2023, submittedAt: "2023-05-20T10:00:00+09:00" };
    const unknown = checkEligibility(application).issues.find((i) => i.code === "RULE_UNKNOWN");
    expect(unknown?.rule.note).toBeDefined();
    // the library's Korean message is Korean only; the English one quotes the note
    expect(unknown?.message.ko).not.toContain(unknown?.rule.note as string);
    expect(unknown?.message.en).toContain(unknown?.rule.note as string);
    const out = runCli(["check", "app.json", "--lang", "ko"], {
      ...ctx,
      readFile: () => JSON.stringify(application),
    });
    expect(out.stdout).toContain(ko[unknown?.rule.note as string]);
    expect(english.filter((n) => out.stdout.includes(n))).toEqual([]);
  });
});
