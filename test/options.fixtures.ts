/** The arguments the options suites (options-fuzz, option-keys) call every options-taking function with. */
import * as api from "../src/index.js";
import { demo2024 } from "./eligibility.fixtures.js";

export const range = api.fundingRange(400_000_000, 600_000_000);
export const app = demo2024();
export const schedule = api.planSchedule(
  { id: "p", track: "solution-demonstration" },
  { start: "2024-07-01" },
);
export const milestone = schedule.milestones[0] as api.PlannedMilestone;
export const asOf = "2024-06-01T00:00:00+09:00";
export const candidates = [
  {
    id: "a",
    subProgramId: "planning",
    country: "KE",
    score: 80,
    requested: api.krw(1),
    submittedAt: "2024-04-01",
  },
];
export const items = api.editionCalendar(2021);
