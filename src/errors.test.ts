import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeReceived, isKcnError, KCN_ERROR_CODES, KcnError } from "./errors.js";

describe("KcnError", () => {
  it("carries code, message, bilingual title and frozen details", () => {
    const e = new KcnError("INVALID_AMOUNT", 'Expected whole won, received "1.5"', { received: "1.5" });
    expect(e.code).toBe("INVALID_AMOUNT");
    expect(e.name).toBe("KcnError");
    expect(e.message).toContain("1.5");
    expect(e.title).toEqual(KCN_ERROR_CODES.INVALID_AMOUNT);
    expect(Object.isFrozen(e.details)).toBe(true);
    expect(e).toBeInstanceOf(Error);
  });

  it("has its fields as own enumerable keys in a stable order, and its brand hidden and fixed", () => {
    const given = { received: "1.5" };
    const e = new KcnError("INVALID_AMOUNT", "x", given);
    // JSON.stringify, a spread and a logger see code, details, title and name, in that order
    expect(Object.keys(e)).toEqual(["code", "details", "title", "name"]);
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      code: "INVALID_AMOUNT",
      details: { received: "1.5" },
      title: KCN_ERROR_CODES.INVALID_AMOUNT,
      name: "KcnError",
    });
    // the brand: not enumerable (a spread copies no symbol), not writable, not configurable
    const brand = Symbol.for("k-city-network.KcnError");
    expect(Object.getOwnPropertyDescriptor(e, brand)).toEqual({
      value: true,
      writable: false,
      enumerable: false,
      configurable: false,
    });
    expect(Object.getOwnPropertySymbols({ ...e })).toEqual([]);
    // the details are a frozen copy: the caller's object is neither kept nor frozen
    expect(e.details).not.toBe(given);
    expect(Object.isFrozen(given)).toBe(false);
  });

  it("is recognised by isKcnError through its brand, not instanceof", () => {
    expect(isKcnError(new KcnError("UNKNOWN_EDITION", "x"))).toBe(true);
    // An error from another copy of the library: same brand, another class.
    const foreign = Object.assign(new Error("x"), { code: "INVALID_AMOUNT" });
    Object.defineProperty(foreign, Symbol.for("k-city-network.KcnError"), { value: true });
    expect(isKcnError(foreign)).toBe(true);
  });

  it("refuses look-alikes", () => {
    expect(isKcnError(new Error("x"))).toBe(false);
    expect(isKcnError({ code: "INVALID_AMOUNT" })).toBe(false);
    expect(isKcnError(null)).toBe(false);
    expect(isKcnError("INVALID_AMOUNT")).toBe(false);
    const wrongCode = Object.assign(new Error("x"), { code: "NOPE" });
    Object.defineProperty(wrongCode, Symbol.for("k-city-network.KcnError"), { value: true });
    expect(isKcnError(wrongCode)).toBe(false);
  });

  it("has an English and a Korean title for every code", () => {
    for (const [code, label] of Object.entries(KCN_ERROR_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.ko).toMatch(/[가-힣]/);
    }
  });
});

describe("describeReceived", () => {
  it("quotes and shortens", () => {
    expect(describeReceived("1.5")).toBe('"1.5"');
    expect(describeReceived("x".repeat(100))).toContain("(100 characters)");
    expect(describeReceived(Number.NaN)).toBe("NaN");
    expect(describeReceived(5n)).toBe("5n");
    expect(describeReceived([1, 2])).toBe("an array of 2");
    expect(describeReceived({})).toBe("an object");
    expect(describeReceived(undefined)).toBe("undefined");
    expect(describeReceived(new Date(Number.NaN))).toBe("Invalid Date");
  });

  it("never throws and stays short, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(describeReceived(v).length).toBeLessThan(200);
      }),
    );
  });
});
