/** Shared sample applications and generators for the eligibility tests and benchmark. */
import fc from "fast-check";
import { ORGANISATION_TYPE_IDS } from "../src/eligibility/organisationTypes.js";

export const demo2024 = () => ({
  year: 2024,
  subProgramId: "overseas-demonstration",
  title: "Next-generation C-ITS intersection control",
  site: { country: "IT", city: "Verona" },
  consortium: [
    { name: "K-Traffic Co.", type: "korean-company", country: "KR", role: "lead", receivesFunds: true },
    { name: "Comune di Verona", type: "foreign-local-government", country: "IT", role: "host" },
  ],
  requestedFunding: { amount: "300000000", currency: "KRW" },
  submittedAt: "2024-03-10T10:00:00+09:00",
});

export const planning2024 = () => ({
  year: 2024,
  subProgramId: "planning",
  title: "Smart city master plan",
  site: { country: "KE", city: "Nairobi" },
  consortium: [
    { name: "Nairobi City County", type: "foreign-local-government", country: "KE", role: "lead" },
  ],
  requestedFunding: "5억 원",
  submittedAt: "2024-04-15T09:00:00+09:00",
  priorConsultation: { with: "KIND pre-consulting", on: "2024-03-01" },
});

export const demo2021 = () => ({
  year: 2021,
  subProgramId: "smart-solution-demonstration",
  title: "Smart waste collection",
  site: { country: "US", city: "Baltimore" },
  consortium: [
    { name: "Ecube Labs", type: "korean-company", country: "KR", role: "lead", receivesFunds: true },
    { name: "Baltimore City DPW", type: "foreign-local-government", country: "US", role: "host" },
  ],
  requestedFunding: { amount: "500000000", currency: "KRW" },
  submittedAt: "2021-04-19T18:00:00+09:00",
  priorConsultation: { with: "Baltimore City Department of Public Works", on: "2021-03-02" },
});

/** A name or title: spaces allowed, but at least one visible character (spaces alone are refused). */
const ascii = (min: number, max: number) =>
  fc
    .string({
      unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-한국"),
      minLength: min,
      maxLength: max,
    })
    .filter((t) => /\S/.test(t));
