import { describe, expect, it } from "vitest";
import { machineFor } from "./machineFor.js";
import { listMachines } from "./machines/index.js";

const MACHINES = listMachines();

import { toMermaid } from "./toMermaid.js";

describe("toMermaid", () => {
  it("draws every state, every transition per source state, the start and the endings", () => {
    const m = machineFor(2022, "solution-demonstration");
    const text = toMermaid(m);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe("stateDiagram-v2");
    expect(text).toContain('state "Confirmation by the counterpart" as counterpart_confirmation');
    expect(text).toContain("  [*] --> draft\n");
    expect(text).toContain("  presentation --> counterpart_confirmation: complete-presentation\n");
    expect(text).toContain("  completed --> [*]\n");
    const edges = m.transitions.reduce((n, t) => n + t.from.length, 0);
    const finals = m.states.filter((s) => s.kind === "final").length;
    expect(lines).toHaveLength(1 + m.states.length + 1 + edges + finals);
  });
  it("speaks Korean and shows the applicant's labels on request", () => {
    const text = toMermaid(machineFor(2024, "urban-planning"), { lang: "ko", audience: "applicant" });
    expect(text).toContain('state "다음 연도 심사로 이월" as rolled_over');
    expect(text).toContain('state "KIND 사전 컨설팅" as pre_consulting');
  });
  it("uses only safe node ids for every machine", () => {
    for (const m of MACHINES) {
      for (const line of toMermaid(m).split("\n").slice(1)) {
        if (!line) continue;
        expect(line).toMatch(
          /^ {2}(state "[^"]*" as [a-z_]+|(\[\*\]|[a-z_]+) --> (\[\*\]|[a-z_]+)(: [a-z-]+)?)$/,
        );
      }
    }
  });
  it("escapes quotes in labels", () => {
    const m = machineFor(2021, "urban-planning");
    const odd = {
      ...m,
      states: m.states.map((s, i) => (i === 0 ? { ...s, staff: { en: 'Say "hi"', ko: "x" } } : s)),
    };
    expect(toMermaid(odd)).toContain('state "Say #quot;hi#quot;" as draft');
  });
});
