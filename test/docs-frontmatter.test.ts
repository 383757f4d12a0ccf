import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// TypeDoc names each guide's page after the `title` of its front matter; a guide without one is
// published under its file name ("errors.html"), as happened once when a formatter mangled it.
describe("every guide in docs/", () => {
  for (const file of readdirSync("docs").filter((f) => f.endsWith(".md"))) {
    it(`${file} starts with a front matter that has a title`, () => {
      const text = readFileSync(`docs/${file}`, "utf8");
      expect(text).toMatch(/^---\ntitle: \S.*\n---\n/);
    });
  }
});
