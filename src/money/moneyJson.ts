import * as z from "zod";
import { freeze } from "../core/freeze.js";
import { lazySchema } from "../core/lazySchema.js";
import { INVALID_INPUT } from "../core/need.js";
import { parseOrThrow } from "../core/zodIssues.js";
import { KcnError } from "../errors.js";
import { checkMoney } from "./arithmetic.js";
import { CURRENCY_MINOR_UNITS, type CurrencyCode } from "./currencies.js";
import { scaledToString } from "./decimal.js";
import { type Krw, type Money, makeMoney, money } from "./money.js";

/** What a money JSON value looks like, for error messages. */
const EXAMPLE = (what: string) => `${what} JSON such as { "amount": "400000000", "currency": "KRW" }`;

/**
 * The JSON form of an amount of won: `{ "amount": "400000000", "currency": "KRW" }`. The amount
 * is a string of whole won (JSON numbers lose digits past 2^53).
 *
 * @example
 * ```ts
 * KrwJsonSchema.safeParse({ amount: "400000000", currency: "KRW" }).success; //=> true
 * KrwJsonSchema.safeParse({ amount: 400000000, currency: "KRW" }).success; //=> false
 * ```
 * @category Money
 */
export const KrwJsonSchema = /* @__PURE__ */ lazySchema(
  () =>
    z
      .object({
        amount: /* @__PURE__ */ z.string().regex(/^-?(0|[1-9]\d*)$/, {
          error: 'Expected whole won as a string of digits, such as "400000000"',
        }),
        currency: /* @__PURE__ */ z.literal("KRW"),
      })
      .strict(),
  {
    title: "Amount of Korean won",
    description: 'Whole won as a string of digits, e.g. { "amount": "400000000", "currency": "KRW" }',
  },
);

/**
 * The JSON form of an amount of any known currency: `{ "amount": "12.34", "currency": "USD" }`.
 * The amount is a decimal string in major units with at most the currency's minor-unit digits.
 *
 * @example
 * ```ts
 * MoneyJsonSchema.safeParse({ amount: "12.34", currency: "USD" }).success; //=> true
 * MoneyJsonSchema.safeParse({ amount: "12.345", currency: "USD" }).success; //=> false
 * ```
 * @category Money
 */
export const MoneyJsonSchema = /* @__PURE__ */ lazySchema(
  () =>
    z
      .object({
        amount: /* @__PURE__ */ z
          .string()
          .regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, { error: 'Expected a decimal string such as "12.34"' }),
        currency: /* @__PURE__ */ z.enum(
          Object.keys(CURRENCY_MINOR_UNITS) as [CurrencyCode, ...CurrencyCode[]],
        ),
      })
      .strict()
      .superRefine((v, ctx) => {
        const frac = v.amount.split(".")[1]?.length ?? 0;
        const scale = CURRENCY_MINOR_UNITS[v.currency];
        if (frac > scale) {
          ctx.addIssue({
            code: "custom",
            path: ["amount"],
            message: `Expected at most ${scale} decimals for ${v.currency}, received ${frac}`,
            params: {
              code: "TOO_MANY_DECIMALS",
              ko: `${v.currency}는 소수점 아래 ${scale}자리까지인데 ${frac}자리를 받았습니다`,
            },
          });
        }
      }),
  { title: "Amount of money", description: "A decimal string in major units and an ISO 4217 currency code" },
);

/**
 * The JSON form of an amount: `z.infer<typeof MoneyJsonSchema>`.
 *
 * @category Money
 */
export type MoneyJson = z.infer<typeof MoneyJsonSchema>;

/**
 * Writes an amount in its JSON form.
 *
 * @typeParam C - the currency of `value`: the JSON form is typed in it (`toMoneyJson(krw(5))` is
 *   assignable to `KrwJson`)
 * @param value - a money value
 * @returns `{ amount, currency }` with the amount as decimal text in major units
 * @throws {@link KcnError} `INVALID_AMOUNT` when `value` is not money (a `scale` other than its
 *   currency's included); `INVALID_CURRENCY` for a currency code the library does not know
 * @example
 * ```ts
 * toMoneyJson(krw(400_000_000)); //=> { amount: "400000000", currency: "KRW" }
 * toMoneyJson(money("USD", "12.50")); //=> { amount: "12.5", currency: "USD" }
 * ```
 * @category Money
 */
