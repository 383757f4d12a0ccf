import type { CliCommand } from "../types.js";

/**
 * Every `kcity` command. Each feature adds its commands in a file of its own beside this one and
 * lists them here.
 */
export const COMMANDS: readonly CliCommand[] = [];
