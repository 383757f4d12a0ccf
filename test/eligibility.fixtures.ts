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
