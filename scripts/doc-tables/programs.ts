import type { Fact } from "../../src/core/fact.js";
import { formatKrw } from "../../src/money/formatKrw.js";
import type { FundingRange } from "../../src/money/fundingRange.js";
import { countryName } from "../../src/programs/countries.js";
import { cumulativeTotals } from "../../src/programs/cumulativeTotals.js";
import { SOURCES } from "../../src/programs/data/sources.js";
import { editionStats } from "../../src/programs/editionStats.js";
import { fundingEnvelope } from "../../src/programs/fundingEnvelope.js";
import { listEditions } from "../../src/programs/listEditions.js";
import type { Intake } from "../../src/programs/types.js";
import { grade, rangeText } from "../docTables.js";

const cell = (s: string): string => s.replace(/\|/g, "\\|");
const n = (f: Fact<number>): string =>
  f.known ? `${f.value}${f.reliability === "inferred" ? "*" : ""}` : "?";
const range = (f: Fact<FundingRange>, approx: boolean): string => {
  if (!f.known) return "?";
  const r = f.value;
  return `${approx ? "about " : ""}${rangeText(r)}`;
};
const date = (f: Fact<string>): string => (f.known ? `${f.value}${grade(f.reliability)}` : "?");
const intake = (i: Intake): string =>
  i.kind === "call"
    ? `call ${date(i.opens)} to ${date(i.closes)}`
    : `year-round from ${date(i.opens)}, cutoff ${date(i.cutoff)}, then ${i.rollsOverTo}`;

export const generators = {
  "editions-table": (): string =>
    [
      "| Year | Sub-programs | Applications | Selected | Rate | Listed projects | Budget |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...listEditions().map((e) => {
        const s = editionStats(e.year);
        const rate = s.selectionRate.known ? s.selectionRate.value.percent : "?";
        const budget = e.budget.known ? formatKrw(e.budget.value, { style: "compact" }) : "?";
        return `| ${e.year} | ${cell(e.subPrograms.map((x) => `${x.name.en} (\`${x.id}\`)`).join("; "))} | ${n(s.applications)} from ${n(s.applicantCountries)} countries | ${n(s.selected)} in ${n(s.selectedCountries)} countries | ${rate} | ${e.projects.length}${e.projectsComplete ? "" : " (incomplete)"} | ${budget} |`;
      }),
    ].join("\n"),
  "editions-sub-programs": (): string =>
    [
      "| Year | Sub-program | Tracks | Intake | Per project (call) | Per project (awarded) | Target |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...listEditions().flatMap((e) =>
        e.subPrograms.map((s) => {
          const t = s.targetCount;
          // An inferred target is marked as the counts are; an unknown one shows what its note
          // knows ("At least 4 cities; no upper bound is stated.").
          const target = t.known
            ? `${
                t.value.min === t.value.max
                  ? `${t.value.min}`
                  : t.value.min === 0
                    ? `up to ${t.value.max}`
                    : `${t.value.min}-${t.value.max}`
              }${t.reliability === "inferred" ? "*" : ""}`
            : `?${t.note === undefined ? "" : `: ${cell(t.note)}`}`;
          return `| ${e.year} | \`${s.id}\` | ${s.tracks.join(", ")} | ${intake(s.intake)} | ${range(s.funding.call, s.funding.approximate)} | ${range(s.funding.awarded, s.funding.approximate)} | ${target} |`;
        }),
      ),
    ].join("\n"),
  "editions-envelopes": (): string =>
    [
      "| Year | Lowest to highest total | Stated budget | Fit |",
      "| --- | --- | --- | --- |",
      ...listEditions().map((e) => {
        const env = fundingEnvelope(e.year);
        const total = env.envelope.known ? rangeText(env.envelope.value) : "?";
        const budget = env.budget.known ? formatKrw(env.budget.value, { style: "compact" }) : "?";
        return `| ${e.year} | ${total}${env.approximate ? " (approximate)" : ""} | ${budget} | ${env.fit} |`;
      }),
    ].join("\n"),
  "editions-projects": (): string =>
    [
      "| Id | Country | Site | Sub-program | Track | Continues |",
      "| --- | --- | --- | --- | --- | --- |",
      ...listEditions().flatMap((e) =>
        e.projects.map(
          (p) =>
            `| \`${p.id}\` | ${countryName(p.country)} (${p.country}) | ${cell(p.site.known ? p.site.value.en : "?")} | \`${p.subProgramId}\` | ${p.track.known ? `${p.track.value}${grade(p.track.reliability)}` : "?"} | ${p.continues ? `\`${p.continues}\`` : ""} |`,
        ),
      ),
    ].join("\n"),
  "editions-cumulative": (): string =>
    [
      "| Stated | Covers | Stated total | From the data | Verdict |",
      "| --- | --- | --- | --- | --- |",
      ...cumulativeTotals(2026).lines.map(
        (l) =>
          `| ${l.statement.asOf} [${l.statement.sources.join(", ")}] | ${cell(l.statement.label.en)} | ${l.statement.projects} projects, ${l.statement.countries} countries | ${l.computedProjects} projects, ${l.computedCountries} countries | ${l.verdict === "matches" ? "matches" : `does not match: ${cell(l.gaps.map((g) => g.en).join("; "))}`} |`,
      ),
    ].join("\n"),
  "editions-sources": (): string =>
    [
      "| Tag | Publisher | Date | Reliability | What |",
      "| --- | --- | --- | --- | --- |",
      ...SOURCES.map(
        (s) =>
          `| [${s.tag}](${s.url.replace(/\)/g, "%29").replace(/ /g, "%20")}) | ${cell(s.publisher)} | ${s.date.known ? s.date.value : "n.d."} | ${s.reliability} | ${cell(s.title)}${s.note ? `. ${cell(s.note)}` : ""} |`,
      ),
    ].join("\n"),
};