const country = fc.constantFrom("KR", "KE", "IT", "US", "ID", "VN", "PE");
const day = fc
  .record({
    y: fc.integer({ min: 2019, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const member = (role: string) =>
  fc.record(
    {
      name: ascii(1, 40),
      type: fc.constantFrom(...ORGANISATION_TYPE_IDS),
      country,
      role: fc.constant(role),
      receivesFunds: fc.boolean(),
    },
    { requiredKeys: ["name", "type", "country", "role"] },
  );

/** Arbitrary valid applications in the JSON form (any edition 2019-2027 and any sub-program id). */
export const validApplication = fc.record(
  {
    year: fc.integer({ min: 2019, max: 2027 }),
    subProgramId: fc.constantFrom(
      "planning",
      "overseas-demonstration",
      "smart-city-planning",
      "smart-solution-planning",
      "smart-solution-demonstration",
      "smart-city-development",
      "smart-single-solution",
      "unknown-thing",
    ),
    title: ascii(1, 60),
    site: fc.record({ country, city: ascii(1, 30) }),
    consortium: fc
      .tuple(
        member("lead"),
        fc.array(fc.oneof(member("host"), member("partner"), member("member")), { maxLength: 4 }),
      )
      .map(([lead, rest]) => [...rest.slice(0, 1), lead, ...rest.slice(1)]),
    requestedFunding: fc.oneof(
      fc
        .bigInt({ min: 0n, max: 999_999_999_999_999n })
        .map((a) => ({ amount: a.toString(), currency: "KRW" })),
      fc.constantFrom("4억 원", "400M", "₩250,000,000", "7억", "3억 5,000만 원", "1.0bn"),
    ),
    submittedAt: fc
      .tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom("+09:00", "Z", "-07:00"))
      .map(([d, h, z]) => `${d}T${String(h).padStart(2, "0")}:30:00${z}`),
    priorConsultation: fc.record({ with: ascii(1, 30), on: day }),
    jointApplication: fc.record({
      with: ascii(1, 30),
      type: fc.constantFrom("foreign-central-government", "foreign-local-government"),
      country,
    }),
    continues: fc.constantFrom("2020-id-east-kalimantan", "2020-tr-gaziantep"),
  },
  { requiredKeys: ["year", "subProgramId", "title", "site", "consortium", "requestedFunding"] },
);

const nasty = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    2020.5,
    "",
    "x".repeat(400),
    [],
    {},
    { __proto__: null },
    "lead",
    "KRW",
    "2024-02-30",
    "2024-02-29T10:00:00+09:00",
    "9999999999999999",
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A valid application with one random change: a key removed, replaced, added or a nested value broken. */
export const mutatedApplication = fc
  .tuple(
    validApplication,
    fc.nat(),
    fc.nat(),
    nasty,
    fc.constantFrom("delete", "set", "add", "nested", "proto"),
  )
  .map(([app, i, j, value, op]) => {
    const a = JSON.parse(JSON.stringify(app)) as Record<string, unknown>;
    const keys = Object.keys(a);
    const k = keys[i % keys.length] as string;
    if (op === "delete") delete a[k];
    else if (op === "set") a[k] = value;
    else if (op === "add") a[typeof value === "string" ? value : (JSON.stringify(value) ?? "undefined")] = 1;
    else if (op === "proto")
      return JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(a).slice(1)}`);
    else {
      const cons = a["consortium"] as Record<string, unknown>[];
      const m = cons[j % cons.length] as Record<string, unknown>;
      const mk = Object.keys(m);
      m[mk[j % mk.length] as string] = value;
    }
    return a;
  });

/**
 * An application that its edition accepts, and the first and last days of its intake (Korea time):
 * one per sub-program of every edition, each within the rules of that sub-program (its lead type,
 * consortium, prior consultation, funding range). {@link nearEligibleApplication} sends it on a day
 * of the intake, then mutates it.
 */
export interface EligibleTemplate {
  /** `<year>/<sub-program>`. */
  readonly id: string;
  /** The application, without `submittedAt`. */
  readonly app: () => Record<string, unknown>;
  /** The first day of the intake. */
  readonly first: string;
  /** The last day of the intake (of the current cycle, for a year-round intake). */
  readonly last: string;
}

const city = (name: string, country: string, role: string, type = "foreign-local-government") => ({
  name,
  type,
  country,
  role,
});
const company = (name: string) => ({
  name,
  type: "korean-company",
  country: "KR",
  role: "lead",
  receivesFunds: true,
});
const won = (amount: number) => ({ amount: String(amount), currency: "KRW" });
const template = (
  year: number,
  subProgramId: string,
  first: string,
  last: string,
  fields: {
    readonly country: string;
    readonly consortium: readonly Record<string, unknown>[];
    readonly requestedFunding: unknown;
    readonly consulted?: boolean;
    readonly jointApplication?: Record<string, unknown>;
  },
): EligibleTemplate => ({
  id: `${year}/${subProgramId}`,
  first,
  last,
  app: () => ({
    year,
    subProgramId,
    title: `Template ${year} ${subProgramId}`,
    site: { country: fields.country, city: "Capital" },
    consortium: fields.consortium.map((m) => ({ ...m })),
    requestedFunding:
      typeof fields.requestedFunding === "object"
        ? { ...(fields.requestedFunding as object) }
        : fields.requestedFunding,
    ...(fields.consulted ? { priorConsultation: { with: "Host city", on: `${year}-01-05` } } : {}),
    ...(fields.jointApplication ? { jointApplication: { ...fields.jointApplication } } : {}),
  }),
});

/** One eligible application per sub-program of every edition 2020-2026. */
export const ELIGIBLE_TEMPLATES: readonly EligibleTemplate[] = [
  template(2020, "smart-city-development", "2020-01-31", "2020-03-20", {
    country: "KE",
    consortium: [city("Nairobi City County", "KE", "lead")],
    requestedFunding: "3억 원",
  }),
  template(2020, "smart-single-solution", "2020-01-31", "2020-03-20", {
    country: "TR",
    consortium: [city("Gaziantep Metropolitan Municipality", "TR", "lead", "foreign-public-agency")],
    requestedFunding: won(275_000_000),
  }),
  template(2021, "smart-city-planning", "2021-02-18", "2021-04-19", {
    country: "KE",
    consortium: [city("Ministry of Transport", "KE", "lead", "foreign-central-government")],
    requestedFunding: "5억 원",
  }),
  template(2021, "smart-solution-planning", "2021-02-18", "2021-04-19", {
    country: "VN",
    consortium: [city("Hai Phong City", "VN", "lead")],
    requestedFunding: "2억 5,000만 원",
  }),
  template(2021, "smart-solution-demonstration", "2021-02-18", "2021-04-19", {
    country: "US",
    consortium: [company("Ecube Labs"), city("Baltimore City DPW", "US", "host")],
    requestedFunding: won(500_000_000),
    consulted: true,
  }),
  template(2022, "smart-city-planning", "2022-03-29", "2022-04-29", {
    country: "VN",
    consortium: [{ name: "World Bank", type: "international-organisation", country: "US", role: "lead" }],
    requestedFunding: "4억 원",
    jointApplication: { with: "Ho Chi Minh City", type: "foreign-local-government", country: "VN" },
  }),
  template(2022, "smart-solution-demonstration", "2022-03-29", "2022-05-20", {
    country: "TH",
    consortium: [company("K-Platform Co."), city("Mukdahan Province", "TH", "host")],
    requestedFunding: won(400_000_000),
    consulted: true,
  }),
  template(2023, "planning", "2023-04-10", "2023-05-10", {
    country: "EG",
    consortium: [city("Badr City", "EG", "lead")],
    requestedFunding: won(400_000_000),
  }),
  template(2023, "overseas-demonstration", "2023-04-10", "2023-05-30", {
    country: "VN",
    consortium: [company("K-Traffic Co."), city("Haiphong City", "VN", "host")],
    requestedFunding: won(400_000_000),
  }),
  template(2024, "planning", "2024-01-30", "2024-04-30", {
    country: "KE",
    consortium: [city("Nairobi City County", "KE", "lead")],
    requestedFunding: "5억 원",
    consulted: true,
  }),
  template(2024, "overseas-demonstration", "2024-01-30", "2024-03-19", {
    country: "IT",
    consortium: [company("K-Traffic Co."), city("Comune di Verona", "IT", "host")],
    requestedFunding: won(300_000_000),
  }),
  template(2025, "planning", "2025-01-21", "2025-06-30", {
    country: "UZ",
    consortium: [city("Tashkent City", "UZ", "lead")],
    requestedFunding: "7억 원",
    consulted: true,
  }),
  template(2025, "overseas-demonstration", "2025-02-06", "2025-03-11", {
    country: "GB",
    consortium: [company("K-Mobility Co."), city("Birmingham City Council", "GB", "host")],
    requestedFunding: won(400_000_000),
  }),
  template(2026, "planning", "2026-01-05", "2026-06-30", {
    country: "PL",
    consortium: [city("Lublin City", "PL", "lead")],
    requestedFunding: "7억 원",
    consulted: true,
  }),
  template(2026, "overseas-demonstration", "2026-01-28", "2026-03-17", {
    country: "PE",
    consortium: [company("K-Safety Co."), city("Municipalidad de Lima", "PE", "host")],
    requestedFunding: won(400_000_000),
  }),
];

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The changes {@link nearEligibleApplication} makes; each may or may not cost the application its eligibility. */
const MUTATIONS = [
  "lead-type",
  "funding",
  "move-day",
  "time-and-offset",
  "drop-consultation",
  "late-consultation",
  "receives-funds",
  "drop-partners",
  "add-member",
  "drop-submission-time",
  "drop-joint-application",
] as const;

const mutationArb = fc.record({
  // the three changes that most often cost eligibility in any edition come more often
  op: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom<(typeof MUTATIONS)[number]>("lead-type", "funding", "move-day") },
    { weight: 3, arbitrary: fc.constantFrom(...MUTATIONS) },
  ),
  a: fc.nat({ max: 1_000 }),
  b: fc.nat({ max: 1_000 }),
});

const COUNTRIES_AROUND = ["KR", "KE", "IT", "US", "VN", "ID"] as const;

function mutate(app: Record<string, unknown>, op: (typeof MUTATIONS)[number], a: number, b: number): void {
  const members = app["consortium"] as Record<string, unknown>[];
  const submitted = app["submittedAt"] as string | undefined;
  const day = submitted?.slice(0, 10);
  switch (op) {
    case "lead-type": {
      const lead = members.find((m) => m["role"] === "lead") as Record<string, unknown>;
      lead["type"] = ORGANISATION_TYPE_IDS[a % ORGANISATION_TYPE_IDS.length];
      break;
    }
    case "funding":
      // 0 to 1.2 billion in steps of 50 million: inside and outside every range
      app["requestedFunding"] = won((a % 25) * 50_000_000);
      break;
    case "move-day":
      if (day !== undefined)
        app["submittedAt"] = `${isoDay(dayMs(day) + ((a % 91) - 45) * DAY_MS)}${submitted?.slice(10)}`;
      break;
    case "time-and-offset": {
      // the same calendar day at another hour and offset: near midnight it is another day in Seoul
      const offset = ["+09:00", "Z", "-07:00", "+14:00", "-12:00"][b % 5];
      if (day !== undefined) app["submittedAt"] = `${day}T${String(a % 24).padStart(2, "0")}:30:00${offset}`;
      break;
    }
    case "drop-consultation":
      delete app["priorConsultation"];
      break;
    case "late-consultation":
      if (day !== undefined)
        app["priorConsultation"] = { with: "Host city", on: isoDay(dayMs(day) + (a % 3) * DAY_MS) };
      break;
    case "receives-funds":
      (members[a % members.length] as Record<string, unknown>)["receivesFunds"] = b % 4 !== 0;
      break;
    case "drop-partners":
      app["consortium"] = members.filter((m) => m["role"] === "lead");
      break;
    case "add-member":
      members.push({
        name: `Member ${a}`,
        type: ORGANISATION_TYPE_IDS[a % ORGANISATION_TYPE_IDS.length],
        country: COUNTRIES_AROUND[b % COUNTRIES_AROUND.length],
        role: (["host", "partner", "member"] as const)[b % 3],
        ...(a % 3 === 0 ? {} : { receivesFunds: a % 3 === 1 }),
      });
      break;
    case "drop-submission-time":
      delete app["submittedAt"];
      break;
    case "drop-joint-application":
      delete app["jointApplication"];
      break;
  }
}

/**
 * Valid applications (JSON form) near the line: an {@link ELIGIBLE_TEMPLATES} application sent on a
 * day of its intake (10:00 in Seoul), then changed by up to three {@link MUTATIONS} (its lead type,
 * amount, day, hour and offset, prior consultation, who receives funds, its members, its submission
 * time, its joint application), so that about 60% stay eligible and the others fail for one reason
 * or a few.
 */
export const nearEligibleApplication: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(...ELIGIBLE_TEMPLATES),
    fc.nat(),
    fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 4, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3, size: "max" }) },
    ),
  )
  .map(([t, n, changes]) => {
    const span = (dayMs(t.last) - dayMs(t.first)) / DAY_MS + 1;
    const app = t.app();
    app["submittedAt"] = `${isoDay(dayMs(t.first) + (n % span) * DAY_MS)}T10:00:00+09:00`;
    for (const { op, a, b } of changes) mutate(app, op, a, b);
    return app;
  });
