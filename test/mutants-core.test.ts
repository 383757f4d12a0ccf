import { describe, expect, it } from "vitest";
import * as z from "zod";
import { deepFreezeFresh } from "../src/core/deepFreeze.js";
import { ifDefined } from "../src/core/ifDefined.js";
import { issueOf } from "../src/core/issue.js";
import { memo } from "../src/core/memo.js";
import {
  describeReceived,
  fromZodIssues,
  inferred,
  isKcnError,
  known,
  parseOrThrow,
  valueOr,
} from "../src/index.js";

/**
 * Tests written against mutants of src/core and src/i18n that the rest of the suite let through:
 * each states documented behaviour (TSDoc) that one realistic slip would break.
 */

const issuesOf = (schema: z.ZodType, input: unknown, reportInput = true) => {
  const r = schema.safeParse(input, { reportInput });
  if (r.success) throw new Error("expected a failure");
  return fromZodIssues(r.error.issues);
};

describe("fromZodIssues in Korean", () => {
  it("says a received bigint by its digits, without JavaScript's n", () => {
    const [issue] = issuesOf(z.string(), 5n);
    expect(issue?.message.ko).toBe("(root): 문자열 필요, 받은 값 5");
  });
  it("says a received Date as describeReceived says it, not as an object", () => {
    const date = new Date("2024-04-30T00:00:00Z");
    const [issue] = issuesOf(z.string(), date);
    expect(issue?.message.ko).toBe(`(root): 문자열 필요, 받은 값 ${describeReceived(date)}`);
    expect(issue?.message.ko).not.toContain("객체");
  });
  it("gives an issue only the fields it has: no expected or received key set to undefined", () => {
    const [issue] = issuesOf(
      z.number().refine((n) => n > 0),
      -1,
      false,
    );
    expect(Object.keys(issue ?? {})).toEqual(["code", "path", "message"]);
  });
});

describe("fromZodIssues codes", () => {
  it("maps too_small to TOO_SMALL and too_big to TOO_BIG, with the limit expected", () => {
    const [small] = issuesOf(z.string().min(2), "a");
    expect(small?.code).toBe("TOO_SMALL");
    expect(small?.expected).toBe("string >= 2");
    const [big] = issuesOf(z.number().max(3), 4);
    expect(big?.code).toBe("TOO_BIG");
    expect(big?.expected).toBe("number <= 3");
  });
  it("maps a record's invalid key to INVALID_KEY, at the key's path", () => {
    const [issue] = issuesOf(z.record(z.string().regex(/^a/), z.number()), { b: 1 });
    expect(issue?.code).toBe("INVALID_KEY");
    expect(issue?.path).toEqual(["b"]);
  });
  it("maps not_multiple_of to NOT_MULTIPLE_OF and invalid_union to INVALID_UNION", () => {
    expect(issuesOf(z.number().multipleOf(5), 3)[0]?.code).toBe("NOT_MULTIPLE_OF");
    expect(issuesOf(z.union([z.string(), z.number()]), true)[0]?.code).toBe("INVALID_UNION");
  });
  it("maps a map's invalid value under a key that is no property key to INVALID_ELEMENT", () => {
    const [issue] = issuesOf(z.map(z.object({}), z.number()), new Map([[{}, "x"]]));
    expect(issue?.code).toBe("INVALID_ELEMENT");
  });
  it("says an exclusive limit with > or <, an inclusive one with >= or <=", () => {
    expect(issuesOf(z.number().gt(0), 0)[0]?.expected).toBe("number > 0");
    expect(issuesOf(z.number().lt(0), 0)[0]?.expected).toBe("number < 0");
    expect(issuesOf(z.number().min(1), 0)[0]?.expected).toBe("number >= 1");
    expect(issuesOf(z.number().max(-1), 0)[0]?.expected).toBe("number <= -1");
  });
});

describe("parseOrThrow", () => {
  const messageOf = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      if (isKcnError(e)) return e.message;
    }
    throw new Error("expected a KcnError");
  };
  it("throws INVALID_INPUT by default", () => {
    try {
      parseOrThrow(z.number(), "x");
      expect.unreachable();
    } catch (e) {
      expect(isKcnError(e) && e.code).toBe("INVALID_INPUT");
    }
  });
  it('says "(and N more)" only when there are more issues than the first', () => {
    expect(messageOf(() => parseOrThrow(z.number(), "x"))).not.toContain("more)");
    const two = messageOf(() => parseOrThrow(z.object({ a: z.number(), b: z.number() }), {}));
    expect(two).toMatch(/ \(and 1 more\)$/);
  });
});

describe("issueOf", () => {
  it("keeps the defined fields of extra, in their order, and leaves out the undefined ones", () => {
    const issue = issueOf("X", ["a"], "en", "ko", { expected: undefined, received: "1" } as never);
    expect(Object.keys(issue)).toEqual(["code", "path", "message", "received"]);
    expect("expected" in issue).toBe(false);
  });
});

describe("deepFreezeFresh", () => {
  it("freezes each object before its children, so a cycle ends", () => {
    const a: { name: string; b?: unknown } = { name: "a" };
    const b = { name: "b", a };
    a.b = b;
    expect(deepFreezeFresh(a)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(b)).toBe(true);
  });
});

describe("ifDefined", () => {
  it("sets the key for every value but undefined, falsy ones included", () => {
    expect(ifDefined("note", "")).toEqual({ note: "" });
    expect(ifDefined("count", 0)).toEqual({ count: 0 });
    expect(ifDefined("flag", false)).toEqual({ flag: false });
    expect(ifDefined("gone", null)).toEqual({ gone: null });
    expect(ifDefined("note", undefined)).toEqual({});
  });
});

describe("facts", () => {
  const codeOf = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      if (isKcnError(e)) return e.code;
    }
    return undefined;
  };
  it("makes a known fact a press report by default", () => {
    expect(known(1, ["S16"]).reliability).toBe("press");
  });
  it("refuses an inferred fact with an empty note", () => {
    expect(codeOf(() => inferred(1, ""))).toBe("INVALID_INPUT");
    expect(inferred(1, "1 + 0").note).toBe("1 + 0");
  });
  it("refuses a value whose known is not true or false as no fact", () => {
    expect(codeOf(() => valueOr({ known: "yes", value: 1 } as never, 0))).toBe("INVALID_INPUT");
    expect(codeOf(() => valueOr({ known: undefined, value: 1 } as never, 0))).toBe("INVALID_INPUT");
  });
});

describe("memo", () => {
  it("empties a map that already holds max entries before storing a new one", () => {
    const cache = new Map<number, number>();
    for (const k of [1, 2]) memo(cache, k, (x) => x * 10, 2);
    expect(cache.size).toBe(2);
    expect(memo(cache, 3, (x) => x * 10, 2)).toBe(30);
    expect([...cache.keys()]).toEqual([3]);
  });
});
