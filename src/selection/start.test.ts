import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { machineFor } from "./machineFor.js";
import { start } from "./start.js";

describe("start", () => {
  const m = machineFor(2021, "urban-planning");
  it("creates a frozen record in draft with an empty audit trail", () => {
    const s = start(m, { applicationId: "2021-ke-nairobi", at: "2021-03" });
    expect(s).toEqual({
      machine: "2021-urban-planning",
      applicationId: "2021-ke-nairobi",
      startedAt: "2021-03",
      state: "draft",
      updatedAt: "2021-03",
      entries: [],
    });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.entries)).toBe(true);
  });
  it("counts the id's length in characters, as the snapshot schema does", () => {
    expect(start(m, { applicationId: "😀".repeat(200), at: "2021-03" }).applicationId).toHaveLength(400);
  });
  it("refuses an empty id, a time that is not a date, and a machine that is not one", () => {
    for (const bad of [
      () => start(m, { applicationId: "", at: "2021-03" }),
      () => start(m, { applicationId: "x".repeat(201), at: "2021-03" }),
      () => start(m, { applicationId: "😀".repeat(201), at: "2021-03" }),
      () => start(m, { applicationId: "a", at: "March 2021" }),
      () => start(m, { applicationId: "a", at: "2021-13" }),
      () => start(m, undefined as never),
      () => start(m, null as never),
      () => start(m, { applicationId: "a", at: "2021-03", when: "2021-03" } as never),
      () => start(null as never, { applicationId: "a", at: "2021" }),
    ]) {
      let code: string | undefined;
      try {
        bad();
      } catch (e) {
        code = isKcnError(e) ? e.code : "TypeError";
      }
      expect(code).toMatch(/^INVALID_(INPUT|MACHINE|OPTIONS)$/);
    }
  });
  it("refuses an at that is no Korea-time date as transition refuses event.at: the forms taken, and the path", () => {
    for (const at of ["2024-03-10T10:00:00+09:00", "March 2021", "2021-13", 20210310]) {
      try {
        start(m, { applicationId: "a", at: at as never });
        expect.unreachable();
      } catch (e) {
        expect(isKcnError(e) && e.code).toBe("INVALID_INPUT");
        expect(isKcnError(e) && e.details["path"]).toEqual(["at"]);
        expect(isKcnError(e) && e.message).toContain(
          'Expected at to be a date such as "2021-06", "2021-06-22" or "2021-06-22T10:00", in Korea time with no offset',
        );
      }
    }
    // a minute is a date start takes, as transition does
    expect(start(m, { applicationId: "a", at: "2021-06-22T10:00" }).startedAt).toBe("2021-06-22T10:00");
  });
});
