const assert = require("node:assert/strict");
const lib = require("k-city-network");
const { krw } = require("k-city-network/money");
const { getEdition } = require("k-city-network/programs");
const { checkEligibility } = require("k-city-network/eligibility");
const { machineFor } = require("k-city-network/selection");
const { editionCalendar } = require("k-city-network/timeline");

const thrown = (() => {
  try {
    krw("x");
  } catch (e) {
    return e;
  }
})();
assert.equal(lib.krw(5).amount, 5n);
// An error thrown by the money entry is recognised by the root entry through the brand, not instanceof.
assert.equal(lib.isKcnError(thrown), true);
assert.equal(getEdition(2022).year, 2022);
assert.equal(checkEligibility({}).eligible, false);
assert.ok(machineFor(2024, "urban-planning"));
assert.ok(editionCalendar(2021).length > 0);
console.log("CJS require ok (root and every subpath)");
