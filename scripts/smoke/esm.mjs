import assert from "node:assert/strict";
import * as lib from "k-city-network";
import { isKcnError } from "k-city-network/errors";
import { krw } from "k-city-network/money";

assert.equal(lib.krw(400_000_000).amount, 400000000n);
assert.equal(krw("400,000,000").amount, 400000000n);
assert.throws(
  () => krw("1.5"),
  (e) => isKcnError(e) && e.code === "INVALID_AMOUNT",
);
console.log("ESM import ok");
