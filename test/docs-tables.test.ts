import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderDocs } from "../scripts/docTables.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("generated tables in docs/", () => {
  it("match the data (run `npm run docs:tables` after changing the data)", async () => {
    const docs = await renderDocs(root);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.current, d.file).toBe(d.expected);
  });
});
