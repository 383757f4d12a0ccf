/**
 * Real editions walked through their machines: the 2021 seed projects to their documented start
 * months, and each edition's distinctive step.
 */
import { describe, expect, it } from "vitest";
import { krw } from "../src/money/index.js";
import { getEdition } from "../src/programs/index.js";
import { availableEvents } from "../src/selection/availableEvents.js";
import { machineFor } from "../src/selection/machineFor.js";
import { replay } from "../src/selection/replay.js";
import { selectProjects } from "../src/selection/selectProjects.js";
import { start } from "../src/selection/start.js";
import { transition } from "../src/selection/transition.js";
import type { LifecycleEvent, Machine, Snapshot } from "../src/selection/types.js";
import { applicationFor, eventFor, forward, send, walkTo } from "./selection.fixtures.js";

function eventDate(year: number, kind: string, track?: string): string {
  const e = getEdition(year).events.find(
    (x) => x.kind === kind && (track === undefined || x.track === track),
  );
  if (!e) throw new Error(`no ${kind} event in ${year}`);
  return e.date;
}

function step(
  s: Snapshot,
  m: Machine,
  type: string,
  at: string,
  extra: Partial<LifecycleEvent> = {},
): Snapshot {
  const def = m.transitions.find((t) => t.event === type && t.from.includes(s.state));
  if (!def) throw new Error(`${type} not allowed in ${s.state}; allowed: ${availableEvents(s).join(", ")}`);
  return send(s, [{ ...eventFor(m, def, at), ...extra }], m);
}

describe("2021: the eleven seed projects reach their documented start months", () => {
  const edition = getEdition(2021);
  const results = eventDate(2021, "results-announced");
  const appropriation = eventDate(2021, "appropriation");
  const executors = eventDate(2021, "executor-selected");
  it("has the eleven projects of the seed", () => {
    expect(edition.projects.map((p) => p.id)).toContain("2021-ke-nairobi");
    expect(edition.projects).toHaveLength(11);
  });
  for (const p of edition.projects) {
    it(`${p.id} starts in ${p.track.known && p.track.value === "solution-demonstration" ? "July" : "August"} 2021`, () => {
      if (!p.track.known) throw new Error("2021 projects have known tracks");
      const track = p.track.value;
      const m = machineFor(2021, track);
      expect(m.subProgramId).toBe(p.subProgramId);
      const started = eventDate(2021, "track-start", track);
      let s = start(m, { applicationId: p.id, at: "2021-02-18" });
      s = step(s, m, "submit", "2021-04-10"); // the day the application's submittedAt gives
      s = step(s, m, "begin-screening", "2021-04-20");
      s = step(s, m, "pass-screening", "2021-04-30", {
        payload: { application: applicationFor(m, p.country, p.id) as never },
      });
      // Review steps in May, the committee's decision on the results day.
      while (s.state !== "selected") {
        const def = forward(m, s.state);
        if (!def) throw new Error(`stuck in ${s.state}`);
        s = step(s, m, def.event, def.event === "select" ? results : "2021-05");
      }
      s = step(s, m, "appropriate", appropriation);
      if (track !== "solution-demonstration") {
        // Executors chosen by July with the host government consulted on scope and criteria.
        s = walkTo(s, m, "contracted", () => executors);
        expect(
          s.entries.find((e) => e.event === "record-host-consultation")?.payload?.["scope"],
        ).toBeTruthy();
        expect(s.entries.find((e) => e.event === "award")?.payload?.["executor"]).toMatchObject({
          country: "KR",
        });
      }
      s = step(s, m, "start", started);
      expect(s.state).toBe("in-progress");
      expect(s.updatedAt).toBe(track === "solution-demonstration" ? "2021-07" : "2021-08");
      const again = replay(m, s);
      expect(again.ok && again.snapshot).toEqual(s);
    });
  }
  it("cannot start a planning project before its executor is contracted", () => {
    const m = machineFor(2021, "urban-planning");
    const funded = walkTo(start(m, { applicationId: "2021-ph-clark", at: "2021-02" }), m, "funded", (e) =>
      e === "submit" ? "2021-04" : "2021-06",
    );
    const r = transition(funded, { type: "start", at: "2021-08", actor: { id: "exec", role: "executor" } });
    expect(!r.ok && r.issues[0]?.code).toBe("ILLEGAL_TRANSITION");
    expect(!r.ok && r.issues[0]?.allowed).toEqual(["record-host-consultation", "cancel"]);
  });
  it("selects 11 projects in 11 countries with a country cap of 1", () => {
    const cands = edition.projects.map((p, i) => ({
      id: p.id,
      subProgramId: p.subProgramId,
      country: p.country,
      score: 90 - i,
      requested: krw(300_000_000),
      submittedAt: "2021-04-19",
    }));
    const out = selectProjects([...cands, { ...cands[0]!, id: "2021-ph-second", score: 10 }], {
      countryCap: 1,
    });
    expect(out.selected).toHaveLength(11);
    expect(new Set(out.selected.map((s) => s.candidate.country)).size).toBe(11);
    expect(out.notSelected[0]?.reason).toBe("COUNTRY_CAP");
  });
});

