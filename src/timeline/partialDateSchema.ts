import * as z from "zod";
import { lazySchema } from "../core/lazySchema.js";
import type { PartialDateString } from "../programs/types.js";
import { type PartialDate, type PartialDateIssue, safeParsePartialDate } from "./partialDate.js";

/**
 * A zod schema for the JSON form of a partial date (`"2021"`, `"2021-06"`, `"2021-06-22"`,
 * `"2026-02-10T17:00"`, Korea time). It checks that the date is real and keeps the text.
 *
 * @example
 * ```ts
 * PartialDateStringSchema.safeParse("2021-06").success; //=> true
 * PartialDateStringSchema.safeParse("2021-13").success; //=> false
 * ```
 * @category Timeline
 */
export const PartialDateStringSchema: z.ZodType<PartialDateString, string> = lazySchema(() =>
  z.string().superRefine((text, ctx) => {
    const r = safeParsePartialDate(text);
    if (!r.ok) {
      // every failure carries exactly one issue
      const { message } = r.issues[0] as PartialDateIssue;
      ctx.addIssue({
        code: "custom",
        message: message.en,
        params: { code: "INVALID_DATE", ko: message.ko },
        input: text,
      });
    }
  }),
);

/**
 * A zod schema that reads the JSON form of a partial date into a {@link PartialDate} object.
 *
 * @example
 * ```ts
 * PartialDateSchema.parse("2021-06");
 * //=> { kind: "month", year: 2021, month: 6 }
 * ```
 * @category Timeline
 */
export const PartialDateSchema: z.ZodType<PartialDate, string> = lazySchema(() =>
  PartialDateStringSchema.transform((text) => {
    const r = safeParsePartialDate(text);
    // The refinement above guarantees success.
    return (r as { readonly value: PartialDate }).value;
  }),
);
