import { describe, expect, it } from "vitest";
import { send } from "../../test/selection.fixtures.js";
import { isKcnError } from "../errors.js";
import { machineFor } from "./machineFor.js";
import { replay } from "./replay.js";
import { parseAuditLog, safeParseSnapshot } from "./schemas.js";
import { start } from "./start.js";
import type { AuditEntry, AuditLog } from "./types.js";

const m = machineFor(2022, "solution-demonstration");
const live = send(start(m, { applicationId: "2022-th-mukdahan", at: "2022-03-29" }), [
  { type: "submit", at: "2022-05-19", actor: { id: "k-drone", role: "applicant" } },
  { type: "begin-screening", at: "2022-05-21", actor: { id: "kaia-1", role: "secretariat" } },
  {
    type: "withdraw",
    at: "2022-05-25",
    actor: { id: "k-drone", role: "applicant" },
    note: "changed plans",
    payload: { by: "letter" },
  },
]);
const log: AuditLog = {
  machine: live.machine,
  applicationId: live.applicationId,
  startedAt: live.startedAt,
  entries: live.entries,
};

function edit(i: number, change: Partial<AuditEntry>): AuditLog {
  return { ...log, entries: log.entries.map((e, j) => (j === i ? { ...e, ...change } : e)) };
}

function firstIssue(l: AuditLog) {
  const r = replay(m, l);
  if (r.ok) throw new Error("expected a refusal");
  return r.issues[0];
}

