/**
 * Options objects under `exactOptionalPropertyTypes` (this project's tsconfig has it on, as strict
 * consumers do): every optional option takes `undefined` as "not given", as the functions do at run
 * time (test/option-keys.test.ts), so callers can pass a value that may be missing without a
 * conditional spread. Money JSON keeps its currency in its types.
 */
import { describe, expectTypeOf, it } from "vitest";
import {
  type CheckEligibilityOptions,
  type CURRENCY_MINOR_UNITS,
  type CurrencyCode,
  checkEligibility,
  type EligibleSubProgramsOptions,
  type FormatKrwOptions,
  type FormatRangeOptions,
  type FundingEnvelopeOptions,
  findProjects,
  formatKrw,
  fromMoneyJson,
  type ICalendarOptions,
  type Krw,
  type KrwJson,
  krw,
  type MermaidGanttOptions,
  type MermaidOptions,
  type MilestoneStatusOptions,
  type Money,
  type MoneyJson,
  money,
  type ParseKrwOptions,
  type PlanScheduleOptions,
  type ProjectFilter,
  planSchedule,
  type SelectProjectsOptions,
  selectProjects,
  toMoneyJson,
  type UpcomingDeadlinesOptions,
} from "../src/index.js";

/** The optional keys of `T`. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
/**
 * The optional keys of `T` that do not take `undefined` (`never` when all do). `any` has no keys to
 * check, so it is answered by a name of its own rather than by `never`, which would pass.
 */
type RefusingUndefined<T> = 0 extends 1 & T
  ? "(the options type is any)"
  : {
      [K in OptionalKeys<T>]-?: { [P in K]: undefined } extends Pick<T, K> ? never : K;
    }[OptionalKeys<T>];

describe("options under exactOptionalPropertyTypes", () => {
  it("take undefined for every optional option, as the functions do at run time", () => {
    expectTypeOf<RefusingUndefined<FormatKrwOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<FormatRangeOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ParseKrwOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<CheckEligibilityOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<EligibleSubProgramsOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ProjectFilter>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<FundingEnvelopeOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<MilestoneStatusOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<UpcomingDeadlinesOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<ICalendarOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<PlanScheduleOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<MermaidGanttOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<MermaidOptions>>().toEqualTypeOf<never>();
    expectTypeOf<RefusingUndefined<SelectProjectsOptions>>().toEqualTypeOf<never>();
    // the helper sees an option that does not take undefined, and an options type that is any
    expectTypeOf<
      RefusingUndefined<{ readonly a?: number; readonly b?: string | undefined }>
    >().toEqualTypeOf<"a">();
    // biome-ignore lint/suspicious/noExplicitAny: the case under test
    expectTypeOf<RefusingUndefined<any>>().toEqualTypeOf<"(the options type is any)">();
  });

  it("let a value that may be missing be passed as it is", () => {
    const maybe = <T>(value: T): T | undefined => value;
    const plan = () =>
      planSchedule(
        { id: "p", track: "urban-planning" },
        { start: "2024-08-01", budget: maybe(krw(5)), durationMonths: maybe(6) },
      );
    expectTypeOf(plan).toBeFunction();
    expectTypeOf(
      checkEligibility({}, { asOf: maybe("2024-03-01T00:00:00+09:00") }).eligible,
    ).toEqualTypeOf<boolean>();
    expectTypeOf(formatKrw(krw(1), { locale: maybe("ko" as const) })).toEqualTypeOf<string>();
    expectTypeOf(findProjects({ country: maybe("KE" as const), text: maybe("city") })).toMatchTypeOf<
      readonly unknown[]
    >();
    expectTypeOf(
      selectProjects([], { budget: maybe(krw(5)), cutoff: maybe(50) }).totalSelected,
    ).toEqualTypeOf<Krw>();
  });
});

describe("money JSON keeps its currency", () => {
  it("toMoneyJson writes the currency of the value", () => {
    const won = toMoneyJson(krw(5));
    expectTypeOf(won.currency).toEqualTypeOf<"KRW">();
    expectTypeOf(won).toMatchTypeOf<KrwJson>();
    expectTypeOf(won).toMatchTypeOf<MoneyJson>();
    expectTypeOf(toMoneyJson(money("USD", "1")).currency).toEqualTypeOf<"USD">();
    const any = (m: Money) => toMoneyJson(m).currency;
    expectTypeOf(any).returns.toEqualTypeOf<CurrencyCode>();
    // The currency codes are the keys of the minor-unit table, not any string.
    expectTypeOf<CurrencyCode>().toEqualTypeOf<keyof typeof CURRENCY_MINOR_UNITS>();
    expectTypeOf<KrwJson>().not.toBeAny();
    expectTypeOf<MoneyJson>().not.toBeAny();
  });

  it("fromMoneyJson reads a value typed in the currency its input names", () => {
    expectTypeOf(fromMoneyJson({ amount: "5", currency: "KRW" })).toEqualTypeOf<Krw>();
    expectTypeOf(formatKrw(fromMoneyJson({ amount: "5", currency: "KRW" }))).toEqualTypeOf<string>();
    const typed = (j: KrwJson) => fromMoneyJson(j);
    expectTypeOf(typed).returns.toEqualTypeOf<Krw>();
    const parsed = (text: string) => fromMoneyJson(JSON.parse(text) as unknown);
    expectTypeOf(parsed).returns.toEqualTypeOf<Money<CurrencyCode>>();
    const either = (j: MoneyJson) => fromMoneyJson(j);
    expectTypeOf(either).returns.toEqualTypeOf<Money<CurrencyCode>>();
    // @ts-expect-error: a value in any currency is not won
    const notWon = (text: string): Krw => fromMoneyJson(JSON.parse(text) as unknown);
    expectTypeOf(notWon).toBeFunction();
  });
});
