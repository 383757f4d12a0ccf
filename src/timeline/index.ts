/**
 * (timeline: under construction in this commit series.)
 *
 * @module timeline
 */
export {};
