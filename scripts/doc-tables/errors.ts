import type { Label } from "../../src/core/label.js";
import { KCN_ERROR_CODES } from "../../src/errors.js";
import { KRW_PARSE_ISSUE_LABELS, MACHINE_ISSUE_LABELS, SCHEMA_ISSUE_LABELS } from "../../src/i18n/labels.js";

const table = (labels: Readonly<Record<string, Label>>): string =>
  [
    "| code | English | 한국어 |",
    "| --- | --- | --- |",
    ...Object.entries(labels).map(([code, l]) => `| \`${code}\` | ${l.en} | ${l.ko} |`),
  ].join("\n");

export const generators = {
  "error-codes": (): string => table(KCN_ERROR_CODES),
  "schema-issue-codes": (): string => table(SCHEMA_ISSUE_LABELS),
  "krw-parse-issue-codes": (): string => table(KRW_PARSE_ISSUE_LABELS),
  "machine-issue-codes": (): string => table(MACHINE_ISSUE_LABELS),
};
