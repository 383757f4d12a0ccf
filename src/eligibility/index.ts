/**
 * (eligibility: under construction in this commit series.)
 *
 * @module eligibility
 */
export {};
