/**
 * Every function the package exports, called with junk and hostile arguments (objects whose
 * toString throws, null prototypes, cycles, symbols, huge bigints...). Each call must return or
 * throw a KcnError with a stable code: a TypeError or RangeError escaping from our code is a bug.
 */
import fc from "fast-check";
import { describe, it } from "vitest";
import * as api from "../src/index.js";
import { junk } from "./hostile.js";

const functions = (Object.entries(api) as [string, unknown][]).filter(
  (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function",
);

// Classes are constructed, not called; KcnError accepts any code by design.
const SKIP = new Set(["KcnError"]);

describe("every exported function on junk and hostile input", () => {
  it("finds the public functions", () => {
    if (functions.length < 50) throw new Error(`only ${functions.length} functions exported`);
  });

  for (const [name, fn] of functions) {
    if (SKIP.has(name)) continue;
    it(`${name} returns or throws a KcnError`, () => {
      fc.assert(
        fc.property(fc.array(junk, { maxLength: 4 }), (args) => {
          try {
            const out = fn(...args);
            // Lazy results (iterables) must also hold up when read.
            if (out !== null && typeof out === "object" && Symbol.iterator in out && !Array.isArray(out)) {
              for (const _ of out as Iterable<unknown>) break;
            }
          } catch (e) {
            if (!api.isKcnError(e)) {
              throw new Error(
                `${name}(${args.map((a) => api.describeReceived(a)).join(", ")}) threw ${String(e)}`,
              );
            }
          }
        }),
        { numRuns: Number(process.env["FUZZ_RUNS"] ?? 150) },
      );
    });
  }
});
