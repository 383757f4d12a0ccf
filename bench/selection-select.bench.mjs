// Selection: selectProjects at 10k, 100k and 1M candidates (the n log n growth), in a fresh process of
// its own, apart from the replay rows of selection.bench.mjs and the heap they leave behind.
import { selectSection } from "./selection.bench.mjs";

export async function run() {
  selectSection();
}
