// Eligibility: parse + eligibility check over 100k generated applications (90% valid), against a
// hand-written check-only validator of the same schema (the limit) and plain zod safeParse.

import * as z from "zod";
import { ApplicationSchema, checkEligibility, safeParseApplication } from "../dist/eligibility.js";
import { goal, measure, row, section } from "./_lib.mjs";

const N = 100_000;

// Deterministic generator (xorshift), no Math.random in the measured data.
function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

// Per sub-program: who leads, a day inside the intake, a requested amount inside the call range.
const PLAN = { lead: "foreign-local-government", consult: true };
const DEMO = { lead: "korean-company", consult: true };
const SUBS = {
  2020: [
    ["smart-city-development", PLAN, "2020-03-02", "3억 원"],
    ["smart-single-solution", PLAN, "2020-03-02", "2억 원"],
  ],
  2021: [
    ["smart-city-planning", PLAN, "2021-04-01", "5억 원"],
    ["smart-solution-planning", PLAN, "2021-04-01", "250M"],
    ["smart-solution-demonstration", DEMO, "2021-04-01", { amount: "500000000", currency: "KRW" }],
  ],
  2022: [
    ["smart-city-planning", PLAN, "2022-04-20", "4억 5,000만 원"],
    ["smart-solution-demonstration", DEMO, "2022-05-10", { amount: "400000000", currency: "KRW" }],
  ],
  2023: [
    ["planning", PLAN, "2023-05-02", "₩400,000,000"],
    ["overseas-demonstration", DEMO, "2023-05-20", { amount: "400000000", currency: "KRW" }],
  ],
  2024: [
    ["planning", PLAN, "2024-04-10", "5억 원"],
    ["overseas-demonstration", DEMO, "2024-03-05", { amount: "300000000", currency: "KRW" }],
  ],
  2025: [
    ["planning", PLAN, "2025-06-10", "7억 원"],
    ["overseas-demonstration", DEMO, "2025-03-05", { amount: "400000000", currency: "KRW" }],
  ],
  2026: [
    ["planning", PLAN, "2026-06-10", "7억 원"],
    ["overseas-demonstration", DEMO, "2026-03-05", { amount: "400000000", currency: "KRW" }],
  ],
};
const TYPES = [
  "foreign-central-government",
  "foreign-local-government",
  "foreign-public-agency",
  "international-organisation",
  "korean-company",
  "foreign-company",
  "university",
];
const COUNTRIES = ["KE", "IT", "US", "ID", "VN", "PE", "TR"];

/**
 * 100k applications: 90% schema-valid; of those about 70% eligible and 30% breaking one rule
 * (wrong lead type, late, funding out of range, no overseas public partner, a foreign company paid).
 * With `adversarial`, lead types, dates and amounts are random instead (about 2.8 findings each).
 */
export function generate(n, { seed = 42, adversarial = false } = {}) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const year = 2020 + Math.floor(r() * 7);
    const [subProgramId, plan, day, funding] = pick(SUBS[year]);
    const country = pick(COUNTRIES);
    const lead = adversarial ? pick(TYPES) : plan.lead;
    const app = {
      year,
      subProgramId,
      title: `Smart city project ${i}`,
      site: { country, city: `City ${i % 97}` },
      consortium: [
        {
          name: `Lead org ${i}`,
          type: lead,
          country: lead === "korean-company" ? "KR" : country,
          role: "lead",
          receivesFunds: lead === "korean-company",
        },
        {
          name: `Host ${i}`,
          type: adversarial ? pick(TYPES) : "foreign-local-government",
          country,
          role: "host",
        },
        { name: `Partner ${i}`, type: adversarial ? pick(TYPES) : "university", country, role: "partner" },
      ],
      requestedFunding: adversarial
        ? { amount: String(100_000_000 + Math.floor(r() * 8) * 100_000_000), currency: "KRW" }
        : funding,
      submittedAt: adversarial
        ? `${year}-0${1 + Math.floor(r() * 6)}-1${Math.floor(r() * 9)}T1${Math.floor(r() * 9)}:00:00+09:00`
        : `${day}T1${Math.floor(r() * 9)}:00:00+09:00`,
      priorConsultation: { with: `Ministry ${i}`, on: `${year}-01-05` },
    };
    if (!adversarial && r() < 0.3) {
      // one rule broken
      const k = Math.floor(r() * 5);
      if (k === 0)
        app.consortium[0] = { ...app.consortium[0], type: "foreign-company", receivesFunds: false };
      else if (k === 1) app.submittedAt = `${year}-12-30T10:00:00+09:00`;
      else if (k === 2) app.requestedFunding = "15억 원";
      else if (k === 3)
        app.consortium = [
          app.consortium[0],
          { name: `Vendor ${i}`, type: "foreign-company", country, role: "partner" },
        ];
      else
        app.consortium.push({
          name: `Vendor ${i}`,
          type: "foreign-company",
          country,
          role: "member",
          receivesFunds: true,
        });
    }
    if (r() < 0.1) {
      // the 10% invalid: one realistic mistake each
      const k = Math.floor(r() * 5);
      if (k === 0) app.colour = "blue";
      else if (k === 1) app.consortium[1].type = "city-hall";
      else if (k === 2) app.requestedFunding = "about 4억";
      else if (k === 3) app.submittedAt = "2024-02-30T10:00:00+09:00";
      else app.site.country = "Kenya";
    }
    out.push(app);
  }
  return out;
}

