/**
 * The hand-written validator behind {@link safeParseApplication}: the same verdict as
 * {@link ApplicationSchema} (checked by property tests), several times faster, with issues that carry
 * the path, a stable code and messages in English and Korean.
 *
 * @internal
 * @module
 */

import { freeze } from "../core/freeze.js";
import { isRecord } from "../core/isObject.js";
import { issueOf } from "../core/issue.js";
import { receivedKo, typeKo } from "../core/ko.js";
import { AMOUNT_RE, charCount, DATE_RE, DATE_TIME_RE, fits, ID_RE, VISIBLE } from "../core/patterns.js";
import { type FieldPath, type Issue, ok } from "../core/result.js";
import { where } from "../core/zodIssues.js";
import { describeReceived } from "../errors.js";
import { isKrw, krw } from "../money/index.js";
import { type Application, type ConsortiumMember, APPLICATION_LIMITS as L } from "./application.js";
import type { ConsortiumRole } from "./consortiumRoles.js";
import { isCountryCode, readKrwText } from "./deps.js";
import type { ApplicationIssueCode } from "./eligibilityIssue.js";
import { isOrganisationType, ORGANISATION_TYPE_IDS, type OrganisationTypeId } from "./organisationTypes.js";

type Obj = Record<string, unknown>;

const ROOT_KEYS = new Set([
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
const SITE_KEYS = new Set(["country", "city"]);
const MEMBER_KEYS = new Set(["name", "type", "country", "role", "receivesFunds"]);
const CONSULT_KEYS = new Set(["with", "on"]);
const JOINT_KEYS = new Set(["with", "type", "country"]);
const MONEY_KEYS = new Set(["amount", "currency"]);
const ROLES = new Set(["lead", "host", "partner", "member"]);
const JOINT_TYPES = new Set(["foreign-central-government", "foreign-local-government"]);

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && Number.isNaN(v)) return "NaN";
  return typeof v;
}

type Key = string | number;

/** Builds a path only when an issue is reported (valid input allocates none). */
function at(...keys: (Key | undefined)[]): FieldPath {
  return keys.filter((k) => k !== undefined) as Key[];
}

class Collector {
  declare issues: Issue<ApplicationIssueCode>[] | undefined;

  add(
    code: ApplicationIssueCode,
    path: FieldPath,
    en: string,
    ko: string,
    expected: string,
    received: unknown,
  ): void {
    const at = where(path);
    if (this.issues === undefined) this.issues = [];
    this.issues.push(
      issueOf(code, path, `${en} at ${at}`, `${at}: ${ko}`, {
        expected,
        received: describeReceived(received),
      }),
    );
  }

  type(path: FieldPath, expected: string, value: unknown): void {
    const missing = value === undefined;
    this.add(
      "INVALID_TYPE",
      path,
      missing
        ? `Missing required field (expected ${expected})`
        : `Expected ${expected}, received ${typeName(value)}`,
      missing
        ? `필수 항목이 없습니다 (${typeKo(expected)} 필요)`
        : `${typeKo(expected)} 필요, 받은 값 ${receivedKo(value)}`,
      expected,
      value,
    );
  }

  unknownKeys(o: Obj, allowed: ReadonlySet<string>, a?: Key, b?: Key): void {
    for (const k in o) {
      if (!allowed.has(k) && Object.hasOwn(o, k)) {
        const parent = at(a, b);
        this.add(
          "UNKNOWN_KEY",
          [...parent, k],
          `Unknown key "${k}"; only the documented keys are accepted`,
          `알 수 없는 키 "${k}": 문서에 있는 키만 허용됩니다`,
          "a documented key",
          k,
        );
      }
    }
  }

  /** Whether `v` is a string; reports it when not. */
  str(v: unknown, a: Key, b?: Key, c?: Key): v is string {
    if (typeof v === "string") return true;
    this.type(at(a, b, c), "string", v);
    return false;
  }

