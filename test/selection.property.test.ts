import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../src/errors.js";
import { availableEvents } from "../src/selection/availableEvents.js";
import { listMachines } from "../src/selection/machines/index.js";

const MACHINES = listMachines();

import { replay } from "../src/selection/replay.js";
import { ROLE_IDS } from "../src/selection/roles.js";
import { parseSnapshot, safeParseAuditLog, safeParseSnapshot } from "../src/selection/schemas.js";
import { start } from "../src/selection/start.js";
import { transition } from "../src/selection/transition.js";
import type {
  AuditEntry,
  AuditLog,
  LifecycleEvent,
  Machine,
  Role,
  Snapshot,
} from "../src/selection/types.js";
import { applicationFor, forward, satisfy } from "./selection.fixtures.js";

const pad = (n: number) => String(n).padStart(2, "0");
const dateOf = (year: number, day: number) =>
  `${year + Math.floor(day / 336)}-${pad(1 + (Math.floor(day / 28) % 12))}-${pad(1 + (day % 28))}`;

/** One step of a random run: follow the table (with guard-satisfying data) or send anything. */
const stepArb = fc.record({
  valid: fc.integer({ min: 0, max: 19 }),
  pick: fc.nat(),
  role: fc.constantFrom<Role | "king">(...ROLE_IDS, "king"),
  junk: fc.constantFrom("select", "award", "explode", "", "complete", "roll-over", "start"),
  dayStep: fc.integer({ min: -3, max: 20 }),
  withData: fc.boolean(),
});

/** The day of dateOf's calendar when the fixture's application was sent: inside its call. */
function callDay(m: Machine): number {
  const [, month = 1, day = 1] = String(applicationFor(m)["submittedAt"]).slice(0, 10).split("-").map(Number);
  return (month - 1) * 28 + day - 1;
}

function run(m: Machine, steps: readonly Step[]) {
  // the calendar starts on a day inside the call, so that a run submitting early passes screening
  let day = callDay(m);
  let s: Snapshot = start(m, { applicationId: "prop", at: dateOf(m.year, day) });
  const stateIds = new Set(m.states.map((x) => x.id));
  for (const st of steps) {
    const nextDay = Math.max(0, day + st.dayStep);
    const here = availableEvents(s);
    let ev: LifecycleEvent;
    if (st.valid > 1 && here.length > 0) {
      const fwd = st.valid > 5 ? forward(m, s.state) : undefined;
      const type = fwd ? fwd.event : (here[st.pick % here.length] as string);
      const def = m.transitions.find((t) => t.event === type && t.from.includes(s.state));
      if (!def) throw new Error("availableEvents listed an event the table lacks");
      const role = (st.valid > 3 ? def.roles[st.pick % def.roles.length] : st.role) as Role;
      ev = {
        type,
        at: dateOf(m.year, nextDay),
        actor: { id: "p", role },
        ...(st.withData || st.valid > 4 ? satisfy(m, def) : {}),
      };
    } else {
      ev = { type: st.junk, at: dateOf(m.year, nextDay), actor: { id: "p", role: st.role as Role } };
    }
    if (!ROLE_IDS.includes(ev.actor.role)) {
      // a role that is not a role is the caller's input error, thrown as availableEvents throws it
      expect(() => transition(s, ev)).toThrow(/Expected a role/);
      continue;
    }
    const r = transition(s, ev);
    if (r.ok) {
      const def = m.transitions.find((t) => t.event === ev.type && t.from.includes(s.state));
      expect(def?.to).toBe(r.snapshot.state);
      expect(def?.roles).toContain(ev.actor.role);
      s = r.snapshot;
      day = nextDay;
    } else {
      expect(r.issues.length).toBeGreaterThan(0);
    }
    expect(stateIds.has(s.state)).toBe(true);
  }
  return s;
}

type Step = {
  valid: number;
  pick: number;
  role: Role | "king";
  junk: string;
  dayStep: number;
  withData: boolean;
};
const machineArb = fc.constantFrom(...MACHINES);
const runArb = fc.tuple(machineArb, fc.array(stepArb, { maxLength: 50 }));
const strip = (s: Snapshot): AuditLog => ({
  machine: s.machine,
  applicationId: s.applicationId,
  startedAt: s.startedAt,
  entries: s.entries,
});