// The limit: a plain hand-written check-only validator of the same schema (true/false, no issues,
// no output value, no eligibility rules).
const TYPE_SET = new Set([
  "foreign-central-government",
  "foreign-local-government",
  "foreign-public-agency",
  "international-organisation",
  "korean-company",
  "korean-public-agency",
  "foreign-company",
  "university",
  "research-institute",
  "ngo",
  "other",
]);
const ROLE_SET = new Set(["lead", "host", "partner", "member"]);
const ROOT = new Set([
  "year",
  "subProgramId",
  "title",
  "site",
  "consortium",
  "requestedFunding",
  "submittedAt",
  "priorConsultation",
  "jointApplication",
  "continues",
]);
const MEMBER = new Set(["name", "type", "country", "role", "receivesFunds"]);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CC = /^[A-Z]{2}$/;
const AMOUNT = /^(?:0|[1-9][0-9]{0,14})$/;
const DAY =
  "(?:(?:[0-9]{2}(?:[2468][048]|[13579][26]|0[48])|(?:[02468][048]|[13579][26])00)-02-29|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])))";
const DATE = new RegExp(`^${DAY}$`);
const DT = new RegExp(
  `^${DAY}T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$`,
);
const FUNDING_TEXT = /^(?:₩?[0-9,]+|[0-9]+(?:\.[0-9]+)?\s*(?:M|bn)|[0-9]+억(?:\s*[0-9,]+만)?\s*원?)$/;
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v, max) => typeof v === "string" && v.length >= 1 && v.length <= max;
function onlyKeys(o, set) {
  for (const k in o) if (!set.has(k)) return false;
  return true;
}
export function handWritten(a) {
  if (!isObj(a) || !onlyKeys(a, ROOT)) return false;
  if (!Number.isInteger(a.year) || a.year < 2000 || a.year > 2100) return false;
  if (!str(a.subProgramId, 64) || !ID.test(a.subProgramId) || !str(a.title, 300)) return false;
  const s = a.site;
  if (
    !isObj(s) ||
    !onlyKeys(s, new Set(["country", "city"])) ||
    typeof s.country !== "string" ||
    !CC.test(s.country) ||
    !str(s.city, 120)
  )
    return false;
  const c = a.consortium;
  if (!Array.isArray(c) || c.length < 1 || c.length > 50) return false;
  let leads = 0;
  for (const m of c) {
    if (!isObj(m) || !onlyKeys(m, MEMBER) || !str(m.name, 200) || !TYPE_SET.has(m.type)) return false;
    if (typeof m.country !== "string" || !CC.test(m.country) || !ROLE_SET.has(m.role)) return false;
    if (m.receivesFunds !== undefined && typeof m.receivesFunds !== "boolean") return false;
    if (m.role === "lead") leads++;
  }
  if (leads !== 1) return false;
  const f = a.requestedFunding;
  if (typeof f === "string") {
    if (!str(f, 100) || !FUNDING_TEXT.test(f)) return false;
  } else if (
    !isObj(f) ||
    typeof f.amount !== "string" ||
    !AMOUNT.test(f.amount) ||
    f.currency !== "KRW" ||
    Object.keys(f).length !== 2
  )
    return false;
  if (
    a.submittedAt !== undefined &&
    (typeof a.submittedAt !== "string" || a.submittedAt.length > 35 || !DT.test(a.submittedAt))
  )
    return false;
  const p = a.priorConsultation;
  if (p !== undefined && (!isObj(p) || !str(p.with, 200) || typeof p.on !== "string" || !DATE.test(p.on)))
    return false;
  return true;
}

export async function run() {
  section("eligibility: 100k generated applications (90% valid)");
  const apps = generate(N);
  const hard = generate(N, { adversarial: true, seed: 7 });
  // The summary counts as it goes: no verdict is kept, so the measured runs below do not carry a
  // heap of 100k retained results (that alone slowed every allocating row by about a third).
  let valid = 0;
  let agree = 0;
  let eligible = 0;
  let found = 0;
  for (const a of apps) {
    const ok = safeParseApplication(a).ok;
    if (ok) valid++;
    if (handWritten(a) === ok) agree++;
    const v = checkEligibility(a);
    if (v.eligible) eligible++;
    found += v.issues.length;
  }
  const findings = found / N;
  console.log(
    `   ${valid} of ${N} valid (${((valid / N) * 100).toFixed(1)}%), ${eligible} eligible, ${findings.toFixed(2)} findings per application; hand-written and library agree on ${agree}`,
  );
  const base = measure("hand-written check-only validator (limit)", N, (i) => handWritten(apps[i]));
  console.log(row(base));
  const zod = measure(
    "zod ApplicationSchema.safeParse",
    N,
    (i) => ApplicationSchema.safeParse(apps[i]).success,
  );
  console.log(row(zod, base));
  const compiled = z.compile(ApplicationSchema);
  const zc = measure(
    "zod z.compile(ApplicationSchema).safeParse",
    N,
    (i) => compiled.safeParse(apps[i]).success,
  );
  console.log(row(zc, base));
  const parse = measure(
    "safeParseApplication (value or issues with paths)",
    N,
    (i) => safeParseApplication(apps[i]).ok,
  );
  console.log(row(parse, base));
  const check = measure(
    "checkEligibility(unknown): parse + rules",
    N,
    (i) => checkEligibility(apps[i]).eligible,
  );
  console.log(row(check, base));
  const hardCheck = measure(
    "checkEligibility, adversarial mix (~2.8 findings each)",
    N,
    (i) => checkEligibility(hard[i]).eligible,
  );
  console.log(row(hardCheck, base));
  goal(
    ">= 50% of the hand-written validator's throughput: validation (safeParseApplication)",
    parse.opsPerSec >= 0.5 * base.opsPerSec,
  );
  goal(
    ">= 50% of the hand-written validator's throughput: parse + eligibility check",
    check.opsPerSec >= 0.5 * base.opsPerSec,
  );
}