  text(v: unknown, max: number, a: Key, b?: Key, c?: Key): v is string {
    // the common case first; the rest explains a failure
    if (typeof v === "string" && fits(v, max) && VISIBLE.test(v)) return true;
    if (!this.str(v, a, b, c)) return false;
    const n = v.length > max ? charCount(v) : v.length;
    if (n >= 1 && n <= max)
      return this.pattern(
        v,
        VISIBLE,
        "a text with a visible character",
        "보이는 글자가 있는 텍스트",
        a,
        b,
        c,
      );
    if (n < 1)
      this.add("TOO_SMALL", at(a, b, c), "Expected at least 1 character", "1자 이상 필요", "string >= 1", v);
    else
      this.add(
        "TOO_BIG",
        at(a, b, c),
        `Expected at most ${max} characters, received ${n}`,
        `${max}자 이하 필요 (받은 길이 ${n})`,
        `string <= ${max}`,
        v,
      );
    return false;
  }

  pattern(v: unknown, re: RegExp, what: string, ko: string, a: Key, b?: Key, c?: Key): v is string {
    if (!this.str(v, a, b, c)) return false;
    if (re.test(v)) return true;
    this.add(
      "INVALID_FORMAT",
      at(a, b, c),
      `Expected ${what}, received ${describeReceived(v)}`,
      `${ko} 필요, 받은 값 ${receivedKo(v)}`,
      what,
      v,
    );
    return false;
  }

  /** The amount of the requested funding's money form: won as digits. */
  amount(v: unknown): v is string {
    return this.pattern(
      v,
      AMOUNT_RE,
      "won as 1 to 15 digits",
      "1~15자리 숫자의 원 금액",
      "requestedFunding",
      "amount",
    );
  }

  country(v: unknown, a: Key, b?: Key, c?: Key): v is string {
    if (isCountryCode(v)) return true;
    this.add(
      "INVALID_COUNTRY_CODE",
      at(a, b, c),
      `Expected an ISO 3166-1 alpha-2 country code in upper case such as "KE" (the United Kingdom is "GB"), received ${describeReceived(v)}`,
      `대문자 ISO 3166-1 alpha-2 국가 코드(예: "KE", 영국은 "GB") 필요, 받은 값 ${receivedKo(v)}`,
      "an ISO 3166-1 alpha-2 code",
      v,
    );
    return false;
  }

  id(v: unknown, a: Key): v is string {
    if (!this.text(v, L.idMax, a)) return false;
    return this.pattern(v, ID_RE, "a kebab-case id", "케밥 표기 ID", a);
  }

  oneOf(v: unknown, good: boolean, list: string, a: Key, b?: Key, c?: Key): boolean {
    if (!good) {
      this.add(
        "INVALID_VALUE",
        at(a, b, c),
        `Expected one of ${list}, received ${describeReceived(v)}`,
        `${list} 중 하나 필요, 받은 값 ${receivedKo(v)}`,
        `one of ${list}`,
        v,
      );
    }
    return good;
  }

  object(v: unknown, a?: Key, b?: Key): v is Obj {
    if (!isRecord(v)) {
      this.type(at(a, b), "object", v);
      return false;
    }
    return true;
  }
}

const TYPES_LIST = ORGANISATION_TYPE_IDS.join(", ");
const ROLES_LIST = '"lead", "host", "partner", "member"';

/**
 * Validates the JSON form of an application and builds the frozen typed value, or lists every issue.
 *
 * @internal
 */
export function validateApplication(
  input: unknown,
):
  | { readonly ok: true; readonly value: Application }
  | { readonly ok: false; readonly issues: readonly Issue<ApplicationIssueCode>[] } {
  const r = checkApplication(input);
  if (typeof r !== "bigint") return { ok: false, issues: r };
  return ok(buildApplication(input as Obj, r));
}

/**
 * Checks the JSON form without building the typed value: the requested amount in won when valid,
 * else every issue. checkEligibility reads a checked input in place.
 *
 * @internal
 */