describe("replay", () => {
  it("says a malformed entry in both languages, as safeParseAuditLog does, with Korean type words", () => {
    const r = replay(m, edit(1, { note: { text: "x" } as never }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.path).toEqual(["entries", 1, "note"]);
    expect(r.issues[0]?.message).toEqual({
      en: "Invalid input: expected string, received object at entries.1.note",
      ko: "entries.1.note: 문자열 필요, 받은 값 객체",
    });
  });

  it("refuses what transition refuses: unknown keys, an actor id or a note over its limit", () => {
    const bad = (l: unknown) => {
      const r = replay(m, JSON.parse(JSON.stringify(l)));
      return r.ok ? "accepted" : `${r.issues[0]?.code}@${r.issues[0]?.path.join(".")}`;
    };
    expect(bad(edit(0, { notes: "important" } as never))).toBe("LOG_TAMPERED@entries.0.notes");
    expect(bad(edit(0, { actor: { id: "k-drone", role: "applicant", name: "K" } } as never))).toBe(
      "LOG_TAMPERED@entries.0.actor.name",
    );
    expect(bad(edit(0, { actor: { id: "", role: "applicant" } }))).toBe("LOG_TAMPERED@entries.0.actor.id");
    expect(bad(edit(0, { actor: { id: "x".repeat(201), role: "applicant" } }))).toBe(
      "LOG_TAMPERED@entries.0.actor.id",
    );
    // every refusal of the schema, at its path
    const many = replay(m, JSON.parse(JSON.stringify({ ...edit(0, { notes: "x" } as never), extra: 1 })));
    expect(many.ok ? [] : many.issues.map((i) => `${i.code}@${i.path.join(".")}`)).toEqual([
      "LOG_TAMPERED@entries.0.notes",
      "LOG_TAMPERED@extra",
    ]);
    expect(bad(edit(0, { note: "x".repeat(10_001) }))).toBe("LOG_TAMPERED@entries.0.note");
    // characters, not UTF-16 code units, as transition counts them
    expect(bad(edit(0, { actor: { id: "😀".repeat(200), role: "applicant" } }))).toBe("accepted");
    expect(bad(edit(0, { actor: { id: "😀".repeat(201), role: "applicant" } }))).toBe(
      "LOG_TAMPERED@entries.0.actor.id",
    );
    expect(bad({ ...log, extra: 2 })).toBe("LOG_TAMPERED@extra");
    // at the limits, accepted; and what replay accepts, the snapshot schema reads back
    const ok = replay(m, JSON.parse(JSON.stringify(edit(0, { note: "x".repeat(10_000) }))));
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(safeParseSnapshot(JSON.parse(JSON.stringify(ok.snapshot))).ok).toBe(true);
  });

  it("rebuilds the live snapshot from its audit log (or from the snapshot itself)", () => {
    const r = replay(m, log);
    expect(r.ok && r.snapshot).toEqual(live);
    expect(replay(m, live).ok && JSON.stringify(replay(m, live))).toBe(
      JSON.stringify({ ok: true, snapshot: live }),
    );
    expect(r.ok && Object.isFrozen(r.snapshot.entries[2])).toBe(true);
  });
  it("replays an empty log to the start", () => {
    const r = replay(m, { ...log, entries: [] });
    expect(r.ok && r.snapshot.state).toBe("draft");
  });
  it("refuses an entry whose recorded from or to disagrees with the machine", () => {
    expect(firstIssue(edit(1, { to: "kaia-evaluation" }))).toMatchObject({
      code: "LOG_TAMPERED",
      path: ["entries", 1, "to"],
    });
    expect(firstIssue(edit(1, { from: "draft" }))).toMatchObject({
      code: "LOG_TAMPERED",
      path: ["entries", 1, "from"],
    });
  });
  it("refuses a stored snapshot whose state or time is not where its entries lead", () => {
    const stored = JSON.parse(JSON.stringify(live)) as typeof live;
    expect(replay(m, stored).ok).toBe(true);
    const snap = (edit: Partial<typeof live>) => replay(m, { ...stored, ...edit });
    const state = snap({ state: "completed" });
    expect(state.ok ? undefined : state.issues).toEqual([
      {
        code: "LOG_TAMPERED",
        path: ["state"],
        message: {
          en: 'Recorded state is "completed", but the machine gives "withdrawn"',
          ko: '기록의 state 값 "completed"이(가) 절차가 정한 "withdrawn"와(과) 다릅니다',
        },
        expected: '"withdrawn"',
        received: '"completed"',
      },
    ]);
    expect(snap({ updatedAt: "2025-01-01" })).toMatchObject({
      ok: false,
      issues: [{ code: "LOG_TAMPERED", path: ["updatedAt"], expected: '"2022-05-25"' }],
    });
    // entries cut short under a state that was not edited: the trail no longer reaches it
    expect(snap({ entries: stored.entries.slice(0, 1) })).toMatchObject({
      ok: false,
      issues: [{ path: ["state"], received: '"withdrawn"', expected: '"submitted"' }],
    });
    // a bare log has no state to compare: cutting it short cannot be seen (keep a count or a hash)
    expect(replay(m, { ...log, entries: log.entries.slice(0, 1) }).ok).toBe(true);
  });
  it("refuses an entry the machine would not accept: event, role, time, guard", () => {
    expect(firstIssue(edit(1, { event: "select" }))).toMatchObject({
      code: "ILLEGAL_TRANSITION",
      path: ["entries", 1],
    });
    expect(firstIssue(edit(1, { actor: { id: "kaia-1", role: "ministry" } }))?.code).toBe("ROLE_NOT_ALLOWED");
    expect(firstIssue(edit(2, { at: "2022-05-01" }))).toMatchObject({
      code: "GUARD_FAILED",
      guard: "chronological",
    });
    expect(firstIssue(edit(0, { at: "2022-01-01" }))).toMatchObject({
      code: "GUARD_FAILED",
      guard: "chronological",
    });
    expect(
      firstIssue({
        ...log,
        entries: [
          ...log.entries.slice(0, 2),
          { ...log.entries[1]!, from: "screening", event: "fail-screening", to: "ineligible" },
        ],
      }),
    ).toMatchObject({ code: "GUARD_FAILED", guard: "reason-given" });
  });
  it("refuses a log of another machine", () => {
    expect(firstIssue({ ...log, machine: "2022-urban-planning" })?.code).toBe("MACHINE_MISMATCH");
  });
  it("gives issues, not crashes, for malformed logs", () => {
    const broken = [
      { ...log, entries: [null] },
      { ...log, entries: [{ ...log.entries[0], actor: null }] },
      { ...log, entries: [{ ...log.entries[0], actor: { id: 3, role: "applicant" } }] },
      { ...log, entries: [{ ...log.entries[0], note: 7 }] },
      { ...log, entries: [{ ...log.entries[0], payload: [1] }] },
      { ...log, entries: [{ ...log.entries[0], at: 20220519 }] },
      { ...log, applicationId: "" },
      { ...log, startedAt: "yesterday" },
    ] as unknown as AuditLog[];
    for (const b of broken) expect(replay(m, b).ok).toBe(false);
    for (const bad of [null, {}, { entries: "x" }]) {
      try {
        replay(m, bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe("INVALID_LOG");
      }
    }
  });
  it("gives a parsed log (its fast path) the same answer as the same log as plain JSON", () => {
    const screened = send(start(m, { applicationId: "2022-th-mukdahan", at: "2022-03-29" }), [
      { type: "submit", at: "2022-05-19", actor: { id: "k-drone", role: "applicant" } },
      { type: "begin-screening", at: "2022-05-21", actor: { id: "kaia-1", role: "secretariat" } },
    ]);
    const base: AuditLog = { ...log, entries: screened.entries };
    const cases: AuditLog[] = [
      log,
      base,
      edit(1, { to: "kaia-evaluation" }),
      edit(1, { from: "draft" }),
      edit(1, { event: "select" }),
      edit(1, { event: "constructor" }),
      edit(1, { event: "__proto__" }),
      edit(1, { from: "__proto__" }),
      edit(1, { to: "toString" }),
      edit(1, { actor: { id: "kaia-1", role: "ministry" } }),
      edit(2, { at: "2022-05-01" }),
      edit(2, { at: "2022-05" }),
      edit(2, { at: "2022-05-25T09:30" }),
      edit(0, { at: "2022-01-01" }),
      { ...log, startedAt: "2022-03" },
      {
        ...log,
        entries: [
          ...log.entries.slice(0, 2),
          { ...log.entries[1]!, from: "screening", event: "fail-screening", to: "ineligible" },
        ],
      },
      {
        ...base,
        entries: [
          ...base.entries,
          {
            from: "screening",
            to: "document-review",
            event: "pass-screening",
            at: "2022-05-30",
            actor: { id: "kaia-1", role: "secretariat" },
            payload: { application: { year: 2022, subProgramId: "solution-demonstration" } },
          },
        ],
      },
    ];
    const codes: string[] = [];
    for (const c of cases) {
      const json = JSON.parse(JSON.stringify(c));
      const expected = replay(m, json);
      const parsed = parseAuditLog(json);
      expect(JSON.stringify(replay(m, parsed))).toBe(JSON.stringify(expected));
      expect(JSON.stringify(replay(m, parsed))).toBe(JSON.stringify(replay(m, parsed)));
      codes.push(expected.ok ? "ok" : `${expected.issues[0]?.code}:${expected.issues[0]?.guard ?? ""}`);
    }
    // Every way a log is refused is exercised above.
    expect(new Set(codes)).toEqual(
      new Set([
        "ok",
        "LOG_TAMPERED:",
        "ILLEGAL_TRANSITION:",
        "ROLE_NOT_ALLOWED:",
        "GUARD_FAILED:chronological",
        "GUARD_FAILED:reason-given",
        "GUARD_FAILED:eligible",
      ]),
    );
  });
  it("does not change the log it reads", () => {
    const copy = JSON.parse(JSON.stringify(log));
    replay(m, copy);
    expect(copy).toEqual(JSON.parse(JSON.stringify(log)));
  });
});
