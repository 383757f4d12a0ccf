/**
 * Valid inputs of 31 public functions with the call that uses each: the fixtures of the nested
 * hostile-value test and of the frozen-results test.
 */
import * as api from "../src/index.js";
import { demo2024 } from "./eligibility.fixtures.js";

/** An input as JSON-like data. */
export type Json = unknown;

const application = {
  ...demo2024(),
  priorConsultation: { with: "Comune di Verona", on: "2024-01-15" },
};
const m = api.machineFor(2024, "urban-planning");
const started = api.start(m, { applicationId: "a", at: "2024-03" });
const submitted = api.transition(started, {
  type: "submit",
  at: "2024-04-01",
  actor: { id: "x", role: "applicant" },
});
const log = JSON.parse(JSON.stringify(submitted.ok ? submitted.snapshot : started));
const event = {
  type: "begin-screening",
  at: "2024-04-02",
  actor: { id: "kind", role: "secretariat" },
  payload: { application },
};
const candidates = [
  {
    id: "a",
    subProgramId: "planning",
    country: "KE",
    score: 80,
    requested: { amount: "1", currency: "KRW" },
    submittedAt: "2024-04-01",
  },
];
// a schedule is taken only as planSchedule made it (a JSON copy is refused), so the cases pass it as is
const schedule = api.planSchedule({ id: "p", track: "solution-demonstration" }, { start: "2024-07-01" });
const items = JSON.parse(JSON.stringify(api.editionCalendar(2021).slice(0, 3)));

/** [name, a valid input, the call] */
export const CASES: [string, Json, (x: never) => unknown][] = [
  ["checkEligibility", application, (x) => api.checkEligibility(x)],
  ["safeParseApplication", application, (x) => api.safeParseApplication(x)],
  ["eligibleSubPrograms", application.consortium, (x) => api.eligibleSubPrograms(x, 2024)],
  ["checkEligibilityMany", [application], (x) => api.checkEligibilityMany(x)],
  ["replay", log, (x) => api.replay(m, x)],
  ["safeParseAuditLog", log, (x) => api.safeParseAuditLog(x)],
  ["safeParseSnapshot", log, (x) => api.safeParseSnapshot(x)],
  ["transition", event, (x) => api.transition(submitted.ok ? submitted.snapshot : started, x)],
  ["selectProjects", candidates, (x) => api.selectProjects(x, { budget: { amount: "10", currency: "KRW" } })],
  ["toICalendar", items, (x) => api.toICalendar(x)],
  ["fromMoneyJson", { amount: "12.34", currency: "USD" }, (x) => api.fromMoneyJson(x)],
  [
    "convert",
    { currency: "USD", rate: "0.00072", valueDate: "2024-01-02" },
    (x) => api.convert(api.krw(100), x, { rounding: "half-even" }),
  ],
  [
    "planSchedule",
    {
      start: "2024-07-01",
      tranches: [
        { milestone: "kickoff", ratio: 30 },
        { milestone: "completion", ratio: 70 },
      ],
      budget: api.krw(100),
    },
    (x) => api.planSchedule({ id: "p", track: "solution-demonstration" }, x),
  ],
  [
    "buildMachine",
    {
      year: 2027,
      track: "solution-demonstration",
      subProgramId: "overseas-demonstration",
      review: [api.REVIEW_STEPS["kaia-evaluation"]],
      procurement: false,
      rollover: false,
      notes: [],
      sources: [],
    },
    (x) => api.buildMachine(x),
  ],
  ["checkMachine", JSON.parse(JSON.stringify(m)), (x) => api.checkMachine(x)],
  ["toMermaid", JSON.parse(JSON.stringify(m)), (x) => api.toMermaid(x)],
  ["start", JSON.parse(JSON.stringify(m)), (x) => api.start(x, { applicationId: "a", at: "2024-03" })],
  ["portfolioEnvelope", [{ count: 2, range: api.fundingRange(1, 2) }], (x) => api.portfolioEnvelope(x)],
  ["allocate", ["30%", "40.5%", "29.5%"], (x) => api.allocate(api.krw(100), x)],
  ["sum", [api.krw(1), api.krw(2)], (x) => api.sum(x)],
  ["formatRange", api.fundingRange(400_000_000, 600_000_000), (x) => api.formatRange(x)],
  ["clampToRange", api.fundingRange(1, 5), (x) => api.clampToRange(x, api.krw(3))],
  ["isWithinRange", api.fundingRange(1, 5), (x) => api.isWithinRange(x, api.krw(3))],
  ["toMoneyJson", api.money("USD", "12.34"), (x) => api.toMoneyJson(x)],
  ["formatKrw", api.krw(400_000_000), (x) => api.formatKrw(x)],
  ["milestonesAt", schedule, (x) => api.milestonesAt(x, "2024-09-01T00:00:00+09:00")],
  ["overdueMilestones", schedule, (x) => api.overdueMilestones(x, "2025-09-01T00:00:00+09:00")],
  ["scheduleProgress", schedule, (x) => api.scheduleProgress(x, "2024-09-01T00:00:00+09:00")],
  ["toMermaidGantt", schedule, (x) => api.toMermaidGantt(x)],
  ["milestoneStatusAt", { due: "2024-07-01" }, (x) => api.milestoneStatusAt(x, "2024-09-01T00:00:00+09:00")],
  ["findProjects", { year: 2021, country: "KE", text: "waste" }, (x) => api.findProjects(x)],
];