export function checkApplication(input: unknown): bigint | Issue<ApplicationIssueCode>[] {
  const c = new Collector();
  if (!c.object(input)) return c.issues as Issue<ApplicationIssueCode>[];
  const o = input;
  c.unknownKeys(o, ROOT_KEYS);

  // a number when it is an integer (Number.isInteger and Number.isFinite are false for any other type)
  const year = o["year"] as number;
  if (!Number.isInteger(year)) c.type(["year"], Number.isFinite(year) ? "int" : "number", year);
  else if (year < L.yearMin || year > L.yearMax) {
    c.add(
      year < L.yearMin ? "TOO_SMALL" : "TOO_BIG",
      ["year"],
      `Expected a year from ${L.yearMin} to ${L.yearMax}, received ${year}`,
      `${L.yearMin}~${L.yearMax}년 필요, 받은 값 ${year}`,
      `${L.yearMin} <= year <= ${L.yearMax}`,
      year,
    );
  }
  c.id(o["subProgramId"], "subProgramId");
  c.text(o["title"], L.titleMax, "title");

  const site = o["site"];
  if (c.object(site, "site")) {
    c.unknownKeys(site, SITE_KEYS, "site");
    c.country(site["country"], "site", "country");
    c.text(site["city"], L.cityMax, "site", "city");
  }

  const cons = o["consortium"];
  if (!Array.isArray(cons)) c.type(["consortium"], "array", cons);
  else if (cons.length < L.consortiumMin) {
    c.add(
      "TOO_SMALL",
      ["consortium"],
      "Expected at least one organisation in the consortium",
      "컨소시엄에 기관이 하나 이상 필요합니다",
      "array >= 1",
      cons,
    );
  } else if (cons.length > L.consortiumMax) {
    c.add(
      "TOO_BIG",
      ["consortium"],
      `Expected at most ${L.consortiumMax} organisations, received ${cons.length}`,
      `기관은 ${L.consortiumMax}개 이하여야 합니다 (받은 수 ${cons.length})`,
      `array <= ${L.consortiumMax}`,
      cons,
    );
  } else {
    const before = c.issues?.length ?? 0;
    let leads = 0;
    for (let i = 0; i < cons.length; i++) {
      const m: unknown = cons[i];
      if (!c.object(m, "consortium", i)) continue;
      c.unknownKeys(m, MEMBER_KEYS, "consortium", i);
      c.text(m["name"], L.nameMax, "consortium", i, "name");
      const type = m["type"];
      c.oneOf(type, isOrganisationType(type), TYPES_LIST, "consortium", i, "type");
      c.country(m["country"], "consortium", i, "country");
      const role = m["role"];
      if (
        c.oneOf(role, typeof role === "string" && ROLES.has(role), ROLES_LIST, "consortium", i, "role") &&
        role === "lead"
      )
        leads++;
      const rf = m["receivesFunds"];
      if (rf !== undefined && typeof rf !== "boolean")
        c.type(["consortium", i, "receivesFunds"], "boolean", rf);
    }
    if ((c.issues?.length ?? 0) === before && leads !== 1) {
      c.add(
        "LEAD_COUNT",
        ["consortium"],
        `Expected exactly one organisation with role "lead", received ${leads}`,
        `역할이 "lead"인 기관이 정확히 하나여야 합니다 (받은 수 ${leads})`,
        "exactly one lead",
        cons,
      );
    }
  }

  const f = o["requestedFunding"];
  let amount: bigint | undefined;
  if (typeof f === "string") {
    const n = charCount(f);
    if (n < 1 || n > L.fundingTextMax) {
      c.add(
        n < 1 ? "TOO_SMALL" : "TOO_BIG",
        ["requestedFunding"],
        `Expected a funding text of 1 to ${L.fundingTextMax} characters, received ${n}`,
        `금액 텍스트는 1~${L.fundingTextMax}자여야 합니다 (받은 길이 ${n})`,
        `string of 1 to ${L.fundingTextMax}`,
        f,
      );
    } else {
      const read = readKrwText(f);
      if (typeof read === "bigint") amount = read;
      else
        c.add(
          "INVALID_AMOUNT",
          ["requestedFunding"],
          read.en,
          read.ko,
          'an amount of won such as "4억 5,000만 원" or "400M"',
          f,
        );
    }
  } else if (isMoneyJson(f)) {
    amount = BigInt(f["amount"] as string);
  } else if (isKrw(f)) {
    // the Krw of a parsed application: parsing a parsed application gives it back
    if (c.amount(`${f.amount}`)) amount = f.amount;
  } else if (isRecord(f)) {
    // the money JSON form: say which of its fields is wrong (most often an amount given as a number)
    const m = f as Obj;
    c.unknownKeys(m, MONEY_KEYS, "requestedFunding");
    c.amount(m["amount"]);
    c.oneOf(m["currency"], m["currency"] === "KRW", '"KRW"', "requestedFunding", "currency");
  } else {
    c.add(
      "INVALID_UNION",
      ["requestedFunding"],
      `Expected the money JSON form {"amount": "400000000", "currency": "KRW"} or a text such as "4억 원", received ${describeReceived(f)}`,
      `{"amount": "400000000", "currency": "KRW"} 형식이나 "4억 원" 같은 금액 텍스트 필요, 받은 값 ${receivedKo(f)}`,
      "money JSON or amount text",
      f,
    );
  }

  const sub = o["submittedAt"];
  if (
    sub !== undefined &&
    c.pattern(
      sub,
      DATE_TIME_RE,
      'an ISO 8601 date-time with an offset, such as "2024-03-19T18:00:00+09:00"',
      '오프셋이 있는 ISO 8601 일시(예: "2024-03-19T18:00:00+09:00")',
      "submittedAt",
    ) &&
    sub.length > L.dateTimeMax
  ) {
    c.add(
      "TOO_BIG",
      ["submittedAt"],
      `Expected at most ${L.dateTimeMax} characters`,
      `${L.dateTimeMax}자 이하 필요`,
      `string <= ${L.dateTimeMax}`,
      sub,
    );
  }
  const pc = o["priorConsultation"];
  if (pc !== undefined && c.object(pc, "priorConsultation")) {
    c.unknownKeys(pc, CONSULT_KEYS, "priorConsultation");
    c.text(pc["with"], L.nameMax, "priorConsultation", "with");
    c.pattern(
      pc["on"],
      DATE_RE,
      'a day such as "2024-01-15"',
      '날짜(예: "2024-01-15")',
      "priorConsultation",
      "on",
    );
  }
  const ja = o["jointApplication"];
  if (ja !== undefined && c.object(ja, "jointApplication")) {
    c.unknownKeys(ja, JOINT_KEYS, "jointApplication");
    c.text(ja["with"], L.nameMax, "jointApplication", "with");
    const jt = ja["type"];
    c.oneOf(
      jt,
      typeof jt === "string" && JOINT_TYPES.has(jt),
      '"foreign-central-government", "foreign-local-government"',
      "jointApplication",
      "type",
    );
    c.country(ja["country"], "jointApplication", "country");
  }
  const cont = o["continues"];
  if (cont !== undefined) c.id(cont, "continues");

  if (c.issues !== undefined) return c.issues;
  return amount as bigint;
}

