const assert = require("node:assert/strict");
const lib = require("k-city-network");
const { krw } = require("k-city-network/money");
const esmError = (() => {
  try {
    krw("x");
  } catch (e) {
    return e;
  }
})();

assert.equal(lib.krw(5).amount, 5n);
// The CJS copy recognises an error thrown by the CJS money entry through the brand, not instanceof.
assert.equal(lib.isKcnError(esmError), true);
console.log("CJS require ok");
