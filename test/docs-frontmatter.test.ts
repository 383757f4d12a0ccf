import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const guides = readdirSync("docs").filter((f) => f.endsWith(".md"));

// TypeDoc names each guide's page after the `title` of its front matter; a guide without one is
// published under its file name ("errors.html"), as happened once when a formatter mangled it.
describe("every guide in docs/", () => {
  for (const file of guides) {
    it(`${file} starts with a front matter that has a title`, () => {
      const text = readFileSync(`docs/${file}`, "utf8");
      // a title, and for the Korean guide the page's language (scripts/typedoc/lang.mjs)
      expect(text).toMatch(/^---\ntitle: \S.*\n(lang: [a-z]{2}\n)?---\n/);
    });
  }

  // typedoc.json lists the guides one by one, in the README's reading order (a glob would list
  // them by file name), so a new guide must be added there to be published.
  it("is published: typedoc.json lists each one, in the order of the README's Guides list", () => {
    const config = JSON.parse(readFileSync("typedoc.json", "utf8")) as { projectDocuments: string[] };
    const published = config.projectDocuments.filter((p) => p.startsWith("docs/"));
    expect([...published].sort()).toEqual(guides.map((f) => `docs/${f}`).sort());
    const readme = readFileSync("README.md", "utf8");
    const list = readme.slice(readme.indexOf("## Guides"), readme.indexOf("## Data you can trust"));
    const order = [...list.matchAll(/\]\((docs\/[^)]+\.md)\)/g)].map((m) => m[1]);
    expect(published).toEqual(order);
  });

  it("marks the Korean guide as Korean, and only it", () => {
    for (const file of guides) {
      const lang = /^---\n[\s\S]*?\nlang: (\w+)\n---/.exec(readFileSync(`docs/${file}`, "utf8"))?.[1];
      expect(lang, file).toBe(file === "korean.md" ? "ko" : undefined);
    }
  });

  it("the README's links to the changelog land on a page: it is published too", () => {
    const config = JSON.parse(readFileSync("typedoc.json", "utf8")) as { projectDocuments: string[] };
    expect(readFileSync("README.md", "utf8")).toContain("[CHANGELOG.md](CHANGELOG.md)");
    expect(config.projectDocuments).toContain("CHANGELOG.md");
  });
});
