import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONSORTIUM_ROLE_IDS, CONSORTIUM_ROLES } from "./consortiumRoles.js";
import {
  getOrganisationType,
  isOrganisationType,
  ORGANISATION_TYPE_IDS,
  ORGANISATION_TYPES,
} from "./organisationTypes.js";

const iati = readFileSync(
  // A copy of the upstream codelist, with its provenance in test/fixtures/README.md.
  new URL("../../test/fixtures/iati-OrganisationType.xml", import.meta.url),
  "utf8",
);
const iatiCodes = [...iati.matchAll(/<code>(\d+)<\/code>/g)].map((m) => m[1]);

describe("organisation types codelist", () => {
  it("has unique kebab-case ids with en and ko labels", () => {
    expect(new Set(ORGANISATION_TYPE_IDS).size).toBe(ORGANISATION_TYPE_IDS.length);
    for (const t of ORGANISATION_TYPES) {
      expect(t.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.label.en.length).toBeGreaterThan(0);
      expect(t.label.ko).toMatch(/[가-힣]/);
    }
  });
  it("maps every type to a code of the IATI OrganisationType codelist", () => {
    expect(iatiCodes.length).toBeGreaterThan(10);
    for (const t of ORGANISATION_TYPES) expect(iatiCodes).toContain(t.iatiCode);
    expect(getOrganisationType("foreign-central-government").iatiCode).toBe("10");
    expect(getOrganisationType("foreign-local-government").iatiCode).toBe("11");
    expect(getOrganisationType("international-organisation").iatiCode).toBe("40");
    expect(getOrganisationType("university").iatiCode).toBe("80");
  });
  it("recognises only its own ids", () => {
    expect(isOrganisationType("korean-company")).toBe(true);
    for (const bad of ["__proto__", "constructor", "toString", "", null, 1, {}])
      expect(isOrganisationType(bad)).toBe(false);
  });
  it("has the four consortium roles with labels", () => {
    expect(CONSORTIUM_ROLE_IDS).toEqual(["lead", "host", "partner", "member"]);
    for (const r of CONSORTIUM_ROLES) expect(r.label.ko).toMatch(/[가-힣]/);
  });
});
