import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Fact,
  type Issue,
  isKcnError,
  type KCN_ERROR_CODES,
  KcnError,
  type KcnErrorCode,
  type KcnErrorDetails,
  known,
  type Label,
  type NonEmptyArray,
  type Result,
  unknown,
} from "../src/index.js";

describe("public core types", () => {
  it("narrows results on ok", () => {
    const r = {} as Result<number>;
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<number>();
    else {
      // Never empty, and typed so: the first issue needs no `!` under noUncheckedIndexedAccess.
      expectTypeOf(r.issues).toEqualTypeOf<NonEmptyArray<Issue>>();
      expectTypeOf<(typeof r.issues)[0]>().toEqualTypeOf<Issue>();
      expectTypeOf<(typeof r.issues)[number]>().toEqualTypeOf<Issue>();
      expectTypeOf<Issue>().not.toBeAny();
    }
    // @ts-expect-error value is only there on success
    r.value;
  });
  it("types the documented keys of an error's details", () => {
    expectTypeOf<KcnError["details"]>().toEqualTypeOf<KcnErrorDetails>();
    expectTypeOf<KcnErrorDetails>().not.toBeAny();
    expectTypeOf<KcnErrorDetails["issues"]>().toEqualTypeOf<readonly Issue[] | undefined>();
    expectTypeOf<KcnErrorDetails["option"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<KcnErrorDetails["known"]>().toEqualTypeOf<unknown>();
  });
  it("takes documented details given as undefined (exactOptionalPropertyTypes)", () => {
    const option: string | undefined = undefined;
    const e = new KcnError("INVALID_OPTIONS", "Expected x", { option, expected: undefined, path: undefined });
    expectTypeOf(e.details.option).toEqualTypeOf<string | undefined>();
  });
  it("refuses an empty list where a non-empty one is typed", () => {
    const one: NonEmptyArray<number> = [1];
    expectTypeOf(one[0]).toEqualTypeOf<number>();
    // @ts-expect-error an empty array is not a NonEmptyArray
    const none: NonEmptyArray<number> = [];
    void none;
  });
  it("narrows facts on known", () => {
    const f = {} as Fact<string>;
    if (f.known) expectTypeOf(f.value).toEqualTypeOf<string>();
    // @ts-expect-error an unknown fact has no value
    if (!f.known) f.value;
    expectTypeOf(known(1, ["S1"])).toMatchTypeOf<Fact<number>>();
    expectTypeOf(unknown("x")).toMatchTypeOf<Fact<number>>();
  });
  it("refuses source tags that are not S-numbers", () => {
    // This file is type-checked, never run, so the `expect` below asserts nothing at run time; the
    // run-time refusal (INVALID_INPUT) is tested in src/core/fact.test.ts.
    // @ts-expect-error "X1" is not a source tag (and at run time it throws INVALID_INPUT)
    expect(() => known(1, ["X1"])).toThrow(/source tags/);
  });
  it("types error codes as a closed union", () => {
    expectTypeOf<"INVALID_AMOUNT">().toMatchTypeOf<KcnErrorCode>();
    // @ts-expect-error not a code
    new KcnError("NOT_A_CODE", "x");
    const e: unknown = null;
    if (isKcnError(e)) expectTypeOf(e.code).toEqualTypeOf<KcnErrorCode>();
    // The codes are the keys of the message catalogue (one message per code), not any string.
    expectTypeOf<KcnErrorCode>().toEqualTypeOf<keyof typeof KCN_ERROR_CODES>();
  });
  it("labels are readonly and bilingual", () => {
    const l: Label = { en: "a", ko: "가" };
    // @ts-expect-error labels are readonly
    l.en = "b";
    // @ts-expect-error both languages are required
    const half: Label = { en: "a" };
    void half;
  });
});
