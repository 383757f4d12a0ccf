// Local TypeDoc plugin: draws ```mermaid code blocks on the docs site with the locally installed mermaid.
// Registered through "plugin" in typedoc.json. No network: mermaid.min.js is copied into <out>/assets/.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { PageEvent, RendererEvent } from "typedoc";

const ASSET = "assets/mermaid.min.js";
const MARKER = '<code class="mermaid">';

const STYLE = `<style>
.tsd-mermaid { margin: 1em 0; }
.tsd-mermaid-diagram { overflow-x: auto; padding: 0.5em 0; }
.tsd-mermaid-diagram > .mermaid:not([data-processed]) { white-space: pre; font-family: monospace; }
.tsd-mermaid-diagram svg { display: block; margin: 0 auto; }
.tsd-mermaid > details > summary { cursor: pointer; font-size: 0.875em; }
</style>`;

/**
 * Runs in the browser (serialised with Function#toString). Replaces each `<pre><code class="mermaid">` with a
 * drawn diagram and keeps the original block inside a collapsed "Mermaid source" section.
 * @param {string} src URL of mermaid.min.js relative to the current page.
 */
function mermaidLoader(src) {
  const blocks = [...document.querySelectorAll("pre > code.mermaid")];
  if (blocks.length === 0) return;
  const targets = blocks.map((code) => {
    const copy = code.cloneNode(true);
    // Shiki renders each source line as spans separated by <br/>, which textContent would drop.
    for (const br of copy.querySelectorAll("br")) br.replaceWith("\n");
    const pre = code.parentElement;
    const wrapper = document.createElement("div");
    wrapper.className = "tsd-mermaid";
    const scroller = wrapper.appendChild(document.createElement("div"));
    scroller.className = "tsd-mermaid-diagram";
    const diagram = scroller.appendChild(document.createElement("div"));
    diagram.className = "mermaid";
    diagram.textContent = copy.textContent;
    const details = wrapper.appendChild(document.createElement("details"));
    details.appendChild(document.createElement("summary")).textContent = "Mermaid source";
    pre.replaceWith(wrapper);
    details.appendChild(pre);
    return diagram;
  });
  const render = () => {
    const mode = document.documentElement.dataset["theme"];
    const dark = mode === "dark" || (mode !== "light" && matchMedia("(prefers-color-scheme: dark)").matches);
    window.mermaid.initialize({
      startOnLoad: false,
      securityLevel: "strict",
      theme: dark ? "dark" : "default",
    });
    let interacted = false;
    for (const type of ["wheel", "touchmove", "keydown", "mousedown"]) {
      addEventListener(type, () => (interacted = true), { once: true, passive: true });
    }
    window.mermaid
      .run({ nodes: targets })
      .catch((error) => console.error("mermaid:", error))
      .finally(() => {
        // Shrink a wide diagram to the column, but not below 70% of its natural size: wider ones scroll.
        for (const svg of targets.map((t) => t.querySelector("svg"))) {
          const natural = svg?.viewBox.baseVal?.width;
          if (svg && natural) svg.style.minWidth = `${Math.round(natural * 0.7)}px`;
        }
        // Diagrams change the page height: re-apply the #hash target unless the reader has moved meanwhile.
        const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (target && !interacted) target.scrollIntoView({ behavior: "instant" });
      });
  };
  // TypeDoc keeps <body> at display:none until the app has started; mermaid cannot measure text before that.
  const whenVisible = (fn) => {
    if (document.body.style.display !== "none") return fn();
    const observer = new MutationObserver(() => {
      if (document.body.style.display === "none") return;
      observer.disconnect();
      fn();
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ["style"] });
  };
  const script = document.createElement("script");
  script.src = src;
  script.onload = () => whenVisible(render);
  script.onerror = () => console.error(`mermaid: could not load ${src}`);
  document.head.appendChild(script);
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  const mermaidFile = createRequire(import.meta.url).resolve("mermaid/dist/mermaid.min.js");

  // Only pages whose HTML contains a rendered ```mermaid block get the style and the loader.
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents?.includes(MARKER)) return;
    const src = app.renderer.router.baseRelativeUrl(page.model, ASSET);
    const loader = `<script>(${mermaidLoader.toString()})(${JSON.stringify(src)});</script>`;
    const head = page.contents.lastIndexOf("</head>");
    const withStyle = `${page.contents.slice(0, head)}${STYLE}${page.contents.slice(head)}`;
    const body = withStyle.lastIndexOf("</body>");
    page.contents = `${withStyle.slice(0, body)}${loader}${withStyle.slice(body)}`;
  });

  app.renderer.on(RendererEvent.END, (event) => {
    const target = join(event.outputDirectory, ASSET);
    mkdirSync(join(event.outputDirectory, "assets"), { recursive: true });
    copyFileSync(mermaidFile, target);
  });
}
