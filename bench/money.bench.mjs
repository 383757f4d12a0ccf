// Money: our exact Krw type against plain bigint (the limit) and dinero.js v2 in both of its flavours
// (the default import, whose calculator works on numbers, and "dinero.js/bigint", exact like ours),
// measured in the same run. Imports the BUILT library (what users get).
import { add as nAdd, allocate as nAllocate, dinero as nDinero, toSnapshot as nSnapshot } from "dinero.js";
import { add as dAdd, allocate as dAllocate, dinero, toSnapshot } from "dinero.js/bigint";
import { KRW as D_KRW } from "dinero.js/bigint/currencies";
import { KRW as N_KRW } from "dinero.js/currencies";
import { add, allocate, formatKrw, krw } from "../dist/money.js";
import { goal, measure, row, section } from "./_lib.mjs";

export async function run() {
  section("money: 1,000,000 additions of won");
  const N = 1_000_000;
  const one = krw(1);
  const dOne = dinero({ amount: 1n, currency: D_KRW });
  let plainAcc = 0n;
  const plain = measure("plain bigint a + b", N, () => {
    plainAcc = plainAcc + 1n;
    return plainAcc;
  });
  let acc = krw(0);
  const ours = measure("k-city-network add(krw, krw)", N, () => {
    acc = add(acc, one);
    return acc;
  });
  let dAcc = dinero({ amount: 0n, currency: D_KRW });
  const din = measure("dinero.js v2 (bigint) add", N, () => {
    dAcc = dAdd(dAcc, dOne);
    return dAcc;
  });
  const nOne = nDinero({ amount: 1, currency: N_KRW });
  let nAcc = nDinero({ amount: 0, currency: N_KRW });
  const dinN = measure("dinero.js v2 (default, number) add", N, () => {
    nAcc = nAdd(nAcc, nOne);
    return nAcc;
  });
  console.log(row(plain));
  console.log(row(ours, plain));
  console.log(row(din, plain));
  console.log(row(dinN, plain));
  console.log(
    `   k-city-network add vs dinero.js: ${(ours.opsPerSec / din.opsPerSec).toFixed(1)}x bigint, ${(ours.opsPerSec / dinN.opsPerSec).toFixed(1)}x default`,
  );
  if (acc.amount <= 0n || toSnapshot(dAcc).amount <= 0n || nSnapshot(nAcc).amount <= 0) {
    throw new Error("benchmark sink");
  }

  section("money: 100,000 allocations 30/40/30 of 600,000,000 won (+i)");
  const M = 100_000;
  const ratios = [30, 40, 30];
  /** Plain bigint largest remainder of 600,000,000 + i by 30/40/30: the shares. */
  const largestRemainder = (i) => {
    const total = 600_000_000n + BigInt(i);
    const out = [0n, 0n, 0n];
    const rem = [0n, 0n, 0n];
    let left = total;
    for (let k = 0; k < 3; k++) {
      const p = total * BigInt(ratios[k]);
      out[k] = p / 100n;
      rem[k] = p % 100n;
      left -= out[k];
    }
    while (left > 0n) {
      let best = 0;
      for (let k = 1; k < 3; k++) if (rem[k] > rem[best]) best = k;
      out[best] += 1n;
      rem[best] = -1n;
      left--;
    }
    return out;
  };
  const plainAlloc = measure("plain bigint largest remainder", M, largestRemainder);
  // The same arithmetic returning money objects: mutable (the ceiling for any object result) and
  // frozen (what an immutable money type must pay: Object.freeze per share and for the list).
  const shareObjects = (freeze) => (i) => {
    const out = largestRemainder(i);
    const shares = out.map((amount) =>
      freeze ? Object.freeze({ currency: "KRW", amount, scale: 0 }) : { currency: "KRW", amount, scale: 0 },
    );
    return freeze ? Object.freeze(shares) : shares;
  };
  const plainObjects = measure("plain bigint, shares as mutable objects", M, shareObjects(false));
  const frozenObjects = measure("plain bigint, shares as frozen objects", M, shareObjects(true));
  const amounts = Array.from({ length: M }, (_, i) => krw(600_000_000n + BigInt(i)));
  const oursAlloc = measure("k-city-network allocate(krw, [30, 40, 30])", M, (i) =>
    allocate(amounts[i], ratios),
  );
  const dAmounts = Array.from({ length: M }, (_, i) =>
    dinero({ amount: 600_000_000n + BigInt(i), currency: D_KRW }),
  );
  const dRatios = [30n, 40n, 30n];
  const dinAlloc = measure("dinero.js v2 (bigint) allocate", M, (i) => dAllocate(dAmounts[i], dRatios));
  const nAmounts = Array.from({ length: M }, (_, i) => nDinero({ amount: 600_000_000 + i, currency: N_KRW }));
  const dinNAlloc = measure("dinero.js v2 (default, number) allocate", M, (i) =>
    nAllocate(nAmounts[i], ratios),
  );
  console.log(row(plainAlloc));
  console.log(row(plainObjects, plainAlloc));
  console.log(row(frozenObjects, plainAlloc));
  console.log(row(oursAlloc, plainAlloc));
  console.log(row(dinAlloc, plainAlloc));
  console.log(row(dinNAlloc, plainAlloc));
  console.log(
    `   vs dinero.js (bigint): plain bigint ${(plainAlloc.opsPerSec / dinAlloc.opsPerSec).toFixed(1)}x, mutable share objects ${(plainObjects.opsPerSec / dinAlloc.opsPerSec).toFixed(1)}x, frozen share objects ${(frozenObjects.opsPerSec / dinAlloc.opsPerSec).toFixed(1)}x`,
  );
  const vsPlain = oursAlloc.opsPerSec / plainAlloc.opsPerSec;
  const vsBigint = oursAlloc.opsPerSec / dinAlloc.opsPerSec;
  const vsDefault = oursAlloc.opsPerSec / dinNAlloc.opsPerSec;
  // The goal is judged against the faster flavour: a user picks either.
  const vsDinero = Math.min(vsBigint, vsDefault);
  console.log(
    `   k-city-network allocate vs dinero.js: ${vsBigint.toFixed(1)}x bigint, ${vsDefault.toFixed(1)}x default (number)`,
  );
  // Same answers: the shares agree with dinero.js on a sample.
  const a = allocate(krw(100), [1, 1, 1]).map((m) => m.amount);
  const d = dAllocate(dinero({ amount: 100n, currency: D_KRW }), [1n, 1n, 1n]).map(
    (x) => toSnapshot(x).amount,
  );
  console.log(`   same shares as dinero.js for 100 by 1:1:1: ${a.join("/")} vs ${d.join("/")}`);
  goal(`allocation at least 30% of plain bigint (${(vsPlain * 100).toFixed(0)}%)`, vsPlain >= 0.3);
  goal(`allocation at least 10x dinero.js (${vsDinero.toFixed(1)}x)`, vsDinero >= 10);

  // krw() takes a digit string of any length, so formatting must stay linear in the digits: the
  // look-ahead regex grouping (/\B(?=(\d{3})+(?!\d))/g) scanned to the end from every position.
  section("money: formatKrw of amounts of 10,000 and 100,000 digits (standard style)");
  const digits = (n) => BigInt(`7${"1234567890".repeat(n / 10)}`.slice(0, n));
  /** The plain linear baseline: the digits as text, a comma pushed before every third from the right. */
  const plainGroup = (n) => {
    const d = String(n);
    const parts = [];
    for (let end = d.length; end > 0; end -= 3) parts.push(d.slice(Math.max(0, end - 3), end));
    return `₩${parts.reverse().join(",")}`;
  };
  const rows = [];
  for (const n of [10_000, 100_000]) {
    const amount = krw(digits(n));
    if (formatKrw(amount) !== plainGroup(amount.amount))
      throw new Error("formatKrw disagrees with the baseline");
    const opts = { samples: 3, maxSamples: 5, budgetMs: 500 };
    const base = measure(`plain grouping, ${n} digits`, 1, () => plainGroup(amount.amount), opts);
    const ours = measure(`formatKrw, ${n} digits`, 1, () => formatKrw(amount), opts);
    console.log(row(base));
    console.log(row(ours, base));
    rows.push([ours, base]);
  }
  const [[ours10k, base10k], [ours100k, base100k]] = rows;
  console.log(
    `   10x the digits: formatKrw ${(ours100k.ms / ours10k.ms).toFixed(1)}x the time, the plain grouping ${(base100k.ms / base10k.ms).toFixed(1)}x (the engine's bigint-to-text is itself superlinear; the look-ahead regex grouping took 125x, 11 s)`,
  );
  const vsBase = ours100k.opsPerSec / base100k.opsPerSec;
  goal(
    `formatKrw of 100,000 digits at least half the plain grouping's speed (${vsBase.toFixed(2)}x)`,
    vsBase >= 0.5,
  );
}
