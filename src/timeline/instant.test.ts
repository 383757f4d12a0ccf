import { describe, expect, it } from "vitest";
import { isKcnError } from "../errors.js";
import { callStatusAt } from "./callStatusAt.js";
import { isOnOrBeforeDeadline, toSeoulDate } from "./deadlines.js";
import { readInstant } from "./instant.js";

const codeOf = (f: () => unknown) => {
  try {
    f();
    return "no error";
  } catch (e) {
    return isKcnError(e) ? e.code : "other";
  }
};

describe("readInstant (every asOf of the timeline)", () => {
  it("reads an ISO 8601 date-time with an offset, or a valid Date, as epoch ms", () => {
    expect(readInstant("2021-04-19T23:59:59.999+09:00")).toBe(Date.parse("2021-04-19T14:59:59.999Z"));
    expect(readInstant("2024-02-29T00:00Z")).toBe(Date.UTC(2024, 1, 29));
    expect(readInstant(new Date(0))).toBe(0);
  });
  it.each([
    "2021-02-30T10:00:00Z", // no 30 February
    "2023-02-29T10:00:00+09:00", // 2023 is not a leap year
    "2024-04-31T10:00:00+09:00", // April has 30 days
    "2021-04-19T24:00:00+09:00", // 24:00 is the next day's 00:00: write that
    "2021-04-19T10:60:00+09:00",
    "2021-04-19T10:00:00+24:00",
    "2021-04-19T10:00:00", // no offset: not an instant
    "2021-04-19",
  ])("refuses %j with INVALID_DATE instead of rolling it to another day", (text) => {
    expect(codeOf(() => readInstant(text))).toBe("INVALID_DATE");
    expect(codeOf(() => toSeoulDate(text))).toBe("INVALID_DATE");
    expect(codeOf(() => callStatusAt(2024, "planning", text))).toBe("INVALID_DATE");
    expect(codeOf(() => isOnOrBeforeDeadline(text, "2021-04-19"))).toBe("INVALID_DATE");
  });
  it("names the option it reads", () => {
    try {
      readInstant("2021-02-30T10:00:00Z", "stamp");
    } catch (e) {
      expect(isKcnError(e) && e.message).toBe(
        'Expected stamp to be a valid Date or an ISO 8601 date-time with an offset, received "2021-02-30T10:00:00Z"',
      );
    }
    expect.assertions(1);
  });
});
