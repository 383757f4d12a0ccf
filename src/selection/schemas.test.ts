import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { parseAuditLog, parseSnapshot, safeParseAuditLog, safeParseSnapshot } from "./schemas.js";

const log = {
  machine: "2021-urban-planning",
  applicationId: "2021-ke-nairobi",
  startedAt: "2021-03",
  entries: [
    {
      from: "draft",
      to: "submitted",
      event: "submit",
      at: "2021-04-10T09:30",
      actor: { id: "ke", role: "applicant" },
      note: "n",
      payload: { a: [1, "x", null, { b: true }] },
    },
  ],
};
const snap = { ...log, state: "submitted", updatedAt: "2021-04-10T09:30" };

describe("audit log and snapshot schemas", () => {
  it("read valid JSON losslessly and freeze it", () => {
    const r = safeParseAuditLog(JSON.parse(JSON.stringify(log)));
    expect(r.ok && r.value).toEqual(log);
    expect(r.ok && Object.isFrozen(r.value.entries[0]?.payload)).toBe(true);
    expect(parseSnapshot(snap)).toEqual(snap);
    expect(parseAuditLog(log).entries).toHaveLength(1);
  });
  it("give issues with paths for malformed input", () => {
    const bad = safeParseAuditLog({
      ...log,
      entries: [{ ...log.entries[0], at: "next week", actor: { id: "x", role: "king" } }],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.path.join("."))).toEqual(["entries.0.at", "entries.0.actor.role"]);
    expect(bad.issues[0]?.message.ko.length).toBeGreaterThan(0);
    const extra = safeParseSnapshot({ ...snap, hacked: true });
    expect(!extra.ok && extra.issues[0]?.code).toBe("UNKNOWN_KEY");
    for (const x of [null, 3, "log", [], { entries: [] }]) {
      expect(safeParseAuditLog(x).ok).toBe(false);
      expect(safeParseSnapshot(x).ok).toBe(false);
    }
  });
  it("throw INVALID_LOG and INVALID_SNAPSHOT from the parse functions", () => {
    for (const [f, code] of [
      [() => parseAuditLog({}), "INVALID_LOG"],
      [() => parseSnapshot({}), "INVALID_SNAPSHOT"],
    ] as const) {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe(code);
      }
    }
  });
  it("read a payload as transition reads it: at most 64 deep, no __proto__ key, never a stack overflow", () => {
    const withPayload = (json: string) =>
      JSON.parse(JSON.stringify(log).replace('{"a":[1,"x",null,{"b":true}]}', json));
    const nested = (n: number) => `{"a":${"[".repeat(n)}0${"]".repeat(n)}}`;
    // 63 arrays inside the payload object: 64 levels, the most transition takes
    expect(safeParseAuditLog(withPayload(nested(63))).ok).toBe(true);
    for (const json of [
      nested(64),
      nested(5_000),
      '{"__proto__":{"x":1}}',
      '{"a":{"__proto__":[]}}',
      "[1]",
    ]) {
      const r = safeParseAuditLog(withPayload(json));
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues.map((i) => i.path.join("."))).toEqual(["entries.0.payload"]);
      expect(
        safeParseSnapshot({ ...withPayload(json), state: "submitted", updatedAt: "2021-04-10" }).ok,
      ).toBe(false);
    }
    const proto = safeParseAuditLog(withPayload('{"__proto__":{"x":1}}'));
    expect(!proto.ok && proto.issues[0]?.message.en).toContain('no "__proto__" key');
  });
});
