import { describe, expect, it } from "vitest";
import {
  COUNTRY_CODES,
  EDITIONS,
  type Edition,
  getSource,
  isCountryCode,
  isKrw,
  isTrackId,
  RELIABILITIES,
  SOURCES,
  UNKNOWN_SUB_PROGRAM_ID,
} from "../src/index.js";

type Visit = (value: unknown, path: string) => void;

function walk(value: unknown, path: string, visit: Visit): void {
  visit(value, path);
  if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
  }
}

function isFactLike(
  v: unknown,
): v is { known: boolean; sources: unknown; reliability?: string; note?: string } {
  return (
    typeof v === "object" &&
    v !== null &&
    "known" in v &&
    typeof (v as { known: unknown }).known === "boolean"
  );
}

const allProjects = EDITIONS.flatMap((e) => e.projects);
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?$/;

describe("the whole data set", () => {
  it("has the editions 2020-2026 in order, each deep-frozen", () => {
    expect(EDITIONS.map((e) => e.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    for (const e of EDITIONS) {
      walk(e, `${e.year}`, (v, path) => {
        if (typeof v === "object" && v !== null) expect(Object.isFrozen(v), path).toBe(true);
      });
    }
  });

  it("uses the fixed sub-program ids and tracks", () => {
    const ids = (e: Edition) => e.subPrograms.map((s) => [s.id, [...s.tracks]]);
    const [e2020, e2021, e2022, ...later] = EDITIONS as [Edition, Edition, Edition, ...Edition[]];
    expect(ids(e2020)).toEqual([
      ["smart-city-development", ["urban-planning"]],
      ["smart-single-solution", ["solution-planning"]],
    ]);
    expect(ids(e2021)).toEqual([
      ["smart-city-planning", ["urban-planning"]],
      ["smart-solution-planning", ["solution-planning"]],
      ["smart-solution-demonstration", ["solution-demonstration"]],
    ]);
    expect(ids(e2022)).toEqual([
      ["smart-city-planning", ["urban-planning", "solution-planning"]],
      ["smart-solution-demonstration", ["solution-demonstration"]],
    ]);
    for (const e of later) {
      expect(ids(e)).toEqual([
        ["planning", ["urban-planning", "solution-planning"]],
        ["overseas-demonstration", ["solution-demonstration"]],
      ]);
    }
    for (const e of EDITIONS) for (const s of e.subPrograms) expect(s.year).toBe(e.year);
  });

  it("names every sub-program in Korean with a final consonant, as the eligibility messages' particle 은 assumes", () => {
    // "2024년 해외실증형은 …": a name ending in an open syllable would need 는
    for (const e of EDITIONS)
      for (const sp of e.subPrograms) {
        const last = sp.name.ko.charCodeAt(sp.name.ko.length - 1) - 0xac00;
        expect(last >= 0 && last < 11_172 && last % 28 !== 0, `${e.year} ${sp.id}: ${sp.name.ko}`).toBe(true);
      }
  });
  it("gives every project a unique, well-formed id", () => {
    const ids = allProjects.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of allProjects) {
      expect(p.id).toMatch(new RegExp(`^${p.year}-${p.country.toLowerCase()}-[a-z0-9]+(-[a-z0-9]+)*$`));
    }
  });

  it("gives every project a valid country code, year and sub-program", () => {
    for (const e of EDITIONS) {
      for (const p of e.projects) {
        expect(isCountryCode(p.country), p.id).toBe(true);
        expect(p.year).toBe(e.year);
        const sub = e.subPrograms.find((s) => s.id === p.subProgramId);
        if (p.subProgramId === UNKNOWN_SUB_PROGRAM_ID) {
          expect(p.track.known, p.id).toBe(false);
        } else {
          expect(sub, p.id).toBeDefined();
          if (p.track.known) expect(sub?.tracks, p.id).toContain(p.track.value);
        }
        if (p.track.known) expect(isTrackId(p.track.value)).toBe(true);
      }
    }
  });

  it("makes every continuation point to an existing earlier project", () => {
    const byId = new Map(allProjects.map((p) => [p.id, p]));
    const withLinks = allProjects.filter((p) => p.continues !== undefined);
    expect(withLinks.map((p) => p.id)).toEqual(["2021-id-new-capital-housing", "2021-tr-gaziantep"]);
    for (const p of withLinks) {
      const parent = byId.get(p.continues as string);
      expect(parent, p.id).toBeDefined();
      expect(parent?.year).toBeLessThan(p.year);
    }
  });

  it("agrees with the selected counts wherever the list is complete", () => {
    for (const e of EDITIONS) {
      const sel = e.counts.selected;
      const selC = e.counts.selectedCountries;
      if (e.projectsComplete) {
        expect(sel.known && sel.value, `${e.year}`).toBe(e.projects.length);
        expect(selC.known && selC.value, `${e.year}`).toBe(new Set(e.projects.map((p) => p.country)).size);
      } else if (sel.known) {
        expect(e.projects.length).toBeLessThanOrEqual(sel.value);
      }
      for (const s of e.subPrograms) {
        const listed = e.projects.filter((p) => p.subProgramId === s.id);
        const c = s.counts.selected;
        if (!c.known) continue;
        if (e.projectsComplete) expect(listed.length, `${e.year} ${s.id}`).toBe(c.value);
        else expect(listed.length).toBeLessThanOrEqual(c.value);
        const sc = s.counts.selectedCountries;
        if (sc.known && listed.length === c.value) {
          expect(new Set(listed.map((p) => p.country)).size, `${e.year} ${s.id}`).toBe(sc.value);
        }
      }
      // sub-program counts never exceed the edition's
      for (const key of ["applications", "selected"] as const) {
        const total = e.counts[key];
        const parts = e.subPrograms.map((s) => s.counts[key]);
        if (total.known && parts.every((p) => p.known)) {
          const sum = parts.reduce((a, p) => a + (p.known ? p.value : 0), 0);
          expect(sum, `${e.year} ${key}`).toBeLessThanOrEqual(total.value);
        }
      }
    }
  });

  it("has every funding range with min <= max, in KRW", () => {
    let ranges = 0;
    for (const e of EDITIONS) {
      walk(e, `${e.year}`, (v, path) => {
        if (typeof v === "object" && v !== null && "min" in v && "max" in v) {
          const r = v as { min: unknown; max: unknown };
          if (isKrw(r.min) && isKrw(r.max)) {
            ranges++;
            expect(r.min.amount <= r.max.amount, path).toBe(true);
          } else {
            const n = v as { min: number; max: number };
            expect(n.min <= n.max, path).toBe(true);
          }
        }
      });
    }
    expect(ranges).toBeGreaterThan(15);
  });

  it("gives every fact a source, or marks it inferred or unknown with a note", () => {
    let facts = 0;
    for (const e of EDITIONS) {
      walk(e, `${e.year}`, (v, path) => {
        if (!isFactLike(v)) return;
        facts++;
        expect(Array.isArray(v.sources), path).toBe(true);
        if (v.known) {
          expect(RELIABILITIES, path).toContain(v.reliability);
          if (v.reliability === "inferred") expect(v.note, path).toBeTruthy();
          else expect((v.sources as string[]).length, path).toBeGreaterThan(0);
        } else {
          expect(v.note, path).toBeTruthy();
        }
      });
    }
    expect(facts).toBeGreaterThan(300);
  });

  it("cites only sources that exist, and every event and project has sources", () => {
    const used = new Set<string>();
    for (const e of EDITIONS) {
      walk(e, `${e.year}`, (v, path) => {
        if (path.endsWith(".sources") && Array.isArray(v)) {
          for (const tag of v) {
            expect(getSource(tag), `${path}: ${tag}`).toBeDefined();
            used.add(tag);
          }
        }
      });
      for (const ev of e.events) {
        expect(ev.sources.length, `${e.year} ${ev.kind}`).toBeGreaterThan(0);
        expect(ev.date).toMatch(PARTIAL_DATE);
      }
      for (const p of e.projects) expect(p.sources.length, p.id).toBeGreaterThan(0);
    }
    expect(used.size).toBeGreaterThan(50);
  });

  it("has a sources table S1..S63 with url, publisher, date and reliability", () => {
    expect(SOURCES.map((s) => s.tag)).toEqual(Array.from({ length: 63 }, (_, i) => `S${i + 1}`));
    for (const s of SOURCES) {
      expect(s.url).toMatch(/^https?:\/\//);
      expect(s.publisher.length).toBeGreaterThan(0);
      expect(s.title.length).toBeGreaterThan(0);
      expect(RELIABILITIES).toContain(s.reliability);
      if (s.date.known) expect(s.date.value).toMatch(PARTIAL_DATE);
      else expect(s.date.note).toBeTruthy();
    }
  });

  it("has call windows that open before they close, and rolling intakes that roll forward", () => {
    for (const e of EDITIONS) {
      for (const s of e.subPrograms) {
        const i = s.intake;
        if (i.kind === "call") {
          if (i.opens.known && i.closes.known)
            expect(i.opens.value < i.closes.value, `${e.year} ${s.id}`).toBe(true);
        } else {
          expect(i.rollsOverTo).toBe(e.year + 1);
          if (i.opens.known && i.cutoff.known) expect(i.opens.value < i.cutoff.value).toBe(true);
        }
        expect(
          e.year < 2024 ? "call" : s.tracks.includes("solution-demonstration") ? "call" : "rolling",
        ).toBe(i.kind);
      }
    }
  });

  it("uses a country list of 249 unique two-letter codes that Intl can name", () => {
    expect(COUNTRY_CODES.length).toBe(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (const c of COUNTRY_CODES) {
      expect(c).toMatch(/^[A-Z]{2}$/);
      expect(names.of(c)).not.toBe(c);
    }
  });
});
