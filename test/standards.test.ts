import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import {
  allProjects,
  COUNTRY_CODES,
  CURRENCY_MINOR_UNITS,
  type CurrencyCode,
  fromMoneyJson,
  listEditions,
  money,
  ORGANISATION_TYPES,
  type SelectedProject,
  toMoneyJson,
  UNKNOWN_SUB_PROGRAM_ID,
} from "../src/index.js";
import { root } from "./doc-blocks.js";
import {
  csvCodes,
  docDefinitions,
  iatiCodes,
  STANDARDS_DIR,
  standardFile,
  standardJson,
} from "./standards-files.js";

/**
 * The records that docs/interoperability.md builds, checked against the official schemas and
 * codelists of the four standards (copies in test/standards/, each with its SOURCE.md and licence):
 * 360Giving 1.4.3, OCDS 1.1.5, IATI 2.03 (XSD, with libxml2's xmllint compiled to WebAssembly) and
 * CommonGrants core 0.4.0. The guide's own functions are run (`docDefinitions`), for every project and
 * every sub-program of every edition, not for the few the guide prints.
 */
const GUIDE = "docs/interoperability.md";

/** What a publisher's own records give (an amount, a recipient, a day): the data mostly has none of them. */
const RECORDS = {
  title: "Your title of the grant",
  awardDate: "2021-06-23",
  amountAwarded: 500_000_000,
  recipientOrganization: [{ id: "your-org-id-of-the-recipient", name: "The recipient in your records" }],
} as const;

type Grant = Record<string, unknown>;
type GrantOf = (
  p: SelectedProject,
) => { grant: Grant; missing: string[] } | { grant: undefined; notAGrant: string };

describe("360Giving 1.4.3: the guide's grants", () => {
  const { grantOf } = docDefinitions(GUIDE, "grantOf") as { grantOf: GrantOf };
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  // the schema's own annotations (SOURCE.md: 360Giving declares these custom keywords)
  for (const k of ["codelist", "openCodelist", "rollUp"]) ajv.addKeyword(k);
  const grantSchema = standardJson("360giving/360-giving-schema.json");
  const packageSchema = standardJson("360giving/360-giving-package-schema.json");
  // both declare the 2020-12 meta-schema by its http:// address; ajv knows it by https://
  grantSchema["$schema"] = packageSchema["$schema"] = "https://json-schema.org/draft/2020-12/schema";
  ajv.addSchema(grantSchema);
  const validate = ajv.compile(packageSchema);
  const results = allProjects().map((p) => ({ p, result: grantOf(p) }));
  // a grant for each demonstration; a planning project is a contract, not a grant (the guide)
  const grants = results.flatMap(({ p, result }) =>
    result.grant ? [{ id: p.id, grant: result.grant, missing: result.missing }] : [],
  );
  const fill = (grant: Grant, fields: readonly string[]): Grant => ({
    ...grant,
    ...Object.fromEntries(fields.map((f) => [f, RECORDS[f as keyof typeof RECORDS]])),
  });

  it("covers every project of every edition: a grant for each demonstration, a reason for the others", () => {
    expect(results).toHaveLength(allProjects().length);
    for (const { p, result } of results) {
      const demonstration = p.track.known && p.track.value === "solution-demonstration";
      expect(result.grant !== undefined, p.id).toBe(demonstration);
      if (!result.grant) expect(result.notAGrant, p.id).toMatch(/^not a grant: /);
    }
    expect(grants.length).toBeGreaterThanOrEqual(20);
    // amountAwarded only where a source states each project's amount: the 2022 demonstrations
    expect(grants.filter((g) => !g.missing.includes("amountAwarded")).map((g) => g.id)).toEqual([
      "2022-th-mukdahan",
      "2022-id-madiun",
    ]);
    for (const g of grants.filter((x) => x.id.startsWith("2022-"))) {
      expect(g.grant["amountAwarded"], g.id).toBe(400_000_000);
    }
  });

  it("each grant validates once the fields its `missing` names come from your records", () => {
    const failures = grants.flatMap((g) =>
      validate({ grants: [fill(g.grant, g.missing)] }) ? [] : [{ id: g.id, errors: validate.errors }],
    );
    expect(failures).toEqual([]);
    // and all of them in one package
    expect(validate({ grants: grants.map((g) => fill(g.grant, g.missing)) })).toBe(true);
  });

  it("`missing` names exactly what the schema requires and the data lacks: leave one out and it fails on that field", () => {
    for (const g of grants) {
      for (const field of g.missing) {
        const partial = fill(
          g.grant,
          g.missing.filter((f) => f !== field),
        );
        expect(validate({ grants: [partial] }), `${g.id} without ${field}`).toBe(false);
        const named = (validate.errors ?? []).flatMap((e) =>
          e.keyword === "required" ? [String(e.params["missingProperty"])] : [],
        );
        expect(named, `${g.id} without ${field}`).toContain(field);
        // the only other complaint is the alternative to an organisation (a person) that oneOf offers
        expect(
          named.filter((n) => n !== field && n !== "recipientIndividual"),
          g.id,
        ).toEqual([]);
      }
    }
  });

  it("writes its codes from 360Giving's codelists", () => {
    const countries = csvCodes("360giving/codelists/countryCode.csv");
    const currencies = csvCodes("360giving/codelists/currency.csv");
    for (const g of grants) {
      expect(currencies.has(String(g.grant["currency"])), g.id).toBe(true);
      for (const loc of g.grant["beneficiaryLocation"] as { countryCode: string }[]) {
        expect(countries.has(loc.countryCode), `${g.id}: ${loc.countryCode}`).toBe(true);
      }
    }
  });

  it("the schema check is real: a wrong type or a bad date is refused", () => {
    const g = grants.find((x) => x.id === "2021-tr-gaziantep");
    expect(g?.missing).toEqual(["amountAwarded"]);
    const ok = fill(g?.grant ?? {}, ["amountAwarded"]);
    expect(validate({ grants: [ok] })).toBe(true);
    expect(validate({ grants: [{ ...ok, amountAwarded: "500000000" }] })).toBe(false);
    expect(validate({ grants: [{ ...ok, awardDate: "2021-06" }] })).toBe(false);
  });
});

