import { freeze } from "../core/freeze.js";
import type { Krw } from "../money/index.js";
import type { ConsortiumRole } from "./consortiumRoles.js";
import type { OrganisationTypeId } from "./organisationTypes.js";

/**
 * One organisation of an application's consortium, as parsed.
 *
 * @category Eligibility
 */
export interface ConsortiumMember {
  /** The organisation's name (1 to 200 characters). */
  readonly name: string;
  /** Its type, from {@link ORGANISATION_TYPES}. */
  readonly type: OrganisationTypeId;
  /** Where it is based: an ISO 3166-1 alpha-2 code (`"KR"` for Korea). */
  readonly country: string;
  /** Its role; exactly one organisation is the `lead`. */
  readonly role: ConsortiumRole;
  /** Whether it receives part of the subsidy (default `false`). */
  readonly receivesFunds: boolean;
}

/**
 * One organisation of a consortium in the JSON form ({@link ApplicationInput}, the consortium
 * {@link eligibleSubPrograms} takes): as {@link ConsortiumMember}, with `receivesFunds` optional
 * (default `false`).
 *
 * @example
 * ```ts
 * const ministry: ConsortiumMemberInput = {
 *   name: "Ministry of Public Works", type: "foreign-central-government", country: "ID", role: "lead" };
 * eligibleSubPrograms([ministry], 2024).valid; //=> true
 * ```
 * @category Eligibility
 */
export type ConsortiumMemberInput = {
  /** The organisation's name (1 to 200 characters). */
  readonly name: string;
  /** Its type, from {@link ORGANISATION_TYPES}. */
  readonly type: OrganisationTypeId;
  /** Where it is based: an ISO 3166-1 alpha-2 code (`"KR"` for Korea). */
  readonly country: string;
  /** Its role; exactly one organisation is the `lead`. */
  readonly role: ConsortiumRole;
  /** Whether it receives part of the subsidy (default `false`). */
  readonly receivesFunds?: boolean | undefined;
};

/**
 * Prior consultation with the overseas government, as the applicant declares it.
 *
 * @category Eligibility
 */
export type PriorConsultation = {
  /** The government body consulted (1 to 200 characters). */
  readonly with: string;
  /** The day of the consultation, `YYYY-MM-DD` (Korea time). */
  readonly on: string;
};

/**
 * A joint application with a government or city (required of international organisations in 2022).
 *
 * @category Eligibility
 */
export type JointApplication = {
  /** The government or city applying jointly (1 to 200 characters). */
  readonly with: string;
  /** Its type: a foreign central or local government. */
  readonly type: "foreign-central-government" | "foreign-local-government";
  /** Its country, ISO 3166-1 alpha-2. */
  readonly country: string;
};

/**
 * A parsed application to one sub-program of one edition. Amounts are exact {@link Krw}.
 *
 * Build one with {@link parseApplication} or {@link safeParseApplication} from the JSON form
 * ({@link ApplicationInput}); the parsed value is frozen.
 *
 * @category Eligibility
 */
export interface Application {
  /** The edition year (2000 to 2100; editions exist for 2020-2026). */
  readonly year: number;
  /** The sub-program id inside that edition (`"overseas-demonstration"`). */
  readonly subProgramId: string;
  /** The project title (1 to 300 characters). */
  readonly title: string;
  /** Where the project takes place. */
  readonly site: { readonly country: string; readonly city: string };
  /** The consortium, 1 to 50 organisations, exactly one of them the `lead`. */
  readonly consortium: readonly ConsortiumMember[];
  /** The funding requested, in won. */
  readonly requestedFunding: Krw;
  /** When it was (or will be) submitted: ISO 8601 date-time with an offset. */
  readonly submittedAt?: string;
  /** Prior consultation with the overseas government. */
  readonly priorConsultation?: PriorConsultation;
  /** A joint application with a government or city. */
  readonly jointApplication?: JointApplication;
  /** The id of the selected project this one continues (`"2020-id-east-kalimantan"`). */
  readonly continues?: string;
}

/**
 * The money JSON form:  `{ "amount": "400000000", "currency": "KRW" }`. A type, not an interface, so
 * that it is a {@link JsonValue} and goes into a lifecycle event's payload as it is.
 *
 * @category Eligibility
 */
export type FundingJson = {
  /** Whole won as decimal digits (`"400000000"`). */
  readonly amount: string;
  /** Always `"KRW"`. */
  readonly currency: "KRW";
};

/**
 * The JSON form of an application, as read from a file or a request body. Requested funding is the
 * money JSON form or a text such as `"4억 5,000만 원"` or `"400M"`.
 *
 * Its optional fields admit `undefined`, which JSON has not: a value of this type is a lifecycle
 * event's `payload.application` once it holds no `undefined` (a request body as parsed from JSON
 * always qualifies; `transition` refuses an `undefined` with `INVALID_INPUT` and its path).
 *
 * @category Eligibility
 */
export type ApplicationInput = {
  /** The edition applied to. */
  readonly year: number;
  /** The sub-program of that edition (`"overseas-demonstration"`). */
  readonly subProgramId: string;
  /** The project's title. */
  readonly title: string;
  /** Where the project takes place: ISO country code and city. */
  readonly site: { readonly country: string; readonly city: string };
  /** The organisations, exactly one with role `lead`. */
  readonly consortium: readonly ConsortiumMemberInput[];
  /** The money JSON form or any text `parseKrw` reads (`"4억 5,000만 원"`). */
  readonly requestedFunding: FundingJson | string;
  /** ISO 8601 date-time with an offset; without it the call window is checked against `asOf`. */
  readonly submittedAt?: string | undefined;
  /** The consultation with the overseas government before applying: with whom, on which day. */
  readonly priorConsultation?: PriorConsultation | undefined;
  /** For an international organisation: the government or city it applies jointly with. */
  readonly jointApplication?: JointApplication | undefined;
  /** The id of the earlier project it continues. */
  readonly continues?: string | undefined;
};

/**
 * The documented limits of the application schema. Inputs beyond them are refused with a
 * `TOO_BIG` or `TOO_SMALL` issue; nesting is fixed by the schema (at most 3 levels) because unknown
 * keys are refused.
 *
 * @example
 * ```ts
 * APPLICATION_LIMITS.consortiumMax; //=> 50
 * ```
 * @category Eligibility
 */
export const APPLICATION_LIMITS = freeze({
  /** Lowest and highest edition year accepted by the schema. */
  yearMin: 2000,
  yearMax: 2100,
  /** Longest sub-program id or project id. */
  idMax: 64,
  /** Longest title. */
  titleMax: 300,
  /** Longest organisation, government or body name. */
  nameMax: 200,
  /** Longest city name. */
  cityMax: 120,
  /** Fewest and most organisations in a consortium. */
  consortiumMin: 1,
  consortiumMax: 50,
  /** Longest funding text (`"4억 5,000만 원"`). */
  fundingTextMax: 100,
  /** Most digits of a money JSON amount (15 digits: below 1,000조 won). */
  amountDigitsMax: 15,
  /** Longest ISO date-time string. */
  dateTimeMax: 35,
} as const);
