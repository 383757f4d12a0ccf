import { describe, expect, it } from "vitest";
import { getTrack, isTrackId, TRACK_IDS, TRACKS } from "./tracks.js";

describe("tracks", () => {
  it("are the three lasting kinds of work, with bilingual names", () => {
    expect(TRACK_IDS).toEqual(["urban-planning", "solution-planning", "solution-demonstration"]);
    for (const t of TRACKS) {
      expect(t.name.en && t.name.ko && t.description.en && t.description.ko).toBeTruthy();
    }
    expect(TRACKS.filter((t) => t.planning).map((t) => t.id)).toEqual([
      "urban-planning",
      "solution-planning",
    ]);
  });
  it("are looked up by id, and an unknown id is refused", () => {
    expect(getTrack("solution-demonstration").planning).toBe(false);
    expect(() => getTrack("planning" as never)).toThrowError(
      expect.objectContaining({ code: "UNKNOWN_TRACK" }),
    );
    expect(isTrackId("urban-planning")).toBe(true);
    expect(isTrackId("Urban-Planning")).toBe(false);
    expect(isTrackId(undefined)).toBe(false);
  });
});
