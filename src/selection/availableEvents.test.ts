import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { availableEvents } from "./availableEvents.js";
import { machineFor } from "./machineFor.js";
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
});