/** Builds the frozen typed application from a checked input. */
/** @internal Builds the frozen {@link Application} from checked input (its JSON form). */
export function buildApplication(input: object, amount: bigint): Application {
  const o = input as Obj;
  const s = o["site"] as Obj;
  const members = o["consortium"] as Obj[];
  const sub = o["submittedAt"];
  const pc = o["priorConsultation"] as Obj | undefined;
  const ja = o["jointApplication"] as Obj | undefined;
  const cont = o["continues"];
  const built: ConsortiumMember[] = new Array(members.length);
  for (let i = 0; i < members.length; i++) {
    const m = members[i] as Obj;
    built[i] = freeze({
      name: m["name"] as string,
      type: m["type"] as OrganisationTypeId,
      country: m["country"] as string,
      role: m["role"] as ConsortiumRole,
      receivesFunds: m["receivesFunds"] === true,
    });
  }
  const app: { -readonly [K in keyof Application]: Application[K] } = {
    year: o["year"] as number,
    subProgramId: o["subProgramId"] as string,
    title: o["title"] as string,
    site: freeze({ country: s["country"] as string, city: s["city"] as string }),
    consortium: freeze(built),
    requestedFunding: krw(amount),
  };
  if (sub !== undefined) app.submittedAt = sub as string;
  if (pc !== undefined)
    app.priorConsultation = freeze({ with: pc["with"] as string, on: pc["on"] as string });
  if (ja !== undefined) {
    app.jointApplication = freeze({
      with: ja["with"] as string,
      type: ja["type"] as "foreign-central-government",
      country: ja["country"] as string,
    });
  }
  if (cont !== undefined) app.continues = cont as string;
  return freeze(app);
}

function isMoneyJson(f: unknown): f is Obj {
  if (!isRecord(f)) return false;
  const o = f as Obj;
  for (const k in o) if (!MONEY_KEYS.has(k) && Object.hasOwn(o, k)) return false;
  const a = o["amount"];
  return typeof a === "string" && AMOUNT_RE.test(a) && o["currency"] === "KRW";
}
