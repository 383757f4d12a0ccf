import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as lib from "k-city-network";
import { checkEligibility } from "k-city-network/eligibility";
import { isKcnError } from "k-city-network/errors";
import { formatKrw, krw, parseKrw } from "k-city-network/money";
import { editionStats, getEdition } from "k-city-network/programs";
import { machineFor, start, transition } from "k-city-network/selection";
import { callStatusAt } from "k-city-network/timeline";

assert.equal(lib.krw(400_000_000).amount, 400000000n);
assert.equal(krw("400,000,000").amount, 400000000n);
assert.equal(parseKrw("4억 5,000만 원").amount, 450000000n);
assert.equal(formatKrw(krw(450_000_000), { locale: "ko", style: "korean-units" }), "4억 5,000만 원");
assert.throws(
  () => krw("1.5"),
  (e) => isKcnError(e) && e.code === "INVALID_AMOUNT",
);
assert.throws(
  () => getEdition(2019),
  (e) => isKcnError(e) && e.code === "UNKNOWN_EDITION",
);
assert.equal(getEdition(2021).projects.length, 11);
assert.equal(editionStats(2021).selectionRate.known, true);
assert.equal(callStatusAt(2021, "smart-city-planning", "2021-04-19T15:00:00Z").status, "closed");
const m = machineFor(2021, "solution-demonstration");
const s = start(m, { applicationId: "smoke-1", at: "2021-03-01" });
assert.equal(typeof s.state, "string");
assert.equal(
  transition(s, { type: "no-such-event", at: "2021-03-02", actor: { id: "x", role: "applicant" } }).ok,
  false,
);
const r = checkEligibility({ year: 2030 });
assert.equal(r.eligible, false);
const require = createRequire(import.meta.url);
const schema = require("k-city-network/application.schema.json");
assert.equal(typeof schema.$schema, "string");
// The documented way: an import attribute (Node 20.10+), and the $id the library exports.
const { default: imported } = await import("k-city-network/application.schema.json", {
  with: { type: "json" },
});
assert.deepEqual(imported, schema);
assert.equal(imported.$id, lib.APPLICATION_SCHEMA_ID);
// The label catalogue: every code the library returns has its English and Korean label.
const { default: labels } = await import("k-city-network/labels.json", { with: { type: "json" } });
assert.equal(labels.krwParseIssues.MULTIPLE_NUMBERS.ko.length > 0, true);
assert.deepEqual(labels.errors.INVALID_AMOUNT, {
  en: lib.KCN_ERROR_CODES.INVALID_AMOUNT.en,
  ko: lib.KCN_ERROR_CODES.INVALID_AMOUNT.ko,
});
// The Korean text of the data's notes, keyed by the English note.
const { default: notesKo } = await import("k-city-network/notes.ko.json", { with: { type: "json" } });
const aNote = lib.EDITIONS.flatMap((e) => e.notes)[0];
assert.match(notesKo[aNote], /[가-힣]/);
console.log("ESM import ok (root and every subpath, JSON Schema file, label catalogue, Korean notes)");
