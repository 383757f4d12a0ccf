import { choiceOf, type Lang, langOf } from "../core/label.js";
import { optionsOf } from "../core/need.js";
import { assertMachine } from "./assertMachine.js";
import type { Machine } from "./types.js";

/**
 * Options of {@link toMermaid}.
 *
 * @category Selection
 */
export interface MermaidOptions {
  /** Label language: `"en"` (default) or `"ko"`. */
  readonly lang?: Lang | undefined;
  /** Whose labels to show: `"staff"` (default) or `"applicant"`. */
  readonly audience?: "staff" | "applicant" | undefined;
}

const nodeId = (id: string): string => id.replace(/[^A-Za-z0-9_]/g, "_");
const text = (s: string): string => s.replace(/"/g, "#quot;").replace(/[\r\n]+/g, " ");

/**
 * Draws a machine as a Mermaid state diagram (`stateDiagram-v2`): every state with its label, every
 * transition labelled with its event, the start and the endings.
 *
 * @param machine - the machine
 * @param options - language and audience of the state labels
 * @returns Mermaid source text (no fence)
 * @throws {@link KcnError} `INVALID_MACHINE` when `machine` is not shaped like a {@link Machine};
 *   `INVALID_OPTIONS` when `options` is not an object, has a key other than `lang` and `audience`,
 *   or one of them is not a value listed above
 * @example
 * ```ts
 * toMermaid(machineFor(2021, "solution-demonstration")).split("\n")[0]; //=> "stateDiagram-v2"
 * ```
 * @category Selection
 */
export function toMermaid(machine: Machine, options: MermaidOptions = {}): string {
  assertMachine(machine);
  optionsOf(options, "lang audience");
  const lang = langOf(options.lang);
  const audience = choiceOf(options.audience, "audience", "staff", "applicant");
  const lines = ["stateDiagram-v2"];
  for (const s of machine.states) lines.push(`  state "${text(s[audience][lang])}" as ${nodeId(s.id)}`);
  lines.push(`  [*] --> ${nodeId(machine.initial)}`);
  for (const t of machine.transitions) {
    for (const from of t.from) lines.push(`  ${nodeId(from)} --> ${nodeId(t.to)}: ${text(t.event)}`);
  }
  for (const s of machine.states) if (s.kind === "final") lines.push(`  ${nodeId(s.id)} --> [*]`);
  return `${lines.join("\n")}\n`;
}