type ReleaseOf = (year: number, subProgramId: string, published: Date) => Record<string, unknown>;
interface Milestone {
  id: string;
  type: string;
  status?: string;
}
interface Party {
  id: string;
  roles: string[];
}

describe("OCDS 1.1.5: the guide's releases and milestones", () => {
  const { releaseOf } = docDefinitions(GUIDE, "releaseOf") as { releaseOf: ReleaseOf };
  const { contract, delivery } = docDefinitions(GUIDE, "contract", "delivery") as {
    contract: { implementation: { milestones: Milestone[] } };
    delivery: Record<string, unknown>;
  };
  const ajv = new AjvDraft04({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  // annotations of the OCDS schemas (SOURCE.md), not validation keywords
  for (const k of [
    "codelist",
    "openCodelist",
    "deprecated",
    "omitWhenMerged",
    "wholeListMerge",
    "versionId",
  ]) {
    ajv.addKeyword(k);
  }
  ajv.addSchema(standardJson("ocds/release-schema.json"));
  const validate = ajv.compile(standardJson("ocds/release-package-schema.json"));
  const pack = (releases: unknown[]) => ({
    uri: "https://example.org/k-city-network/releases.json",
    publishedDate: "2026-11-27T09:00:00+09:00",
    publisher: { name: "Your organisation" },
    version: "1.1",
    releases,
  });
  const published = new Date("2026-11-27T00:00:00Z");
  const releases = listEditions().flatMap((e) =>
    e.subPrograms.map((s) => ({ key: `${e.year} ${s.id}`, release: releaseOf(e.year, s.id, published) })),
  );

  it("a release of every sub-program's call validates, and all of them in one package", () => {
    expect(releases.length).toBeGreaterThanOrEqual(14);
    const failures = releases.flatMap((r) =>
      validate(pack([r.release])) ? [] : [{ key: r.key, errors: validate.errors }],
    );
    expect(failures).toEqual([]);
    expect(validate(pack(releases.map((r) => r.release)))).toBe(true);
  });

  it("documents carry a date-time, never a bare day, month or year", () => {
    const dates = releases.flatMap((r) => {
      const tender = r.release["tender"] as { documents: { datePublished?: string }[] };
      const awards = (r.release["awards"] ?? []) as { documents: { datePublished?: string }[] }[];
      return [...tender.documents, ...awards.flatMap((a) => a.documents)].flatMap((d) =>
        d.datePublished === undefined ? [] : [d.datePublished],
      );
    });
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000\+09:00$/);
  });

  it("a release is tagged award only when it has awards, and its id is the publication's", () => {
    for (const { key, release } of releases) {
      const awards = release["awards"] as unknown[] | undefined;
      expect(awards === undefined || awards.length > 0, key).toBe(true);
      expect(release["tag"], key).toEqual(awards ? ["tender", "award"] : ["tender"]);
      expect(String(release["id"]), key).toContain(published.toISOString());
    }
    expect(releases.some((r) => r.release["awards"] === undefined)).toBe(true);
  });

  it("the guide's delivery process, with its contract and milestones, validates", () => {
    expect(validate(pack([delivery])), JSON.stringify(validate.errors)).toBe(true);
    const milestones = contract.implementation.milestones;
    // six milestones of the schedule, and one payment milestone for each of its three tranches
    expect(milestones).toHaveLength(9);
    expect(milestones.filter((m) => m.type === "payment").map((m) => m.status)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    const related = delivery["relatedProcesses"] as { relationship: string[]; identifier: string }[];
    expect(related.map((r) => r.relationship)).toEqual([["planning"]]);
    expect(releases.map((r) => r.release["ocid"])).toContain(related[0]?.identifier);
  });

  it("writes its codes from the OCDS codelists", () => {
    const roles = csvCodes("ocds/codelists/partyRole.csv");
    const tags = csvCodes("ocds/codelists/releaseTag.csv");
    const initiation = csvCodes("ocds/codelists/initiationType.csv");
    for (const { key, release } of releases) {
      for (const p of release["parties"] as Party[]) {
        for (const role of p.roles) expect(roles.has(role), `${key}: ${role}`).toBe(true);
      }
      for (const tag of release["tag"] as string[]) expect(tags.has(tag), `${key}: ${tag}`).toBe(true);
      expect(initiation.has(String(release["initiationType"]))).toBe(true);
    }
    const types = csvCodes("ocds/codelists/milestoneType.csv");
    const statuses = csvCodes("ocds/codelists/milestoneStatus.csv");
    for (const m of contract.implementation.milestones) {
      expect(types.has(m.type), m.type).toBe(true);
      if (m.status !== undefined) expect(statuses.has(m.status), m.status).toBe(true);
    }
  });

  it("the schema check is real: a release without its ocid, or with a bad date-time, is refused", () => {
    const r = releases[0]?.release ?? {};
    const { ocid: _, ...noOcid } = r;
    expect(validate(pack([noOcid]))).toBe(false);
    expect(validate(pack([{ ...r, date: "2026-11-27" }]))).toBe(false);
  });
});

type ActivityOf = (
  id: string,
  records?: {
    status?: number;
    dates?: readonly [number, string][];
    budgetPeriod?: readonly [string, string];
  },
) => { xml: string[]; missing: string[] };

describe("IATI 2.03: the guide's activities", () => {
  const { activityOf } = docDefinitions(GUIDE, "activityOf") as { activityOf: ActivityOf };
  // the activities of projects whose sub-program is known (the guide: a 2020 project of an unknown
  // sub-program gets the edition as its parent instead)
  const projects = allProjects().filter((p) => p.subProgramId !== UNKNOWN_SUB_PROGRAM_ID);
  const schema = {
    schema: {
      fileName: "iati-activities-schema.xsd",
      contents: standardFile("iati/iati-activities-schema.xsd"),
    },
    preload: [
      { fileName: "iati-common.xsd", contents: standardFile("iati/iati-common.xsd") },
      { fileName: "xml.xsd", contents: standardFile("iati/xml.xsd") },
    ],
  };
  /** The XSD's verdict on a file of activities, with libxml2's messages. */
  const check = async (activities: readonly string[][]) => {
    const xml = [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<iati-activities version="2.03" generated-datetime="2026-11-27T09:00:00+09:00">`,
      ...activities.flat(),
      `</iati-activities>`,
    ].join("\n");
    const r = await validateXML({ xml: { fileName: "activities.xml", contents: xml }, ...schema });
    return { valid: r.valid, errors: r.errors.map((e) => e.message) };
  };
  // your lifecycle record: in progress (2), planned start on a day you know (1); a budget's period
  const records = {
    status: 2,
    dates: [[1, "2021-07-01"]] as [number, string][],
    budgetPeriod: ["2022-07-01", "2023-06-30"] as const,
  };

  it("every activity whose `missing` is empty validates against the XSD, in one file", async () => {
    const complete = projects.map((p) => activityOf(p.id, records)).filter((a) => a.missing.length === 0);
    expect(complete.length).toBeGreaterThan(30);
    // a budget (the 2022 demonstrations, one of them titled) and the secretariats (role 3) among them
    const budgets = projects.filter((p) =>
      activityOf(p.id, records).xml.some((l) => l.startsWith("<budget")),
    );
    expect(budgets.map((p) => p.id)).toEqual(["2022-th-mukdahan", "2022-id-madiun"]);
    expect(complete.some((a) => a.xml.some((l) => l.startsWith("<budget")))).toBe(true);
    expect(complete.some((a) => a.xml.some((l) => l.includes('role="3"')))).toBe(true);
    expect(await check(complete.map((a) => a.xml))).toEqual({ valid: true, errors: [] });
  });

  it("`missing` names what the XSD requires: an activity without a title or a status is refused", async () => {
    const untitled = projects.map((p) => activityOf(p.id, records)).filter((a) => a.missing.length > 0);
    expect(untitled.length).toBeGreaterThan(0);
    for (const a of untitled) {
      expect(a.missing).toEqual(["title"]);
      const r = await check([a.xml]);
      expect(r.valid).toBe(false);
      expect(r.errors.join("\n")).toMatch(/Expected is \( title \)/);
    }
    const noStatus = activityOf("2021-tr-gaziantep");
    expect(noStatus.missing).toEqual(["activity-status", "activity-date"]);
    const r = await check([noStatus.xml]);
    expect(r.valid).toBe(false);
    expect(r.errors.join("\n")).toMatch(/activity-status/);
  });

  it("writes its codes from the IATI codelists", () => {
    const roles = iatiCodes("codelists/OrganisationRole.xml");
    const types = iatiCodes("codelists-nonembedded/OrganisationType.xml");
    const statuses = iatiCodes("codelists/ActivityStatus.xml");
    const dateTypes = iatiCodes("codelists/ActivityDateType.xml");
    const countries = iatiCodes("codelists-nonembedded/Country.xml");
    const currencies = iatiCodes("codelists-nonembedded/Currency.xml");
    for (const p of projects) {
      const xml = activityOf(p.id, records).xml.join("\n");
      const attr = (element: string, name: string) =>
        [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, "g"))].map((m) => m[1] ?? "");
      for (const c of attr("participating-org", "role"))
        expect(roles.has(c), `${p.id}: role ${c}`).toBe(true);
      // the implementer's type only from your records: the data types no company or executor
      expect(xml, p.id).not.toMatch(/<participating-org role="4" type=/);
      for (const c of [...attr("participating-org", "type"), ...attr("reporting-org", "type")]) {
        expect(types.has(c), `${p.id}: type ${c}`).toBe(true);
      }
      for (const c of attr("activity-status", "code")) expect(statuses.has(c)).toBe(true);
      for (const c of attr("activity-date", "type")) expect(dateTypes.has(c)).toBe(true);
      for (const c of attr("recipient-country", "code")) expect(countries.has(c), `${p.id}: ${c}`).toBe(true);
      for (const c of attr("iati-activity", "default-currency")) expect(currencies.has(c)).toBe(true);
    }
  });
});

type OpportunityOf = (year: number, subProgramId: string, asOf: string) => Record<string, unknown>;

describe("CommonGrants core 0.4.0: the guide's opportunities", () => {
  const { opportunityOf } = docDefinitions(GUIDE, "opportunityOf") as { opportunityOf: OpportunityOf };
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  // the schemas $ref one another by file name: all are loaded before any is compiled
  for (const f of readdirSync(join(STANDARDS_DIR, "commongrants", "json"))) {
    ajv.addSchema(standardJson(`commongrants/json/${f}`));
  }
  const validate = ajv.getSchema("OpportunityBase.yaml");
  // what your API adds: the opportunity's id and the record's times
  const api = {
    id: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    createdAt: "2026-11-27T00:00:00Z",
    lastModifiedAt: "2026-11-27T00:00:00Z",
  };
  // each call before, during and after its intake, and a year on
  const cases = listEditions().flatMap((e) =>
    e.subPrograms.flatMap((s) =>
      ["01-15T00:00:00Z", "03-15T00:00:00Z", "06-30T00:00:00Z", "12-31T00:00:00Z"].map((day) => ({
        key: `${e.year} ${s.id} ${e.year}-${day}`,
        opportunity: { ...api, ...opportunityOf(e.year, s.id, `${e.year}-${day}`) } as Record<
          string,
          unknown
        >,
      })),
    ),
  );

  it("an opportunity of every sub-program at every point of its intake validates", () => {
    expect(validate).toBeDefined();
    expect(cases.length).toBeGreaterThanOrEqual(56);
    const failures = cases.flatMap((c) =>
      validate?.(c.opportunity) ? [] : [{ key: c.key, errors: validate?.errors }],
    );
    expect(failures).toEqual([]);
  });

  it("uses statuses of each kind the standard has", () => {
    const values = new Set(cases.map((c) => (c.opportunity["status"] as { value: string }).value));
    expect([...values].sort()).toEqual(["closed", "custom", "forecasted", "open"]);
    const custom = new Set(
      cases.map((c) => (c.opportunity["status"] as { customValue?: string }).customValue).filter(Boolean),
    );
    expect([...custom].sort()).toEqual(["unconfirmed", "unknown"]);
  });

  it("writes no approximate amount as a bound and no target as a minimum of 0", () => {
    for (const c of cases) {
      const f = (c.opportunity["funding"] ?? {}) as Record<string, unknown>;
      expect(f["minAwardCount"], c.key).not.toBe(0);
      if (f["estimatedAwardCount"] !== undefined) expect(f["minAwardCount"], c.key).toBeUndefined();
    }
    const approx = cases.filter((c) => c.key.startsWith("2026 "));
    for (const c of approx) {
      const f = c.opportunity["funding"] as Record<string, unknown>;
      expect(f["maxAwardAmount"], c.key).toBeUndefined();
      expect(String(f["details"]), c.key).toMatch(/^About KRW \d+ million per project\.$/);
    }
  });

  it("the schema check is real: an unknown key, or an amount as a number, is refused", () => {
    const o: Record<string, unknown> =
      cases.find((c) => c.key.startsWith("2021 smart-city-planning"))?.opportunity ?? {};
    expect(validate?.(o)).toBe(true);
    // the opportunity itself takes other keys; its status, funding and key dates do not
    const status = o["status"] as Record<string, unknown>;
    expect(validate?.({ ...o, status: { ...status, label: "Open" } })).toBe(false);
    const funding = o["funding"] as Record<string, unknown>;
    expect(
      validate?.({ ...o, funding: { ...funding, maxAwardAmount: { amount: 600000000, currency: "KRW" } } }),
    ).toBe(false);
  });
});

describe("CommonGrants core 0.4.0: the library's money JSON is CommonGrants Money", () => {
  const ajv = new Ajv2020({ allErrors: true });
  ajv.addSchema(standardJson("commongrants/json/decimalString.json"));
  const validate = ajv.compile(standardJson("commongrants/json/Money.json"));
  const currencies = Object.keys(CURRENCY_MINOR_UNITS) as CurrencyCode[];

  it("toMoneyJson of any amount in any currency the library knows validates", () => {
    fc.assert(
      fc.property(fc.constantFrom(...currencies), fc.bigInt(-(10n ** 30n), 10n ** 30n), (currency, minor) => {
        const scale = CURRENCY_MINOR_UNITS[currency];
        const digits = (minor < 0n ? -minor : minor).toString().padStart(scale + 1, "0");
        const text = `${minor < 0n ? "-" : ""}${scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`}`;
        const json = toMoneyJson(money(currency, text));
        expect(validate(json), JSON.stringify(json)).toBe(true);
        expect(fromMoneyJson(json).amount).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it("fromMoneyJson reads the standard's own examples of Money", () => {
    const examples = (standardJson("commongrants/json/Money.json")["examples"] ?? []) as {
      amount: string;
      currency: string;
    }[];
    expect(examples.map((e) => `${e.amount} ${e.currency}`)).toEqual([
      "-50.50 USD",
      "5000 EUR",
      "10000.50 USD",
    ]);
    expect(examples.map((e) => validate(e))).toEqual([true, true, true]);
    expect(examples.map((e) => fromMoneyJson(e).amount)).toEqual([-5050n, 500000n, 1000050n]);
  });
});

describe("the library's own codes are the standards' codes", () => {
  it("every organisation type's IATI code is in IATI's OrganisationType codelist", () => {
    const types = iatiCodes("codelists-nonembedded/OrganisationType.xml");
    for (const t of ORGANISATION_TYPES) expect(types.has(t.iatiCode), `${t.id}: ${t.iatiCode}`).toBe(true);
  });

  it("every country code is an ISO 3166-1 code in the IATI and 360Giving lists", () => {
    const iati = iatiCodes("codelists-nonembedded/Country.xml");
    const giving = csvCodes("360giving/codelists/countryCode.csv");
    for (const c of COUNTRY_CODES) {
      expect(iati.has(c), c).toBe(true);
      expect(giving.has(c), c).toBe(true);
    }
  });

  it("every currency `convert` knows is an ISO 4217 code in use (IATI, OCDS)", () => {
    const iati = iatiCodes("codelists-nonembedded/Currency.xml");
    const ocds = csvCodes("ocds/codelists/currency.csv");
    for (const c of Object.keys(CURRENCY_MINOR_UNITS)) {
      expect(iati.has(c), c).toBe(true);
      expect(ocds.has(c), c).toBe(true);
    }
  });
});

// CI and every developer have the project's shared/ folder beside the clone; a clone elsewhere does
// not, and this one test is skipped there.
const SHARED = join(root, "..", "shared", "reference", "schemas");

describe("the copies in test/standards/", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
    );

  it("each standard's copy keeps its licence and the note of where it comes from", () => {
    for (const s of ["360giving", "ocds", "iati", "commongrants"]) {
      expect(existsSync(join(STANDARDS_DIR, s, "SOURCE.md")), s).toBe(true);
      expect(
        readdirSync(join(STANDARDS_DIR, s)).some((f) => f.startsWith("LICENSE")),
        s,
      ).toBe(true);
    }
  });

  it.skipIf(!existsSync(SHARED))("are byte for byte the files of shared/reference/schemas", () => {
    const ours = files(STANDARDS_DIR);
    expect(ours.length).toBeGreaterThan(40);
    for (const f of ours) {
      const rel = relative(STANDARDS_DIR, f);
      expect(readFileSync(f).equals(readFileSync(join(SHARED, rel))), rel).toBe(true);
    }
  });
});
