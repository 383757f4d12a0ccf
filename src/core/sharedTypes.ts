/**
 * The shared types of what every feature returns and takes (results and issues, facts with their
 * sources, labels), re-exported by each subpath entry so that a consumer of one subpath alone can
 * name them. Their functions (`ok`, `known`, `localize`, ...) are on the root entry.
 *
 * @internal
 * @module
 */
export type { Fact, KnownFact, Reliability, SourceTag, UnknownFact } from "./fact.js";
export type { Label, Lang } from "./label.js";
export type { Err, FieldPath, Issue, NonEmptyArray, Ok, Result } from "./result.js";
export type { SchemaIssueCode } from "./zodIssues.js";
