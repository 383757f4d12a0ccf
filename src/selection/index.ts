/**
 * Lifecycle state machines per edition and track, as data, with a pure interpreter, an audit trail
 * that can be replayed and checked, diagrams, and the committee's selection calculator.
 *
 * @module selection
 */

// The shared types of what this entry returns and takes, so that a consumer of this subpath alone
// can name them (their functions, such as `ok` and `localize`, are on the root entry).
export type * from "../core/sharedTypes.js";
export { availableEvents } from "./availableEvents.js";
export { checkMachine, type MachineIssueCode } from "./checkMachine.js";
export { LIFECYCLE_ISSUE_CODES } from "./issues.js";
export { getMachine, machineFor } from "./machineFor.js";
export {
  buildMachine,
  type MachineSpec,
  REVIEW_STEPS,
  type ReviewStepBlock,
  type ReviewStepId,
} from "./machines/blocks.js";
export { listMachines } from "./machines/index.js";
export { replay } from "./replay.js";
export { ROLE_IDS, ROLES } from "./roles.js";
export {
  ActorSchema,
  AuditEntrySchema,
  AuditLogSchema,
  LifecycleEventSchema,
  MomentSchema,
  parseAuditLog,
  parseSnapshot,
  SnapshotSchema,
  safeParseAuditLog,
  safeParseSnapshot,
} from "./schemas.js";
export {
  type KrwJson,
  NOT_SELECTED_REASONS,
  type NotSelectedCandidate,
  type NotSelectedReason,
  type RankedCandidate,
  type SelectionCandidate,
  type SelectionOutcome,
  type SelectProjectsOptions,
  selectProjects,
} from "./selectProjects.js";
export { type StartOptions, start } from "./start.js";
export { type MermaidOptions, toMermaid } from "./toMermaid.js";
export { transition } from "./transition.js";
export type {
  Actor,
  AuditEntry,
  AuditLog,
  GuardName,
  JsonValue,
  LifecycleEvent,
  LifecycleIssue,
  LifecycleIssueCode,
  Machine,
  ReplayResult,
  Role,
  Snapshot,
  StateDef,
  StateKind,
  TransitionDef,
  TransitionResult,
} from "./types.js";
