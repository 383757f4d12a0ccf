// Eligibility: parse + eligibility check over 100k generated applications (90% valid), against a
// hand-written check-only validator of the same schema (the limit) and plain zod safeParse.
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

const SUBS = {
  2020: ["smart-city-development", "smart-single-solution"],
  2021: ["smart-city-planning", "smart-solution-planning", "smart-solution-demonstration"],
  2022: ["smart-city-planning", "smart-solution-demonstration"],
  2023: ["planning", "overseas-demonstration"],
  2024: ["planning", "overseas-demonstration"],
  2025: ["planning", "overseas-demonstration"],
  2026: ["planning", "overseas-demonstration"],
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
const FUNDING = ["3억 원", "400M", "4억 5,000만 원", "₩250,000,000"];

export function generate(n, seed = 42) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  for (let i = 0; i < n; i++) {
    const year = 2020 + Math.floor(r() * 7);
    const country = pick(COUNTRIES);
    const lead = pick(TYPES);
    const app = {
      year,
      subProgramId: pick(SUBS[year]),
      title: `Smart city project ${i}`,
      site: { country, city: `City ${i % 97}` },
      consortium: [
        {
          name: `Lead org ${i}`,
          type: lead,
          country: lead === "korean-company" ? "KR" : country,
          role: "lead",
          receivesFunds: r() < 0.5,
        },
        { name: `Host ${i}`, type: pick(TYPES), country, role: "host" },
        { name: `Partner ${i}`, type: pick(TYPES), country, role: "partner", receivesFunds: r() < 0.2 },
      ],
      requestedFunding:
        r() < 0.7
          ? { amount: String(100_000_000 + Math.floor(r() * 8) * 100_000_000), currency: "KRW" }
          : pick(FUNDING),
      submittedAt: `${year}-0${1 + Math.floor(r() * 6)}-1${Math.floor(r() * 9)}T1${Math.floor(r() * 9)}:00:00+09:00`,
      priorConsultation: { with: `Ministry ${i}`, on: `${year}-01-05` },
    };
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
  const valid = apps.filter((a) => safeParseApplication(a).ok).length;
  const agree = apps.filter((a) => handWritten(a) === safeParseApplication(a).ok).length;
  console.log(
    `   ${valid} of ${N} valid (${((valid / N) * 100).toFixed(1)}%); hand-written and library agree on ${agree}`,
  );
  const base = measure("hand-written check-only validator (limit)", N, (i) => handWritten(apps[i]), {
    samples: 3,
  });
  console.log(row(base));
  const zod = measure(
    "zod ApplicationSchema.safeParse",
    N,
    (i) => ApplicationSchema.safeParse(apps[i]).success,
    { samples: 3 },
  );
  console.log(row(zod, base));
  const parse = measure(
    "safeParseApplication (value or issues with paths)",
    N,
    (i) => safeParseApplication(apps[i]).ok,
    { samples: 3 },
  );
  console.log(row(parse, base));
  const check = measure(
    "checkEligibility(unknown): parse + rules",
    N,
    (i) => checkEligibility(apps[i]).eligible,
    { samples: 3 },
  );
  console.log(row(check, base));
  goal(
    ">= 50% of the hand-written validator's throughput (parse + check)",
    check.opsPerSec >= 0.5 * base.opsPerSec,
  );
}
