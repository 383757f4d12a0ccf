/**
 * (selection: under construction in this commit series.)
 *
 * @module selection
 */
export {};