export function toMoneyJson<C extends string>(
  value: Money<C>,
): MoneyJson & { readonly currency: string extends C ? CurrencyCode : C & CurrencyCode } {
  checkMoney(value);
  return freeze({
    amount: scaledToString(value.amount, value.scale),
    currency: value.currency as C & CurrencyCode,
  });
}

/**
 * A `JSON.stringify` replacer that writes every money value in its JSON form and any other bigint as
 * decimal text, so that the results that hold amounts (allocations, schedules, parsed applications,
 * selections) serialize as they are. Reading them back is per kind: {@link fromMoneyJson} or
 * `fromKrwJson` reads one amount (a share, a range's `min` and `max`); `parseApplication` reads an
 * application and `checkEligibility` takes its JSON as it is; `selectProjects` takes candidates whose
 * `requested` is money JSON. A schedule is not read back: store what made it and plan it again with
 * `planSchedule` (see the timelines guide).
 *
 * @param _key - the property name (unused)
 * @param value - the value being written
 * @returns `{ amount, currency }` for money, decimal text for a bigint, else `value` unchanged
 * @throws {@link KcnError} `INVALID_AMOUNT` or `INVALID_CURRENCY` for an object with a bigint `amount`
 *   that is not a money value (it has no JSON form; written as is it would fail with a TypeError)
 * @example
 * ```ts
 * JSON.stringify(allocate(krw(100), [1, 1]), moneyJsonReplacer);
 * //=> '[{"amount":"50","currency":"KRW"},{"amount":"50","currency":"KRW"}]'
 * JSON.stringify({ n: 5n }, moneyJsonReplacer); //=> '{"n":"5"}'
 * ```
 * @category Money
 */
export function moneyJsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === "bigint"
    ? String(value)
    : typeof (value as Money | null)?.amount === "bigint"
      ? toMoneyJson(value as Money)
      : value;
}

/**
 * Reads an amount from its JSON form (validated with {@link MoneyJsonSchema}).
 *
 * @typeParam J - the type of `json`: when it names its currency (`KrwJson`, a literal written in
 *   the call), the money value returned is typed in that currency (`Krw`); for `unknown` input, in
 *   any {@link CurrencyCode}
 * @param json - `{ amount, currency }`, such as parsed from `JSON.parse`
 * @returns a frozen money value
 * @throws {@link KcnError} `INVALID_INPUT` with `details.issues` (bilingual, with paths)
 * @example
 * ```ts
 * fromMoneyJson({ amount: "400000000", currency: "KRW" }).amount; //=> 400000000n
 * fromMoneyJson({ amount: "12.34", currency: "USD" }).amount; //=> 1234n
 * ```
 * @category Money
 */
export function fromMoneyJson<const J>(
  json: J,
): Money<J extends { readonly currency: infer C extends CurrencyCode } ? C : CurrencyCode> {
  const { amount, currency } = parseOrThrow(MoneyJsonSchema, json, INVALID_INPUT, EXAMPLE("money"));
  // the currency read is the one J names, when it names one
  return money(currency, amount) as never;
}

/**
 * Reads an amount of won from its JSON form (validated with {@link KrwJsonSchema}).
 *
 * @param json - `{ "amount": "400000000", "currency": "KRW" }`
 * @returns a frozen {@link Krw}
 * @throws {@link KcnError} `INVALID_INPUT` with `details.issues`
 * @example
 * ```ts
 * fromKrwJson({ amount: "400000000", currency: "KRW" }).amount; //=> 400000000n
 * ```
 * @category Money
 */
export function fromKrwJson(json: unknown): Krw {
  return makeMoney("KRW", BigInt(parseOrThrow(KrwJsonSchema, json, INVALID_INPUT, EXAMPLE("KRW")).amount), 0);
}

/**
 * The JSON Schema (draft 2020-12) of the money JSON form, generated from {@link MoneyJsonSchema}.
 *
 * @returns a JSON Schema object (a fresh copy on each call)
 * @example
 * ```ts
 * moneyJsonSchema().required; //=> ["amount", "currency"]
 * ```
 * @category Money
 */
export function moneyJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(MoneyJsonSchema);
}

/**
 * The JSON Schema (draft 2020-12) of the KRW JSON form, generated from {@link KrwJsonSchema}.
 *
 * @returns a JSON Schema object
 * @example
 * ```ts
 * krwJsonSchema().properties?.["currency"]; //=> { type: "string", const: "KRW" }
 * ```
 * @category Money
 */
export function krwJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(KrwJsonSchema);
}
