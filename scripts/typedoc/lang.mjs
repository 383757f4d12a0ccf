// Local TypeDoc plugin: a guide whose front matter has `lang: ko` is published as a Korean page
// (<html lang="ko">), so that screen readers and browsers read it as Korean; the site is English.
// Registered through "plugin" in typedoc.json.
import { PageEvent } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    const lang = page.model?.isDocument?.() ? page.model.frontmatter["lang"] : undefined;
    if (typeof lang !== "string" || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang) || !page.contents) return;
    page.contents = page.contents.replace(/^(<!DOCTYPE html><html [^>]*?)lang="[^"]*"/, `$1lang="${lang}"`);
  });
}
