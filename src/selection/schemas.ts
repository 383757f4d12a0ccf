import * as z from "zod";
import { deepFreezeFresh } from "../core/deepFreeze.js";
import { isObject } from "../core/isObject.js";
import { lazySchema, SIZED } from "../core/lazySchema.js";
import { failed, ok, type Result } from "../core/result.js";
import { fromZodIssues, parseOrThrow } from "../core/zodIssues.js";
import { isMoment } from "./deps.js";
import { listMachines } from "./machines/index.js";
import { makeEntry } from "./snapshot.js";
import { trust } from "./trusted.js";
import type { AuditEntry, AuditLog, JsonValue, Role, Snapshot } from "./types.js";

/** A name of a state, an event or a machine; an id; a note. */
const name = () => z.string().min(1, SIZED).max(100, SIZED);
const id = () => z.string().min(1, SIZED).max(200, SIZED);
const note = () => z.string().max(10_000, SIZED).optional();

/**
 * A partial date in Korea time: `"2021"`, `"2021-06"`, `"2021-06-22"` or `"2021-06-22T10:00"`.
 *
 * @category Selection
 */
export const MomentSchema = lazySchema(() =>
  z
    .string()
    .max(40, SIZED)
    .refine(isMoment, {
      message: 'Expected a date such as "2021-06", "2021-06-22" or "2021-06-22T10:00"',
      params: { ko: '"2021-06", "2021-06-22", "2021-06-22T10:00" 같은 날짜가 필요합니다' },
    }),
);

/**
 * Who sent an event: an id and one of the six roles.
 *
 * @category Selection
 */
export const ActorSchema = lazySchema(() =>
  z.strictObject({
    id: id(),
    role: z.enum(["applicant", "secretariat", "review-committee", "ministry", "executor", "host-government"]),
  }),
);

/**
 * Whether a value nests objects more than 64 deep or holds a `"__proto__"` key, as
 * {@link transition} refuses: checked before zod reads it, because zod's JSON schema recurses without
 * a limit (a payload a few thousand deep overflowed the stack) and drops that key. A value that
 * cannot be read (a revoked proxy) counts as refused.
 */
function tooDeep(v: unknown, depth = 0): boolean {
  return (
    isObject(v) &&
    (depth > 63 || Object.hasOwn(v, "__proto__") || Object.values(v).some((x) => tooDeep(x, depth + 1)))
  );
}

const PayloadSchema = lazySchema(() =>
  z
    .unknown()
    .refine(
      (v) => {
        try {
          return !tooDeep(v);
        } catch {
          return false;
        }
      },
      {
        message: 'Expected JSON at most 64 deep, without a "__proto__" key',
        params: { ko: '64단계 이하로 중첩되고 "__proto__" 키가 없는 JSON 데이터가 필요합니다' },
        abort: true,
      },
    )
    .pipe(z.record(z.string(), z.json())),
);

/**
 * One audit entry, as JSON.
 *
 * @category Selection
 */
export const AuditEntrySchema = lazySchema(() =>
  z.strictObject({
    from: name(),
    to: name(),
    event: name(),
    at: MomentSchema,
    actor: ActorSchema,
    note: note(),
    payload: PayloadSchema.optional(),
  }),
);

const entries = () => z.array(AuditEntrySchema).max(10_000, SIZED);

/**
 * An audit log, as JSON: what {@link replay} reads.
 *
 * @category Selection
 */
export const AuditLogSchema = lazySchema(() =>
  z.strictObject({
    machine: name(),
    applicationId: id(),
    startedAt: MomentSchema,
    entries: entries(),
  }),
);

/**
 * A snapshot, as JSON: an audit log with the current state and the time of the last entry.
 *
 * @category Selection
 */
export const SnapshotSchema = lazySchema(() =>
  z.strictObject({
    machine: name(),
    applicationId: id(),
    startedAt: MomentSchema,
    state: name(),
    updatedAt: MomentSchema,
    entries: entries(),
  }),
);

/**
 * An event sent to a record, as JSON.
 *
 * @category Selection
 */
export const LifecycleEventSchema = lazySchema(() =>
  z.strictObject({
    type: name(),
    at: MomentSchema,
    actor: ActorSchema,
    note: note(),
    payload: PayloadSchema.optional(),
  }),
);

