import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isKcnError } from "../errors.js";
import {
  AuditEntrySchema,
  AuditLogSchema,
  LifecycleEventSchema,
  parseAuditLog,
  parseSnapshot,
  SnapshotSchema,
  safeParseAuditLog,
  safeParseSnapshot,
} from "./schemas.js";

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
    expect(!proto.ok && proto.issues[0]?.message).toEqual({
      en: 'Expected JSON at most 64 deep, without a "__proto__" key at entries.0.payload',
      ko: '64단계 이하로 중첩되고 "__proto__" 키가 없는 JSON 데이터가 필요합니다 (entries.0.payload)',
    });
    // other payload faults keep zod's own code and the path of the bad value
    const fn = safeParseAuditLog({ ...log, entries: [{ ...log.entries[0], payload: { a: [1, () => 1] } }] });
    expect(!fn.ok && fn.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["INVALID_UNION", "entries.0.payload.a"],
    ]);
    // a payload whose keys cannot be read is an issue, not a throw (a revoked proxy is the engine's
    // TypeError, as docs/errors.md says)
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    const h = safeParseAuditLog({ ...log, entries: [{ ...log.entries[0], payload: hostile }] });
    expect(!h.ok && h.issues.map((i) => i.path.join("."))).toEqual(["entries.0.payload"]);
  });
  it("convert to JSON Schema (z.toJSONSchema), payloads as JSON objects", () => {
    for (const schema of [AuditLogSchema, SnapshotSchema, AuditEntrySchema, LifecycleEventSchema]) {
      const json = z.toJSONSchema(schema) as { properties: Record<string, unknown> };
      expect(Object.keys(json.properties)).toContain("at" in json.properties ? "at" : "entries");
    }
    const entry = z.toJSONSchema(AuditEntrySchema) as unknown as {
      properties: { payload: { type: string } };
    };
    expect(entry.properties.payload.type).toBe("object");
  });
});
