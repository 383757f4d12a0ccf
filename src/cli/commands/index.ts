import type { CliCommand } from "../types.js";
import { ELIGIBILITY_COMMANDS } from "./eligibility.js";
import { MONEY_COMMANDS } from "./money.js";
import { PROGRAMS_COMMANDS } from "./programs.js";
import { SELECTION_COMMANDS } from "./selection.js";
import { TIMELINE_COMMANDS } from "./timeline.js";

/**
 * Every `kcity` command. Each feature adds its commands in a file of its own beside this one and
 * lists them here.
 */
export const COMMANDS: readonly CliCommand[] = [
  ...MONEY_COMMANDS,
  ...PROGRAMS_COMMANDS,
  ...ELIGIBILITY_COMMANDS,
  ...SELECTION_COMMANDS,
  ...TIMELINE_COMMANDS,
];