describe("each edition's distinctive step", () => {
  it("2020: two weeks of opinions from missions and ministries, then the expert committee; two in Turkey", () => {
    const m = machineFor(2020, "urban-planning");
    let s = walkTo(
      start(m, { applicationId: "2020-tr-gaziantep", at: "2020-01-31" }),
      m,
      "opinion-collection",
      () => "2020-03-20",
    );
    expect(availableEvents(s, "secretariat")).toEqual(["complete-opinion-collection", "reject"]);
    const early = transition(s, {
      type: "select",
      at: "2020-04-01",
      actor: { id: "c", role: "review-committee" },
    });
    expect(!early.ok && early.issues[0]?.code).toBe("ILLEGAL_TRANSITION");
    s = step(s, m, "complete-opinion-collection", "2020-04-03");
    expect(s.state).toBe("expert-committee");
    s = step(s, m, "select", eventDate(2020, "results-announced"));
    expect(s.state).toBe("selected");
    const turkey = ["gaziantep", "ankara", "izmir"].map((c, i) => ({
      id: `2020-tr-${c}`,
      subProgramId: "smart-city-development",
      country: "TR",
      score: 90 - i,
      requested: krw(275_000_000),
      submittedAt: "2020-03-20",
    }));
    expect(selectProjects(turkey, { countryCap: 2 }).selected.map((x) => x.candidate.id)).toEqual([
      "2020-tr-gaziantep",
      "2020-tr-ankara",
    ]);
  });
  it("2021: demonstrations are heard in a joint virtual conference before the selection committee", () => {
    const m = machineFor(2021, "solution-demonstration");
    const s = walkTo(
      start(m, { applicationId: "2021-es-santander", at: "2021-02" }),
      m,
      "joint-virtual-conference",
      (e) => (e === "submit" ? "2021-04" : "2021-05"),
    );
    const wrong = transition(s, {
      type: "complete-joint-virtual-conference",
      at: "2021-05",
      actor: { id: "kaia", role: "secretariat" },
    });
    expect(!wrong.ok && wrong.issues[0]?.code).toBe("ROLE_NOT_ALLOWED");
    expect(step(s, m, "complete-joint-virtual-conference", "2021-05-20").state).toBe("selection-committee");
  });
  it("2022: planning negotiates the scope with the counterpart; demonstrations need the counterpart's confirmation", () => {
    const p = machineFor(2022, "urban-planning");
    const neg = walkTo(
      start(p, { applicationId: "2022-kg-issyk-kul", at: "2022-03-29" }),
      p,
      "scope-negotiation",
      (e) => (e === "submit" ? "2022-04" : "2022-05"),
    );
    expect(availableEvents(neg, "host-government")).toEqual(["complete-scope-negotiation", "decline"]);
    const declined = transition(neg, {
      type: "decline",
      at: "2022-05-20",
      actor: { id: "kg", role: "host-government" },
    });
    expect(!declined.ok && declined.issues[0]?.guard).toBe("reason-given");
    const selected = walkTo(neg, p, "selected", () => eventDate(2022, "results-announced"));
    // Tender notice at the end of June, executor selected in July 2022.
    let s = walkTo(selected, p, "tender-notice", () => eventDate(2022, "executor-tender"));
    s = walkTo(s, p, "awarded", () => eventDate(2022, "executor-selected"));
    expect(s.entries.at(-1)?.at).toBe("2022-07");
    const d = machineFor(2022, "solution-demonstration");
    const conf = walkTo(
      start(d, { applicationId: "2022-th-mukdahan", at: "2022-03-29" }),
      d,
      "counterpart-confirmation",
      (e) => (e === "submit" ? "2022-05" : "2022-06"),
    );
    expect(availableEvents(conf, "review-committee")).toEqual(["reject"]);
    expect(availableEvents(conf, "host-government")).toEqual([
      "complete-counterpart-confirmation",
      "decline",
    ]);
    expect(step(conf, d, "complete-counterpart-confirmation", "2022-06-10").state).toBe(
      "final-review-committee",
    );
  });
  it("2023: Uman's planning executor, K-water's consortium, awarded on 23 Aug 2023 after the June results", () => {
    const m = machineFor(2023, "urban-planning");
    const bids = walkTo(
      start(m, { applicationId: "2023-ua-uman", at: "2023-04-10" }),
      m,
      "bid-evaluation",
      (e) =>
        e === "select"
          ? eventDate(2023, "results-announced")
          : ["submit", "begin-screening", "pass-screening"].includes(e) || e.startsWith("complete-")
            ? "2023-05-10"
            : "2023-07",
    );
    const early = transition(bids, {
      type: "award",
      at: "2023-06-01",
      actor: { id: "kind", role: "secretariat" },
      payload: { executor: { name: "K-water", country: "KR" } },
    });
    expect(!early.ok && early.issues[0]?.guard).toBe("chronological");
    const s = step(bids, m, "award", eventDate(2023, "executor-selected"), {
      payload: { executor: { name: "K-water", country: "KR" } },
    });
    expect(s.state).toBe("awarded");
    expect(s.updatedAt).toBe("2023-08-23");
  });
  it("2024: planning proposals after the end of April roll over to the next cycle; earlier ones cannot", () => {
    const m = machineFor(2024, "solution-planning");
    const late = step(start(m, { applicationId: "late", at: "2024-01-30" }), m, "submit", "2024-05-02");
    expect(step(late, m, "roll-over", "2024-05-03").state).toBe("rolled-over");
    const onTime = step(
      start(m, { applicationId: "on-time", at: "2024-01-30" }),
      m,
      "submit",
      eventDate(2024, "rolling-cutoff"),
    );
    const r = transition(onTime, {
      type: "roll-over",
      at: "2024-05-03",
      actor: { id: "kind", role: "secretariat" },
      note: "late",
    });
    expect(!r.ok && r.issues[0]?.message.en).toContain("not after the cutoff 2024-04-30");
    const pre = walkTo(onTime, m, "pre-consulting", () => "2024-05");
    expect(availableEvents(pre, "secretariat")).toContain("complete-pre-consulting");
  });
  it("2024: KAIA evaluates demonstrations and the committee selects in April", () => {
    const m = machineFor(2024, "solution-demonstration");
    const s = walkTo(start(m, { applicationId: "2024-it-verona", at: "2024-01-30" }), m, "selected", (e) =>
      e === "select" ? eventDate(2024, "review") : "2024-03-19",
    );
    expect(s.entries.map((e) => e.to)).toEqual([
      "submitted",
      "screening",
      "kaia-evaluation",
      "selection-committee",
      "selected",
    ]);
    expect(s.updatedAt).toBe("2024-04-16");
    const big = transition(s, {
      type: "appropriate",
      at: "2024-04",
      actor: { id: "molit", role: "ministry" },
      payload: { amount: { amount: "500000000", currency: "KRW" } },
    });
    expect(!big.ok && big.issues[0]?.message.en).toContain("outside the sub-program's range");
  });
  it("2025: demonstrations selected in April start in April", () => {
    const m = machineFor(2025, "solution-demonstration");
    const s = walkTo(start(m, { applicationId: "2025-it-milan", at: "2025-01-21" }), m, "in-progress", (e) =>
      e === "submit"
        ? "2025-03-11"
        : e === "start"
          ? eventDate(2025, "track-start", "solution-demonstration")
          : "2025-04-07",
    );
    expect(s.updatedAt).toBe("2025-04");
  });
  it("2026: the planning projects go to a KIND tender; with no published cutoff, roll-over needs a reason", () => {
    const m = machineFor(2026, "urban-planning");
    const s = walkTo(start(m, { applicationId: "2026-kz-alatau", at: "2025-06" }), m, "tender-notice", (e) =>
      e === "publish-tender" ? eventDate(2026, "executor-tender") : "2026-01",
    );
    expect(s.updatedAt).toBe("2026-02-11");
    const sub = step(start(m, { applicationId: "x", at: "2026-01-28" }), m, "submit", "2026-06");
    const r = transition(sub, {
      type: "roll-over",
      at: "2026-07",
      actor: { id: "kind", role: "secretariat" },
    });
    expect(!r.ok && r.issues[0]?.message.en).toContain("a reason for the roll-over is required in note");
    const rolled = transition(sub, {
      type: "roll-over",
      at: "2026-07",
      actor: { id: "kind", role: "secretariat" },
      note: "pre-consulting continues: final selection in January 2027",
    });
    expect(rolled.ok && rolled.snapshot.state).toBe("rolled-over");
  });
});
