import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localize } from "../core/label.js";
import { isKcnError } from "../errors.js";
import { COUNTRY_CODES, countryName } from "./countries.js";
import { findProjects, type ProjectFilter } from "./findProjects.js";
import { allProjects } from "./getProject.js";
import { TRACK_IDS } from "./tracks.js";
import { type SelectedProject, UNKNOWN_SUB_PROGRAM_ID } from "./types.js";

const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026];
const SUBS = [
  "planning",
  "overseas-demonstration",
  "smart-city-planning",
  "smart-solution-planning",
  "unknown",
];
const usedCountries = [...new Set(allProjects().map((p) => p.country))];

const filterArb: fc.Arbitrary<ProjectFilter> = fc.record(
  {
    year: fc.oneof(fc.constantFrom(...YEARS), fc.subarray(YEARS)),
    track: fc.constantFrom(...TRACK_IDS),
    includePossible: fc.boolean(),
    subProgram: fc.constantFrom(...SUBS),
    country: fc.oneof(fc.constantFrom(...usedCountries), fc.constantFrom(...COUNTRY_CODES)),
    text: fc.constantFrom("smart", "waste", "plan", "INDONESIA", "케냐", "bogota", "", "zzz"),
  },
  { requiredKeys: [] },
);

describe("findProjects", () => {
  it("with no filter returns every project", () => {
    expect(findProjects()).toEqual(allProjects());
    expect(findProjects({}).length).toBe(56);
  });

  it("refuses a sub-program that no edition has, and an includePossible that is not a boolean", () => {
    const caught = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isKcnError(e) ? e.code : "NOT_KCN";
      }
      return "accepted";
    };
    // a misspelt sub-program would match nothing, silently
    expect(caught(() => findProjects({ subProgram: "smart-city-planing" as never }))).toBe(
      "UNKNOWN_SUB_PROGRAM",
    );
    expect(caught(() => findProjects({ subProgram: 5 as never }))).toBe("UNKNOWN_SUB_PROGRAM");
    expect(caught(() => findProjects({ subProgram: "unknown" }))).toBe("accepted");
    expect(caught(() => findProjects({ track: "urban-planning", includePossible: "yes" as never }))).toBe(
      "INVALID_OPTIONS",
    );
  });

  it("filters by country, year, sub-program, track and text", () => {
    expect(findProjects({ country: "KE" }).map((p) => p.id)).toEqual(["2021-ke-nairobi"]);
    expect(findProjects({ country: "TR" }).map((p) => p.id)).toEqual([
      "2020-tr-gaziantep",
      "2020-tr-ankara",
      "2021-tr-gaziantep",
      "2023-tr-sakarya",
    ]);
    expect(findProjects({ year: [2024, 2025], subProgram: "overseas-demonstration" }).length).toBe(12);
    expect(findProjects({ year: 2021, track: "solution-planning" }).map((p) => p.country)).toEqual([
      "VN",
      "BO",
      "AZ",
      "BG",
    ]);
    expect(findProjects({ text: "santander" }).map((p) => p.id)).toEqual(["2021-es-santander"]);
    expect(findProjects({ text: "Bogota" }).map((p) => p.id)).toEqual(["2020-co-bogota"]);
    expect(findProjects({ text: "산탄데르" }).map((p) => p.id)).toEqual(["2021-es-santander"]);
    expect(findProjects({ text: "케냐" }).map((p) => p.id)).toEqual(["2021-ke-nairobi"]);
    expect(findProjects({ text: "samsung gaziantep" }).map((p) => p.id)).toEqual([
      "2020-tr-gaziantep",
      "2021-tr-gaziantep",
    ]);
    expect(findProjects({ country: "FR" })).toEqual([]);
  });

  it("matches Hangul syllables whole, not their letters (property)", () => {
    // 나 is not in 베트남 (Vietnam): decomposed into letters, ㄴㅏ is the start of ㄴㅏㅁ
    expect(findProjects({ text: "나" }).map((p) => p.id)).not.toContain("2021-vn-hai-phong");
    expect(findProjects({ text: "남" }).map((p) => p.id)).toContain("2021-vn-hai-phong");
    expect(findProjects({ text: "베트남" }).every((p) => p.country === "VN")).toBe(true);
    const koreanText = (p: SelectedProject) =>
      [countryName(p.country, "ko"), p.site, p.title, p.proposer, p.koreanCompany]
        .map((f) => (typeof f === "string" ? f : f.known ? localize(f.value, "ko") : ""))
        .join(" ");
    fc.assert(
      fc.property(fc.constantFrom(..."가나다라마바사아자차카타파하서남시티도"), (syllable) => {
        // a found project holds the syllable in its Korean text (or its note)
        return findProjects({ text: syllable }).every(
          (p) => koreanText(p).includes(syllable) || (p.note ?? "").includes(syllable),
        );
      }),
    );
  });

  it("matches a word that is not Hangul at the start of a word only, and treats punctuation as a space", () => {
    const ids = (text: string) => findProjects({ text }).map((p) => p.id);
    // "usa" is inside "Nusantara", not at the start of a word
    expect(ids("usa")).toEqual([]);
    expect(ids("nusantara")).toEqual(["2023-id-nusantara"]);
    // "(IKN / Nusantara)": the parenthesis separates words
    expect(ids("ikn")).toEqual(["2023-id-nusantara"]);
    expect(ids("santa")).toEqual(["2021-bo-santa-cruz-de-la-sierra", "2021-es-santander"]);
    expect(ids("tander")).toEqual([]);
    expect(ids("2021-ke")).toEqual(["2021-ke-nairobi"]);
    expect(ids("2021 ke")).toEqual(["2021-ke-nairobi"]);
    // punctuation separates words in the text given too, so an id is read as its parts, each
    // anywhere: 2021-tr-gaziantep holds "2020", "tr" and "gaziantep" (a known issue; getProject reads ids)
    expect(ids("2020-tr-gaziantep")).toEqual(["2020-tr-gaziantep", "2021-tr-gaziantep"]);
    expect(ids("2020-tr-gaziantep")).toEqual(ids("2020 tr gaziantep"));
    expect(ids("(ikn)")).toEqual(["2023-id-nusantara"]);
    expect(ids("BOGOTÁ")).toEqual(["2020-co-bogota"]);
    // a word without a letter or digit is no word: a text of such only finds every project, as an
    // empty text does
    expect(findProjects({ text: " - " }).length).toBe(56);
    expect(findProjects({ text: "!!!" }).length).toBe(56);
    expect(ids("- kenya")).toEqual(["2021-ke-nairobi"]);
    // Korean writes compounds without spaces: a Hangul word may occur inside one (스마트시티)
    expect(findProjects({ text: "시티" }).length).toBeGreaterThan(0);
    expect(findProjects({ text: "시티" }).length).toBeLessThan(findProjects({ text: "스마트" }).length);
  });

  it("finds a project by its id, and by the start of any word of its English title, and never by a Latin text that starts no word (property)", () => {
    for (const p of allProjects()) expect(findProjects({ text: p.id }).map((q) => q.id)).toContain(p.id);
    const projects = allProjects();
    const words = (p: SelectedProject) =>
      (p.title.known ? localize(p.title.value, "en") : "")
        .toLowerCase()
        .normalize("NFKD")
        .replace(/\p{M}/gu, "")
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => /^[a-z0-9]/.test(w));
    const withWords = projects.filter((p) => words(p).length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...withWords), fc.nat(), fc.nat(), (p, wi, len) => {
        const all = words(p);
        const word = all[wi % all.length] as string;
        const start = word.slice(0, 1 + (len % word.length));
        expect(findProjects({ text: start }).map((q) => q.id)).toContain(p.id);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,5}$/), (text) => {
        // a found project has a word (anywhere in its searched text, both languages) that starts with the text
        for (const p of findProjects({ text })) {
          const hay = [p.id, p.country, countryName(p.country, "en"), p.note ?? ""]
            .concat(
              [p.site, p.title, p.proposer, p.koreanCompany].flatMap((f) =>
                f.known ? [localize(f.value, "en"), localize(f.value, "ko")] : [],
              ),
            )
            .join(" ")
            .toLowerCase()
            .normalize("NFKD")
            .replace(/\p{M}/gu, "");
          expect(hay.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(text))).toBe(true);
        }
      }),
    );
  });

  it("includes projects whose track is unknown only when asked", () => {
    const sure = findProjects({ year: 2022, track: "urban-planning" });
    const possible = findProjects({ year: 2022, track: "urban-planning", includePossible: true });
    expect(sure.map((p) => p.id)).toEqual(["2022-kg-issyk-kul"]);
    expect(possible.length).toBe(8);
    expect(findProjects({ year: 2022, track: "solution-demonstration", includePossible: true }).length).toBe(
      2,
    );
  });

  it("counts a project whose sub-program is unknown as possible only on a track its edition had", () => {
    // eight 2020 projects have no known sub-program; 2020 had no demonstration track
    const unknownSub = findProjects({ year: 2020 }).filter((p) => p.subProgramId === UNKNOWN_SUB_PROGRAM_ID);
    expect(unknownSub.length).toBe(8);
    expect(findProjects({ year: 2020, track: "solution-demonstration", includePossible: true })).toEqual([]);
    const urban = findProjects({ year: 2020, track: "urban-planning", includePossible: true });
    expect(urban.length).toBe(findProjects({ year: 2020, track: "urban-planning" }).length + 8);
    expect(unknownSub.every((p) => urban.includes(p))).toBe(true);
  });

  it("refuses bad filters with codes", () => {
    expect(() => findProjects({ year: 2019 })).toThrowError(
      expect.objectContaining({ code: "UNKNOWN_EDITION" }),
    );
    expect(() => findProjects({ track: "planning" as never })).toThrowError(
      expect.objectContaining({ code: "UNKNOWN_TRACK" }),
    );
    expect(() => findProjects({ country: "ke" })).toThrowError(
      expect.objectContaining({ code: "INVALID_COUNTRY_CODE" }),
    );
    expect(() => findProjects({ text: 5 as never })).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
    expect(() => findProjects(null as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
    expect(() => findProjects("KE" as never)).toThrowError(
      expect.objectContaining({ code: "INVALID_OPTIONS" }),
    );
  });

  it("returns a subset that satisfies each criterion (property)", () => {
    fc.assert(
      fc.property(filterArb, (f) => {
        const found = findProjects(f);
        const all = new Set(allProjects());
        return found.every(
          (p) =>
            all.has(p) &&
            (f.country === undefined || p.country === f.country) &&
            (f.subProgram === undefined || p.subProgramId === f.subProgram) &&
            (f.year === undefined || (Array.isArray(f.year) ? f.year : [f.year]).includes(p.year)) &&
            (f.track === undefined || !p.track.known || p.track.value === f.track),
        );
      }),
    );
  });

  it("is conjunctive: the result of a filter is the intersection of its single criteria (property)", () => {
    fc.assert(
      fc.property(filterArb, (f) => {
        const both = new Set(findProjects(f));
        const singles = (Object.keys(f) as (keyof ProjectFilter)[])
          .filter((k) => k !== "includePossible")
          .map(
            (k) =>
              new Set(
                findProjects({ [k]: f[k], ...(k === "track" ? { includePossible: f.includePossible } : {}) }),
              ),
          );
        const intersection = allProjects().filter((p) => singles.every((s) => s.has(p)));
        return intersection.length === both.size && intersection.every((p) => both.has(p));
      }),
    );
  });

  it("narrows when a criterion is added, and widens with includePossible (property)", () => {
    fc.assert(
      fc.property(filterArb, filterArb, (a, b) => {
        const wide = new Set(findProjects(a));
        // b's criteria added to a's; includePossible is not a criterion but a widening of `track`
        const { includePossible: _, ...criteria } = b;
        return findProjects({ ...criteria, ...a }).every((p) => wide.has(p));
      }),
    );
    fc.assert(
      fc.property(filterArb, (f) => {
        const possible = new Set(findProjects({ ...f, includePossible: true }));
        return findProjects({ ...f, includePossible: false }).every((p) => possible.has(p));
      }),
    );
  });

  it("does not change its input and returns a frozen array", () => {
    const f = Object.freeze({ year: Object.freeze([2021]) as readonly number[], text: "plan" });
    const r = findProjects(f);
    expect(Object.isFrozen(r)).toBe(true);
    expect(f).toEqual({ year: [2021], text: "plan" });
  });
});
