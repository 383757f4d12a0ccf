/**
 * `Object.freeze`, under a short name that the minifier can shorten (the library freezes every
 * value it returns, in several hundred places).
 *
 * @internal
 * @module
 */

/** @internal `Object.freeze`. */
export const freeze: typeof Object.freeze = Object.freeze;
