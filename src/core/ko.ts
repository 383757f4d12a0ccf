/**
 * Korean words for the type names and received values of the messages.
 *
 * @internal
 * @module
 */

import { describeReceived } from "../errors.js";
import { isObject } from "./isObject.js";

const TYPE_KO: Readonly<Record<string, string>> = {
  string: "문자열",
  number: "숫자",
  int: "정수",
  boolean: "참/거짓 값",
  object: "객체",
  array: "배열",
  record: "객체",
};

/**
 * @internal A type name of the English messages in Korean, also at the start of a limit: `"string"`
 * is 문자열, `"string >= 1"` is `문자열 >= 1`; other text is kept.
 */
export function typeKo(name: string): string {
  return name.replace(/^[a-z]+/, (w) => TYPE_KO[w] ?? w);
}

/**
 * @internal What was received, in Korean: an array is `항목 3개의 배열`, another object 객체, a bigint
 * its digits; a string, number, boolean, null or Date as {@link describeReceived} says it.
 */
export function receivedKo(value: unknown): string {
  if (Array.isArray(value)) return `항목 ${value.length}개의 배열`;
  if (typeof value === "bigint") return `${value}`;
  if (typeof value === "function") return "함수";
  if (typeof value === "symbol") return "심볼";
  if (value === undefined) return "없음";
  return isObject(value) && !(value instanceof Date) ? "객체" : describeReceived(value);
}
