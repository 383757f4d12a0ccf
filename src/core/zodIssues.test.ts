import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isKcnError } from "../errors.js";
import { localize } from "./label.js";
import { err, ok } from "./result.js";
import { fromZodIssues, parseOrThrow } from "./zodIssues.js";

const Schema = z.strictObject({ name: z.string().max(5), count: z.number().int(), kind: z.enum(["a", "b"]) });

function issuesOf(input: unknown) {
  const r = Schema.safeParse(input, { reportInput: true });
  if (r.success) throw new Error("expected failure");
  return fromZodIssues(r.error.issues);
}

describe("fromZodIssues", () => {
  it("names the path, the expectation and what was received, in both languages", () => {
    const [i] = issuesOf({ name: "ok", count: "3", kind: "a" });
    expect(i?.code).toBe("INVALID_TYPE");
    expect(i?.path).toEqual(["count"]);
    expect(i?.expected).toBe("number");
    expect(i?.received).toBe('"3"');
    expect(i?.message.en).toContain("count");
    expect(i?.message.ko).toContain("count");
  });
  it("says type names and received objects in Korean in the Korean message", () => {
    const [i] = issuesOf({ name: "ok", count: "3", kind: "a" });
    expect(i?.message.ko).toBe('count: 숫자 필요, 받은 값 "3"');
    const [j] = issuesOf({ name: { first: "A" }, count: 3, kind: "a" });
    expect(j?.message.ko).toBe("name: 문자열 필요, 받은 값 객체");
    expect(j?.received).toBe("an object");
    const [k] = issuesOf({ name: [1, 2], count: 3, kind: "a" });
    expect(k?.message.ko).toBe("name: 문자열 필요, 받은 값 항목 2개의 배열");
    const [m] = issuesOf({ count: 3, kind: "a" });
    expect(m?.message.ko).toBe("name: 문자열 필요, 받은 값 없음");
    // a limit starts with its type word in Korean too
    const [n] = issuesOf({ name: "toolong", count: 3, kind: "a" });
    expect(n?.message.ko).toBe('name: 문자열 <= 5 필요, 받은 값 "toolong"');
    expect(n?.expected).toBe("string <= 5");
  });
  it("gives one UNKNOWN_KEY issue per unknown key", () => {
    const issues = issuesOf({ name: "ok", count: 3, kind: "a", nmae: 1, extra: 2 });
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["UNKNOWN_KEY", ["nmae"]],
      ["UNKNOWN_KEY", ["extra"]],
    ]);
  });
  it("maps size and enum problems", () => {
    const issues = issuesOf({ name: "toolong", count: 3, kind: "c" });
    expect(issues.map((i) => i.code).sort()).toEqual(["INVALID_VALUE", "TOO_BIG"]);
    expect(issues.find((i) => i.code === "INVALID_VALUE")?.expected).toBe('one of "a", "b"');
    // the Korean message says the list in Korean; `expected` keeps the language-neutral form
    expect(issues.find((i) => i.code === "INVALID_VALUE")?.message.ko).toBe(
      'kind: "a", "b" 중 하나 필요, 받은 값 "c"',
    );
  });
  it("lets a refinement choose its code and Korean message", () => {
    const S = z.number().refine((n) => n > 0, {
      message: "Must be positive",
      params: { code: "NOT_POSITIVE", ko: "양수여야 합니다" },
    });
    const r = S.safeParse(-1, { reportInput: true });
    expect(r.success).toBe(false);
    if (!r.success) {
      const [i] = fromZodIssues(r.error.issues);
      expect(i?.code).toBe("NOT_POSITIVE");
      expect(localize(i!.message, "ko")).toContain("양수여야 합니다");
    }
  });
});

describe("parseOrThrow", () => {
  it("returns the parsed value", () => {
    expect(parseOrThrow(Schema, { name: "a", count: 1, kind: "b" })).toEqual({
      name: "a",
      count: 1,
      kind: "b",
    });
  });
  it("throws one KcnError listing every issue", () => {
    try {
      parseOrThrow(Schema, { name: 1 }, "INVALID_APPLICATION", "an application");
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e)).toBe(true);
      if (isKcnError(e)) {
        expect(e.code).toBe("INVALID_APPLICATION");
        // The library's message form: what was expected, what was received, then the first issue.
        expect(e.message).toMatch(/^Expected an application, received an object: .* at name \(and 2 more\)$/);
        expect((e.details["issues"] as unknown[]).length).toBe(3);
      }
    }
  });
});

describe("results", () => {
  it("are frozen and tagged by ok", () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    const e = err([{ code: "X", path: [], message: { en: "x", ko: "엑스" } }]);
    expect(e.ok).toBe(false);
    expect(Object.isFrozen(e.issues)).toBe(true);
  });
});
