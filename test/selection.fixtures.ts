/** Shared helpers for the selection tests and benchmark: applications, payloads and walks. */

import { transition } from "../src/selection/transition.js";
import type { LifecycleEvent, Machine, Snapshot, TransitionDef } from "../src/selection/types.js";

const KRW = (n: number) => ({ amount: String(n), currency: "KRW" });

/** An application (JSON form) that the machine's edition accepts for a site. */
export function applicationFor(machine: Machine, country = "KE", city = "Nairobi"): Record<string, unknown> {
  const demo = machine.track === "solution-demonstration";
  const submittedAt: Record<number, string> = {
    2020: "2020-03-10T10:00:00+09:00",
    2021: "2021-04-10T10:00:00+09:00",
    2022: "2022-04-20T10:00:00+09:00",
    2023: "2023-05-05T10:00:00+09:00",
    2024: demo ? "2024-03-10T10:00:00+09:00" : "2024-04-15T10:00:00+09:00",
    2025: demo ? "2025-03-05T10:00:00+09:00" : "2025-04-15T10:00:00+09:00",
    2026: demo ? "2026-03-05T10:00:00+09:00" : "2026-04-15T10:00:00+09:00",
  };
  const consortium = demo
    ? [
        { name: "K-Solutions Co.", type: "korean-company", country: "KR", role: "lead", receivesFunds: true },
        { name: `${city} City`, type: "foreign-local-government", country, role: "host" },
      ]
    : [{ name: `${city} City`, type: "foreign-local-government", country, role: "lead" }];
  return {
    year: machine.year,
    subProgramId: machine.subProgramId,
    title: `${demo ? "Pilot" : "Plan"} in ${city}`,
    site: { country, city },
    consortium,
    requestedFunding: KRW(amountFor(machine)),
    submittedAt: submittedAt[machine.year],
    priorConsultation: { with: `${city} City`, on: `${machine.year}-01-20` },
  };
}

/** An appropriation inside the machine's sub-program range. */
export function amountFor(machine: Machine): number {
  const demo = machine.track === "solution-demonstration";
  const byYear: Record<number, [number, number]> = {
    2020: [275_000_000, 275_000_000],
    2021: [machine.track === "solution-planning" ? 250_000_000 : 500_000_000, 500_000_000],
    2022: [400_000_000, 400_000_000],
    2023: [400_000_000, 400_000_000],
    2024: [500_000_000, 300_000_000],
    2025: [700_000_000, 400_000_000],
    2026: [700_000_000, 400_000_000],
  };
  const pair = byYear[machine.year] ?? [400_000_000, 400_000_000];
  return demo ? pair[1] : pair[0];
}

/** A payload and note that pass the guards of a transition. */
export function satisfy(machine: Machine, def: TransitionDef): Pick<LifecycleEvent, "payload" | "note"> {
  const payload: Record<string, unknown> = {};
  let note: string | undefined;
  for (const g of def.guards) {
    if (g === "eligible") {
      // without submittedAt: screening judges the application at the record's submit entry
      const { submittedAt: _, ...application } = applicationFor(machine);
      payload["application"] = application;
    }
    if (g === "appropriation-in-range") payload["amount"] = KRW(amountFor(machine));
    if (g === "korean-executor") payload["executor"] = { name: "Hana Urban Planning Co.", country: "KR" };
    if (g === "host-consulted") {
      payload["scope"] = "Master plan and feasibility study of the pilot area";
      payload["criteria"] = "Technical capability, network with the country, local understanding";
    }
    if (g === "reason-given" || g === "after-cutoff") note = "Recorded reason";
  }
  const out: { payload?: NonNullable<LifecycleEvent["payload"]>; note?: string } = {};
  if (Object.keys(payload).length) out.payload = payload as NonNullable<LifecycleEvent["payload"]>;
  if (note !== undefined) out.note = note;
  return out;
}

/** The forward transition out of a state: the first in table order that does not end the life. */
export function forward(machine: Machine, state: string): TransitionDef | undefined {
  const finals = new Set(machine.states.filter((s) => s.kind === "final").map((s) => s.id));
  return machine.transitions.find((t) => t.from.includes(state) && !finals.has(t.to));
}

/** Builds the event for a transition at a time. */
export function eventFor(machine: Machine, def: TransitionDef, at: string): LifecycleEvent {
  return {
    type: def.event,
    at,
    actor: { id: `${def.roles[0]}-1`, role: def.roles[0] as LifecycleEvent["actor"]["role"] },
    ...satisfy(machine, def),
  };
}

/** Sends events one by one; throws with the issues when one is refused. */
export function send(snapshot: Snapshot, events: readonly LifecycleEvent[], machine?: Machine): Snapshot {
  let s = snapshot;
  for (const e of events) {
    const r = transition(s, e, machine);
    if (!r.ok)
      throw new Error(`${e.type} refused in ${s.state}: ${r.issues.map((i) => i.message.en).join("; ")}`);
    s = r.snapshot;
  }
  return s;
}

/** Walks forward until `target` (or until the machine has no forward event), dating events in order. */
export function walkTo(
  snapshot: Snapshot,
  machine: Machine,
  target: string,
  dates: (event: string) => string,
): Snapshot {
  let s = snapshot;
  for (let guard = 0; guard < 50 && s.state !== target; guard++) {
    const def = forward(machine, s.state);
    if (!def) break;
    s = send(s, [eventFor(machine, def, dates(def.event))], machine);
  }
  if (s.state !== target) throw new Error(`could not reach ${target}; stopped in ${s.state}`);
  return s;
}
