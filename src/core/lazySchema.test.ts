import { describe, expect, it } from "vitest";
import * as z from "zod";
import { lazySchema } from "./lazySchema.js";

describe("lazySchema", () => {
  it("builds once, on first use", () => {
    let builds = 0;
    const S = lazySchema(() => {
      builds++;
      return z.strictObject({ a: z.string() });
    });
    expect(builds).toBe(0);
    expect(S.safeParse({ a: "x" }).success).toBe(true);
    expect(S.safeParse({ a: 1 }).success).toBe(false);
    expect(builds).toBe(1);
  });
  it("behaves as the schema itself: instanceof, nesting, JSON Schema, shape", () => {
    const direct = z.strictObject({ amount: z.string().regex(/^\d+$/), currency: z.literal("KRW") });
    const lazy = lazySchema(() =>
      z.strictObject({ amount: z.string().regex(/^\d+$/), currency: z.literal("KRW") }),
    );
    expect(lazy instanceof z.ZodObject).toBe(true);
    expect(Object.keys(lazy.shape)).toEqual(["amount", "currency"]);
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(direct));
    const outer = z.object({ money: lazy, list: z.array(lazy) });
    expect(outer.safeParse({ money: { amount: "5", currency: "KRW" }, list: [] }).success).toBe(true);
    const bad = outer.safeParse({ money: { amount: "x", currency: "KRW" }, list: [{}] });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues.map((i) => i.path.join("."))).toContain("money.amount");
    expect(z.toJSONSchema(outer)).toEqual(z.toJSONSchema(z.object({ money: direct, list: z.array(direct) })));
  });
  it("can be chained and transformed like the schema", () => {
    const lazy = lazySchema(() => z.string());
    expect(lazy.min(2).safeParse("a").success).toBe(false);
    expect(lazy.transform((s) => s.length).parse("abc")).toBe(3);
  });
  it("refuses writes", () => {
    const lazy = lazySchema(() => z.string()) as unknown as Record<string, unknown>;
    expect(() => {
      lazy["x"] = 1;
    }).toThrow(TypeError);
    expect(Reflect.set(lazy, "y", 1)).toBe(false);
  });
});
