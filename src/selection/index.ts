/**
 * Lifecycle state machines per edition and track, as data, with a pure interpreter, an audit trail
 * that can be replayed and checked, diagrams, and the committee's selection calculator.
 *
 * @module selection
 */
export { availableEvents } from "./availableEvents.js";
export { checkMachine, type MachineIssueCode } from "./checkMachine.js";
export { LIFECYCLE_ISSUE_CODES } from "./issues.js";
export { getMachine, machineFor } from "./machineFor.js";
export { buildMachine, type MachineSpec, REVIEW_STEPS, type ReviewStepBlock } from "./machines/blocks.js";
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