describe("lifecycle properties", () => {
  it("random event sequences never leave the table", () => {
    fc.assert(
      fc.property(runArb, ([m, steps]) => void run(m, steps)),
      { numRuns: 300 },
    );
  });
  it("replay(log) equals the live snapshot, from the snapshot and from JSON", () => {
    fc.assert(
      fc.property(runArb, ([m, steps]) => {
        const live = run(m, steps);
        const again = replay(m, strip(live));
        expect(again.ok && again.snapshot).toEqual(live);
        const parsed = safeParseAuditLog(JSON.parse(JSON.stringify(strip(live))));
        if (!parsed.ok) throw new Error(parsed.issues[0]?.message.en);
        const fromJson = replay(m, parsed.value);
        expect(fromJson.ok && JSON.stringify(fromJson.snapshot)).toBe(JSON.stringify(live));
        const raw = replay(m, JSON.parse(JSON.stringify(strip(live))));
        expect(raw.ok && raw.snapshot).toEqual(live);
      }),
      { numRuns: 200 },
    );
  });
  it("JSON round-trips of snapshots are lossless", () => {
    fc.assert(
      fc.property(runArb, ([m, steps]) => {
        const live = run(m, steps);
        const text = JSON.stringify(live);
        const back = safeParseSnapshot(JSON.parse(text));
        expect(back.ok && back.value).toEqual(live);
        expect(back.ok && JSON.stringify(back.value)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
  it("a log with an entry's from, to, event or role changed is refused (unless the change is itself a legal entry)", () => {
    const long = fc.tuple(
      machineArb,
      fc.array(
        stepArb.map((s) => ({ ...s, valid: 9 })),
        { minLength: 3, maxLength: 30 },
      ),
    );
    fc.assert(
      fc.property(
        long,
        fc.nat(),
        fc.constantFrom("from", "to", "event", "role"),
        fc.constantFrom(
          "draft",
          "selected",
          "funded",
          "in-progress",
          "not-a-state",
          "submit",
          "select",
          "appropriate",
          "withdraw",
          "applicant",
          "ministry",
          "executor",
          "host-government",
        ),
        ([m, steps], which, field, value) => {
          const live = run(m, steps);
          if (live.entries.length === 0) return;
          const i = which % live.entries.length;
          const e = live.entries[i] as AuditEntry;
          const changed: AuditEntry =
            field === "role"
              ? { ...e, actor: { ...e.actor, role: value as Role } }
              : { ...e, [field]: value };
          if (JSON.stringify(changed) === JSON.stringify(e)) return;
          const log = { ...strip(live), entries: live.entries.map((x, j) => (j === i ? changed : x)) };
          const r = replay(m, log);
          if (field === "from" || field === "to") {
            expect(r.ok).toBe(false);
            return;
          }
          // An edited event or role is legal only if the table allows it with the same target.
          const def = m.transitions.find((t) => t.event === changed.event && t.from.includes(changed.from));
          const legal = def !== undefined && def.to === changed.to && def.roles.includes(changed.actor.role);
          if (!legal) expect(r.ok).toBe(false);
        },
      ),
      { numRuns: 400 },
    );
  });
  it("a transition on a hand-made snapshot with broken entries refuses it as parseSnapshot does, and never writes one that does not read back", () => {
    const m = MACHINES[0] as Machine;
    const s = start(m, { applicationId: "x", at: "2020-01" });
    const forged = {
      ...s,
      entries: [{ from: "draft", to: "submitted", event: "submit", at: "2020-02", actor: null }] as never,
      state: "submitted",
    };
    const event = {
      type: "begin-screening",
      at: "2020-03",
      actor: { id: "s", role: "secretariat" },
    } as const;
    const thrown = (() => {
      try {
        transition(forged as Snapshot, event);
      } catch (e) {
        return e;
      }
    })();
    expect(isKcnError(thrown) && thrown.code).toBe("INVALID_SNAPSHOT");
    expect(isKcnError(thrown) && JSON.stringify(thrown.details)).toContain('"path":["entries",0,"actor"]');
    // the same snapshot, well formed, read back from JSON: transition reads it and writes one that replays
    const good = JSON.parse(
      JSON.stringify({
        ...s,
        entries: [
          {
            from: "draft",
            to: "submitted",
            event: "submit",
            at: "2020-02",
            actor: { id: "a", role: "applicant" },
          },
        ],
        state: "submitted",
        updatedAt: "2020-02",
      }),
    );
    const r = transition(good, event);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(replay(m, r.snapshot).ok).toBe(true);
      expect(parseSnapshot(JSON.parse(JSON.stringify(r.snapshot)))).toEqual(r.snapshot);
    }
  });
  it("refuses a stored snapshot whose old entries are not what parseSnapshot reads back (null for a missing note, an unknown role, a bad date, an extra key)", () => {
    const m = MACHINES[0] as Machine;
    const s = start(m, { applicationId: "x", at: "2020-01" });
    const r1 = transition(s, { type: "submit", at: "2020-02", actor: { id: "a", role: "applicant" } });
    if (!r1.ok) throw new Error("submit refused");
    const stored = JSON.parse(JSON.stringify(r1.snapshot));
    const next = { type: "begin-screening", at: "2020-03", actor: { id: "s", role: "secretariat" } } as const;
    expect(transition(stored, next).ok).toBe(true);
    const edits = [
      (e: Record<string, unknown>) => ({ ...e, note: null }),
      (e: Record<string, unknown>) => ({ ...e, actor: { id: "a", role: "nobody" } }),
      (e: Record<string, unknown>) => ({ ...e, at: "garbage" }),
      (e: Record<string, unknown>) => ({ ...e, extra: 1 }),
    ];
    for (const edit of edits) {
      const bad = { ...stored, entries: [edit(stored.entries[0])] };
      expect(() => transition(bad, next)).toThrow(expect.objectContaining({ code: "INVALID_SNAPSHOT" }));
    }
  });
});

describe("the random runs", () => {
  it("reach deep into the machines (selected, funded, in progress, endings)", () => {
    const reached = new Set<string>();
    for (const [m, steps] of fc.sample(runArb, { numRuns: 400, seed: 42 })) reached.add(run(m, steps).state);
    for (const s of ["selected", "funded", "in-progress", "completed", "withdrawn", "not-selected"])
      expect(reached).toContain(s);
  });
});
