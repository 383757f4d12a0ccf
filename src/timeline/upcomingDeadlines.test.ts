import { describe, expect, it } from "vitest";
import { upcomingDeadlines } from "./upcomingDeadlines.js";

describe("upcomingDeadlines", () => {
  it("lists deadlines not yet past, soonest first", () => {
    const list = upcomingDeadlines("2024-03-19T14:59:59Z", { years: [2024] });
    expect(list.map((d) => d.entry.id)).toEqual([
      "2024/call-closes/overseas-demonstration/2024-03-19",
      "2024/rolling-cutoff/planning/2024-04-30",
    ]);
    expect(list[0]?.daysLeft).toBe(0);
    expect(list[0]?.businessDaysLeft).toBe(0);
    expect(upcomingDeadlines("2024-03-19T15:00:00Z", { years: [2024] })).toHaveLength(1);
    expect(upcomingDeadlines("2024-01-01T00:00:00Z", { limit: 1 })).toHaveLength(1);
    expect(upcomingDeadlines("2024-01-01T00:00:00Z", { withinDays: 30 })).toHaveLength(0);
    expect(upcomingDeadlines("2030-01-01T00:00:00Z")).toHaveLength(0);
  });

  it("can list other kinds and refuses bad options", () => {
    const r = upcomingDeadlines("2021-06-01T00:00:00Z", { kinds: ["results-announced"], years: [2021] });
    expect(r.map((d) => d.entry.date)).toEqual(["2021-06-23"]);
    expect(() => upcomingDeadlines("2021-06-01T00:00:00Z", { limit: -1 })).toThrowError(/limit/);
  });
});