/** The names the shipped machines use (states, events, roles), each as the machine's own string. */
let names: Map<string, string> | undefined;
function nameOf(s: string): string {
  if (names === undefined) {
    // Each name is stored as an object key would be (Object.keys gives the engine's unique copy),
    // so that the interpreter's keyed tables find it without hashing its text again.
    const keys: Record<string, true> = Object.create(null);
    for (const m of listMachines()) {
      for (const st of m.states) keys[st.id] = true;
      for (const t of m.transitions) {
        keys[t.event] = true;
        for (const r of t.roles) keys[r] = true;
      }
    }
    names = new Map(Object.keys(keys).map((k) => [k, k]));
  }
  return names.get(s) ?? s;
}

/**
 * A parsed entry rebuilt as the library builds its own ({@link transition}): one frozen object in
 * the documented key order, its actor and payload frozen, and the names of states, events and roles
 * shared with the shipped machines (equal strings, so nothing observable changes; replay then
 * compares them without reading their text).
 */
function sealEntry(e: z.output<typeof AuditEntrySchema>): AuditEntry {
  return makeEntry(
    nameOf(e.from),
    nameOf(e.to),
    nameOf(e.event),
    e.at,
    { id: e.actor.id, role: nameOf(e.actor.role) as Role },
    e.note,
    e.payload === undefined ? undefined : deepFreezeFresh(e.payload as { readonly [key: string]: JsonValue }),
  );
}

/** Deep-freezes a parsed log or snapshot and marks its entries (strictly parsed) as trusted. */
function seal<T extends { entries: z.output<typeof AuditEntrySchema>[] }>(value: T): T {
  value.entries = value.entries.map(sealEntry) as T["entries"];
  trust(value.entries);
  deepFreezeFresh(value);
  return value;
}

/** Parses a log or snapshot without throwing: the sealed value, or the issues of the refusal. */
function safeSeal<T extends { entries: z.output<typeof AuditEntrySchema>[] }>(
  schema: z.ZodType<T>,
  input: unknown,
): Result<T> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? ok(seal(r.data)) : failed(fromZodIssues(r.error.issues));
}

/**
 * Reads an audit log from unknown input (parsed JSON) without throwing. The shape is checked here;
 * whether the machine accepts the entries is {@link replay}'s job.
 *
 * @param input - anything
 * @returns the frozen log, or issues with paths (`["entries", 2, "at"]`)
 * @example
 * ```ts
 * safeParseAuditLog({ machine: "2021-urban-planning", applicationId: "a", startedAt: "2021-03", entries: [] }).ok;
 * //=> true
 * safeParseAuditLog({ entries: "x" }).ok; //=> false
 * ```
 * @category Selection
 */
export function safeParseAuditLog(input: unknown): Result<AuditLog> {
  return safeSeal(AuditLogSchema, input) as Result<AuditLog>;
}

/**
 * Reads an audit log from unknown input, throwing on a malformed one.
 *
 * @param input - anything
 * @returns the frozen log
 * @throws {@link KcnError} `INVALID_LOG` with `details.issues`
 * @example
 * ```ts
 * parseAuditLog({ machine: "2021-urban-planning", applicationId: "a", startedAt: "2021-03", entries: [] }).entries.length;
 * //=> 0
 * ```
 * @category Selection
 */
export function parseAuditLog(input: unknown): AuditLog {
  return seal(parseOrThrow(AuditLogSchema, input, "INVALID_LOG", "an audit log")) as AuditLog;
}

/**
 * Reads a snapshot from unknown input (parsed JSON) without throwing. Only the shape is checked;
 * replay it to check it against its machine.
 *
 * @param input - anything
 * @returns the frozen snapshot, or issues with paths
 * @example
 * ```ts
 * safeParseSnapshot({ machine: "2021-urban-planning", applicationId: "a", startedAt: "2021-03", state: "draft", updatedAt: "2021-03", entries: [] }).ok;
 * //=> true
 * ```
 * @category Selection
 */
export function safeParseSnapshot(input: unknown): Result<Snapshot> {
  return safeSeal(SnapshotSchema, input) as Result<Snapshot>;
}

/**
 * Reads a snapshot from unknown input, throwing on a malformed one.
 *
 * @param input - anything
 * @returns the frozen snapshot
 * @throws {@link KcnError} `INVALID_SNAPSHOT` with `details.issues`
 * @example
 * ```ts
 * parseSnapshot({ machine: "2021-urban-planning", applicationId: "a", startedAt: "2021-03", state: "draft", updatedAt: "2021-03", entries: [] }).state;
 * //=> "draft"
 * ```
 * @category Selection
 */
export function parseSnapshot(input: unknown): Snapshot {
  return seal(parseOrThrow(SnapshotSchema, input, "INVALID_SNAPSHOT", "a snapshot")) as Snapshot;
}
