import * as z from "zod";
import { lazySchema, SIZED } from "../core/lazySchema.js";
import { AMOUNT_RE, DATE_RE, DATE_TIME_RE, ID_RE, VISIBLE } from "../core/patterns.js";
import { type Application, APPLICATION_LIMITS as L } from "./application.js";
import { CONSORTIUM_ROLE_IDS, type ConsortiumRole } from "./consortiumRoles.js";
import { COUNTRY_CODES, readKrwText } from "./deps.js";
import { ORGANISATION_TYPE_IDS, type OrganisationTypeId } from "./organisationTypes.js";
import { buildApplication } from "./validateApplication.js";

function buildSchemas() {
  // a name or title of spaces only is no name: at least one visible character
  const text = (max: number) =>
    z.string().min(1, SIZED).max(max, SIZED).regex(VISIBLE, "Expected a text with a visible character");
  const countrySchema = z.enum(COUNTRY_CODES as [string, ...string[]], {
    error:
      'Expected an ISO 3166-1 alpha-2 country code in upper case such as "KE" (the United Kingdom is "GB")',
  });
  const idSchema = z.string().min(1, SIZED).max(L.idMax, SIZED).regex(ID_RE, "Expected a kebab-case id");

  const FundingJsonSchema = z.strictObject({
    amount: z.string().regex(AMOUNT_RE, 'Expected whole won as digits, such as "400000000"'),
    currency: z.literal("KRW"),
  });

  const ConsortiumMemberSchema = z.strictObject({
    name: text(L.nameMax),
    type: z.enum(ORGANISATION_TYPE_IDS as unknown as readonly [OrganisationTypeId, ...OrganisationTypeId[]]),
    country: countrySchema,
    role: z.enum(CONSORTIUM_ROLE_IDS as unknown as readonly [ConsortiumRole, ...ConsortiumRole[]]),
    receivesFunds: z.boolean().optional(),
  });

  const fundingSchema = z.union([
    FundingJsonSchema,
    text(L.fundingTextMax).refine((t) => typeof readKrwText(t) === "bigint", {
      message: 'Expected an amount of won such as "4억 5,000만 원" or "400M"',
      params: { code: "INVALID_AMOUNT", ko: '"4억 5,000만 원" 또는 "400M" 같은 원화 금액이 필요합니다' },
    }),
  ]);

  const consortiumSchema = z
    .array(ConsortiumMemberSchema)
    .min(L.consortiumMin, SIZED)
    .max(L.consortiumMax, SIZED)
    .superRefine((members, ctx) => {
      let leads = 0;
      for (const m of members) if (m.role === "lead") leads++;
      if (leads !== 1) {
        ctx.addIssue({
          code: "custom",
          message: `Expected exactly one organisation with role "lead", received ${leads}`,
          input: members,
          params: {
            code: "LEAD_COUNT",
            ko: `역할이 "lead"인 기관이 정확히 하나여야 합니다 (받은 수 ${leads})`,
          },
        });
      }
    });

  const ApplicationInputSchema = z.strictObject({
    year: z.number().int().min(L.yearMin).max(L.yearMax),
    subProgramId: idSchema,
    title: text(L.titleMax),
    site: z.strictObject({ country: countrySchema, city: text(L.cityMax) }),
    consortium: consortiumSchema,
    requestedFunding: fundingSchema,
    submittedAt: z
      .string()
      .max(L.dateTimeMax, SIZED)
      .regex(
        DATE_TIME_RE,
        'Expected an ISO 8601 date-time with an offset, such as "2024-03-19T18:00:00+09:00"',
      )
      .optional(),
    priorConsultation: z
      .strictObject({
        with: text(L.nameMax),
        on: z.string().regex(DATE_RE, 'Expected a day such as "2024-01-15"'),
      })
      .optional(),
    jointApplication: z
      .strictObject({
        with: text(L.nameMax),
        type: z.enum(["foreign-central-government", "foreign-local-government"]),
        country: countrySchema,
      })
      .optional(),
    continues: idSchema.optional(),
  });
  return { FundingJsonSchema, ConsortiumMemberSchema, ApplicationInputSchema };
}

// The schemas are built on first use, not at import: building zod schemas is most of the
// library's cold-start time, and the parse path uses the hand-written validator.
let built: ReturnType<typeof buildSchemas> | undefined;
function schemas(): ReturnType<typeof buildSchemas> {
  // biome-ignore lint/suspicious/noAssignInExpressions: the memoised build, made on the first call
  return (built ??= buildSchemas());
}

/**
 * Requested funding in the money JSON form (money's `KrwJsonSchema`, restricted to non-negative amounts): `{ "amount": "400000000", "currency": "KRW" }`
 * (whole won as up to 15 digits).
 *
 * @category Eligibility
 */
export const FundingJsonSchema = lazySchema(() => schemas().FundingJsonSchema);

/**
 * One consortium organisation in the JSON form.
 *
 * @category Eligibility
 */
export const ConsortiumMemberSchema = lazySchema(() => schemas().ConsortiumMemberSchema);

/**
 * The JSON form of an application (before the transform to an {@link Application}). The source of
 * the generated JSON Schema.
 *
 * @category Eligibility
 */
export const ApplicationInputSchema = lazySchema(() => schemas().ApplicationInputSchema);

/** @internal Builds the frozen typed application from a checked JSON form. */
export function toApplication(input: z.output<typeof ApplicationInputSchema>): Application {
  const f = input.requestedFunding;
  return buildApplication(input, typeof f === "string" ? (readKrwText(f) as bigint) : BigInt(f.amount));
}

/**
 * The application schema: the JSON form, checked and turned into a frozen {@link Application}
 * (requested funding as exact {@link Krw}). Unknown keys are refused at every level.
 *
 * Prefer {@link safeParseApplication}: it gives the same verdict faster, with bilingual issues.
 *
 * @example
 * ```ts
 * ApplicationSchema.safeParse({ year: 2024 }).success; //=> false
 * ```
 * @category Eligibility
 */

export const ApplicationSchema = lazySchema(() => ApplicationInputSchema.transform(toApplication));
