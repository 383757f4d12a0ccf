import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { availableEvents } from "./availableEvents.js";
import { machineFor } from "./machineFor.js";
import { listMachines } from "./machines/index.js";
import { ROLE_IDS } from "./roles.js";
import { start } from "./start.js";
import { transition } from "./transition.js";

describe("availableEvents", () => {
  const m = machineFor(2022, "solution-demonstration");
  const s = start(m, { applicationId: "x", at: "2022-04" });
  it("lists the events accepted now, in table order", () => {
    expect(availableEvents(s)).toEqual(["submit", "withdraw"]);
  });
  it("keeps only the events a role may send", () => {
    expect(availableEvents(s, "applicant")).toEqual(["submit", "withdraw"]);
    expect(availableEvents(s, "secretariat")).toEqual([]);
    const r = transition(s, { type: "submit", at: "2022-05-10", actor: { id: "a", role: "applicant" } });
    if (!r.ok) throw new Error("submit refused");
    expect(availableEvents(r.snapshot, "secretariat")).toEqual(["begin-screening"]);
    expect(availableEvents(r.snapshot, "applicant")).toEqual(["withdraw"]);
  });
  it("answers nothing in a final state and refuses what is not a snapshot", () => {
    const r = transition(s, { type: "withdraw", at: "2022-05", actor: { id: "a", role: "applicant" } });
    expect(r.ok && availableEvents(r.snapshot)).toEqual([]);
    try {
      availableEvents(null as never);
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.code).toBe("INVALID_SNAPSHOT");
    }
  });
  it("reads a stored snapshot as transition does: events for a well-formed one, INVALID_SNAPSHOT for one transition would refuse", () => {
    const r = transition(s, { type: "submit", at: "2022-05-10", actor: { id: "a", role: "applicant" } });
    if (!r.ok) throw new Error("submit refused");
    const stored = JSON.parse(JSON.stringify(r.snapshot));
    expect(availableEvents(stored, "secretariat")).toEqual(["begin-screening"]);
    const edits = [
      { ...stored, entries: [{ ...stored.entries[0], note: null }] },
      { ...stored, entries: [{ ...stored.entries[0], _id: "row-1" }] },
      { ...stored, entries: [{ ...stored.entries[0], actor: { id: "a", role: "nobody" } }] },
      // a state edited by hand: no event would be listed, as if the record had not been submitted
      { ...stored, state: "draft" },
      { ...stored, state: "selected" },
      // a time edited by hand: transition would say an event is before an entry that does not exist
      { ...stored, updatedAt: "2022-06-01" },
      { ...stored, updatedAt: "2022-04" },
      // a start moved after the first entry, or other fields changed in a copy of the library's own
      { ...stored, startedAt: "2022-06" },
      { ...r.snapshot, startedAt: "banana" },
      { ...r.snapshot, applicationId: "" },
      { ...r.snapshot, applicationId: 42 },
      { ...r.snapshot, updatedAt: "x" },
      { ...r.snapshot, entries: null },
    ];
    for (const bad of edits) {
      const code = (() => {
        try {
          availableEvents(bad);
        } catch (e) {
          return isKcnError(e) && e.code;
        }
      })();
      expect(code, JSON.stringify(bad)).toBe("INVALID_SNAPSHOT");
      // transition refuses the same snapshot the same way
      expect(() =>
        transition(bad, {
          type: "begin-screening",
          at: "2022-05-11",
          actor: { id: "k", role: "secretariat" },
        }),
      ).toThrow(expect.objectContaining({ code: "INVALID_SNAPSHOT" }));
    }
  });
  it("says why a stored snapshot is refused: the issues of its replay, at their paths", () => {
    const r = transition(s, { type: "submit", at: "2022-05-10", actor: { id: "a", role: "applicant" } });
    if (!r.ok) throw new Error("submit refused");
    const stored = JSON.parse(JSON.stringify(r.snapshot));
    for (const [bad, path] of [
      [{ ...stored, updatedAt: "x" }, ["updatedAt"]],
      [{ ...stored, entries: [{ ...stored.entries[0], note: null }] }, ["entries", 0, "note"]],
      [{ ...stored, state: "draft" }, ["state"]],
    ] as const) {
      try {
        availableEvents(bad);
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe("INVALID_SNAPSHOT");
        const issues = isKcnError(e) ? (e.details["issues"] as unknown as { path: unknown }[]) : [];
        expect(issues.map((i) => i.path)).toContainEqual(path);
      }
    }
  });
  it("refuses a role that is not a role, naming the roles, instead of listing no event", () => {
    for (const role of ["Applicant", "committee", "", 5, null]) {
      try {
        availableEvents(s, role as never);
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe("INVALID_INPUT");
        expect(isKcnError(e) && e.message).toContain("applicant, secretariat, review-committee");
      }
    }
    // a real role with nothing to send here is still an empty list
    expect(availableEvents(s, "executor")).toEqual([]);
  });
  it("refuses a snapshot whose state the machine does not have (INVALID_SNAPSHOT)", () => {
    const m = machineFor(2021, "urban-planning");
    const s = start(m, { applicationId: "a", at: "2021-03" });
    try {
      availableEvents({ ...s, state: "nope" });
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.code).toBe("INVALID_SNAPSHOT");
    }
  });
  it("refuses a snapshot of another machine, as transition does (INVALID_SNAPSHOT)", () => {
    const other = machineFor(2021, "solution-demonstration");
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isKcnError(e) ? `${e.code}: ${e.message}` : String(e);
      }
    };
    const listed = codeOf(() => availableEvents(s, undefined, other));
    expect(listed).toBe(
      'INVALID_SNAPSHOT: Expected a snapshot of machine "2021-solution-demonstration", received "2022-solution-demonstration"',
    );
    const sent = { type: "submit", at: "2022-05", actor: { id: "a", role: "applicant" } } as const;
    expect(codeOf(() => transition(s, sent, other))).toBe(listed);
    // its own machine, given or found by id, answers
    expect(availableEvents(s, undefined, m)).toEqual(["submit", "withdraw"]);
  });
  it("agrees with transition on the boundary: a role that is not a role throws, one not allowed is a result (property)", () => {
    const machines = listMachines();
    fc.assert(
      fc.property(
        fc.constantFrom(...machines),
        fc.constantFrom(...machines),
        fc.constantFrom<unknown>(...ROLE_IDS, "Applicant", "boss", "", null, 5),
        (own, given, role) => {
          const s = start(own, { applicationId: "x", at: `${own.year}-01` });
          const outcome = (f: () => unknown) => {
            try {
              return f();
            } catch (e) {
              return isKcnError(e) ? e.code : "crash";
            }
          };
          const listed = outcome(() => availableEvents(s, role as never, given));
          const sent = outcome(() =>
            transition(
              s,
              { type: "submit", at: `${own.year}-03`, actor: { id: "a", role: role as never } },
              given,
            ),
          );
          const code =
            own.id !== given.id
              ? "INVALID_SNAPSHOT"
              : ROLE_IDS.includes(role as never)
                ? undefined
                : "INVALID_INPUT";
          if (code !== undefined) {
            expect(listed).toBe(code);
            expect(sent).toBe(code);
          } else {
            // a real role: a list, and a result (ROLE_NOT_ALLOWED exactly when submit is not listed for it)
            const r = sent as ReturnType<typeof transition>;
            expect(Array.isArray(listed)).toBe(true);
            expect(r.ok || r.issues[0]?.code !== "ROLE_NOT_ALLOWED").toBe(
              (listed as string[]).includes("submit"),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
