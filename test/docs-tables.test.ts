import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { eventRows, machinesText } from "../scripts/doc-tables/selection.js";
import { renderDocs } from "../scripts/docTables.js";
import { listMachines } from "../src/selection/machines/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("generated tables in docs/", () => {
  it("match the data (run `npm run docs:tables` after changing the data)", async () => {
    const docs = await renderDocs(root);
    expect(docs.length).toBeGreaterThan(0);
    for (const d of docs) expect(d.current, d.file).toBe(d.expected);
  });
});

describe("who sends each event (docs/lifecycle.md)", () => {
  const machines = listMachines();
  const rows = eventRows(machines);

  it("has one row for each transition of each machine, with its roles and guards", () => {
    for (const m of machines)
      for (const t of m.transitions) {
        const found = rows.filter((r) => r.event === t.event && r.machines.includes(m));
        expect(found, `${m.id} ${t.event}`).toHaveLength(1);
        expect(found[0]?.transition.roles, `${m.id} ${t.event}`).toEqual(t.roles);
        expect(found[0]?.transition.guards, `${m.id} ${t.event}`).toEqual(t.guards);
      }
    const pairs = rows.reduce((n, r) => n + r.machines.length, 0);
    expect(pairs).toBe(machines.reduce((n, m) => n + m.transitions.length, 0));
  });

  it("keeps each machine's order of events", () => {
    for (const m of machines) {
      const at = m.transitions.map((t) =>
        rows.findIndex((r) => r.event === t.event && r.machines.includes(m)),
      );
      expect(at, m.id).toEqual([...at].sort((a, b) => a - b));
    }
  });

  it("names a set of machines by track and years", () => {
    const pick = (...ids: string[]) => machines.filter((m) => ids.includes(m.id));
    expect(machinesText(machines, machines)).toBe("all");
    expect(
      machinesText(
        pick(
          "2021-urban-planning",
          "2022-urban-planning",
          "2021-solution-planning",
          "2022-solution-planning",
          "2024-solution-planning",
        ),
        machines,
      ),
    ).toBe("`urban-planning`: 2021–2022; `solution-planning`: 2021–2022, 2024");
    expect(
      machinesText(
        pick("2020-urban-planning", "2020-solution-planning", "2023-solution-demonstration"),
        machines,
      ),
    ).toBe("`urban-planning`, `solution-planning`: 2020; `solution-demonstration`: 2023");
  });
});
