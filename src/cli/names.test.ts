import { describe, expect, it } from "vitest";
import { machineFor } from "../selection/machineFor.js";
import { eventText, guardText, roleText, stateText, subProgramText, trackText, withId } from "./names.js";

describe("the names of the data's ids", () => {
  it("put a sub-program's or a track's Korean name first, the id in parentheses", () => {
    expect(subProgramText(2024, "overseas-demonstration", "ko")).toBe("해외실증형 (overseas-demonstration)");
    expect(subProgramText("2021", "smart-city-planning", "ko")).toBe(
      "스마트 도시개발형 계획수립 (smart-city-planning)",
    );
    // English keeps the id; an id the edition does not have stays as it is
    expect(subProgramText(2024, "overseas-demonstration", "en")).toBe("overseas-demonstration");
    expect(subProgramText(2024, "nope", "ko")).toBe("nope");
    expect(trackText("solution-demonstration", "ko")).toMatch(/^\S.* \(solution-demonstration\)$/);
    expect(trackText("solution-demonstration", "en")).toBe("solution-demonstration");
  });
  it("put the id after a label's head, before an aside in parentheses", () => {
    expect(withId("제안서 제출", "submit")).toBe("제안서 제출(submit)");
    expect(withId("취소 (사유 필수)", "cancel")).toBe("취소(cancel) (사유 필수)");
    expect(roleText("secretariat", "ko")).toBe("사무국(secretariat) (KIND, KAIA 또는 국토교통부)");
    expect(roleText("applicant", "en")).toBe("Applicant");
    expect(guardText("eligible", "en")).toBe("eligible");
    expect(guardText("eligible", "ko")).toMatch(/^\S.*\(eligible\)$/);
  });
  it("name a machine's events and states by their labels, and quote what the machine lacks", () => {
    const m = machineFor(2024, "solution-demonstration");
    expect(eventText(m, "submit", "ko")).toBe("제안서 제출(submit)");
    expect(eventText(m, "submit", "en")).toBe("submit");
    expect(eventText(m, "fly", "ko")).toBe('"fly"');
    expect(stateText(m, "draft", "ko")).toBe("작성 중(draft)");
    expect(stateText(m, "nowhere", "ko")).toBe('"nowhere"');
  });
});
