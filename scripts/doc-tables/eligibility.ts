import type { Fact } from "../../src/core/fact.js";
import {
  APPLICATION_LIMITS,
  CONSORTIUM_ROLES,
  ELIGIBILITY_ISSUE_CODES,
  ELIGIBILITY_RULES,
  getOrganisationType,
  ORGANISATION_TYPES,
  type OrganisationTypeId,
} from "../../src/eligibility/index.js";
import { EDITIONS } from "../../src/programs/index.js";
import { rangeText } from "../docTables.js";

const esc = (s: string) => s.replace(/\|/g, "\\|");
const types = (ids: readonly OrganisationTypeId[]) =>
  ids.map((id) => getOrganisationType(id).label.en).join(", ");
const src = (f: Fact<unknown>) => (f.sources.length ? ` [${f.sources.join(", ")}]` : "");

function cell<T>(f: Fact<T>, show: (v: T) => string): string {
  if (!f.known) return esc(`**unknown**: ${f.note}${src(f)}`);
  const mark =
    f.reliability === "inferred"
      ? " *(inferred)*"
      : f.reliability === "machine-translated"
        ? " *(machine-translated)*"
        : "";
  return esc(`${show(f.value)}${mark}${src(f)}`);
}

function rulesTable(): string {
  const out: string[] = [];
  for (const edition of ELIGIBILITY_RULES) {
    const data = EDITIONS.find((e) => e.year === edition.year);
    out.push(`### ${edition.year}`, "", `${edition.change.en} (${edition.change.ko})`, "");
    out.push(
      "| sub-program | lead applicant | prior consultation | joint application | overseas public partner | who receives the subsidy | intake (Korea time) | funding per project (call) |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const r of edition.subPrograms) {
      const sub = data?.subPrograms.find((s) => s.id === r.subProgramId);
      const intake = !sub
        ? "—"
        : sub.intake.kind === "call"
          ? `call ${cell(sub.intake.opens, String)} to ${cell(sub.intake.closes, (d) => `${d} (end of day)`)}`
          : `year-round from ${cell(sub.intake.opens, String)}; cutoff ${cell(sub.intake.cutoff, String)}; later proposals roll over to ${sub.intake.rollsOverTo}`;
      const funding = !sub
        ? "—"
        : sub.funding.call.known
          ? cell(sub.funding.call, (r) => `${sub.funding.approximate ? "about " : ""}${rangeText(r)}`)
          : `${cell(sub.funding.call, String)}; awarded ${cell(sub.funding.awarded, rangeText)}`;
      out.push(
        `| \`${r.subProgramId}\` | ${cell(r.leadTypes, types)} | ${cell(r.priorConsultation, (v) => (v ? "required" : "not required"))} | ${cell(r.jointApplication, (v) => (v === null ? "—" : `${types(v.applicants)} with ${types(v.with)}`))} | ${cell(r.overseasPublicPartner, (v) => (v === null ? "—" : `required: ${types(v)} (based outside Korea)`))} | ${cell(r.fundsRecipients, (v) => (v.kind === "executor-only" ? "the Korean executor chosen by tender" : v.excluded.length ? `consortium members except ${types(v.excluded)}${v.excludedOverseas?.length ? `, and ${types(v.excludedOverseas)} based outside Korea` : ""}` : "consortium members"))} | ${intake} | ${funding} |`,
      );
    }
    out.push("");
  }
  return out.join("\n");
}

export const generators = {
  "eligibility-rules": rulesTable,
  "eligibility-codes": (): string =>
    [
      "| code | usual severity | English | 한국어 |",
      "| --- | --- | --- | --- |",
      ...Object.entries(ELIGIBILITY_ISSUE_CODES).map(
        ([code, l]) => `| \`${code}\` | ${l.severity} | ${l.en} | ${l.ko} |`,
      ),
    ].join("\n"),
  "organisation-types": (): string =>
    [
      "| id | English | 한국어 | IATI OrganisationType | based | public body |",
      "| --- | --- | --- | --- | --- | --- |",
      ...ORGANISATION_TYPES.map(
        (t) =>
          `| \`${t.id}\` | ${t.label.en} | ${t.label.ko} | ${t.iatiCode} | ${t.location} | ${t.publicBody ? "yes" : "no"} |`,
      ),
      "",
      "| role | English | 한국어 |",
      "| --- | --- | --- |",
      ...CONSORTIUM_ROLES.map((r) => `| \`${r.id}\` | ${r.label.en} | ${r.label.ko} |`),
    ].join("\n"),
  "application-limits": (): string =>
    [
      "| limit | value |",
      "| --- | --- |",
      ...Object.entries(APPLICATION_LIMITS).map(([k, v]) => `| \`${k}\` | ${v} |`),
    ].join("\n"),
};
