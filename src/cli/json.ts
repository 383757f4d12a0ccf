import { moneyJsonReplacer } from "../money/moneyJson.js";

/**
 * The JSON text of a `--json` answer: money in its JSON form (`{ "amount": "400000000", "currency":
 * "KRW" }`), any other bigint as decimal text, and a final newline.
 *
 * @internal
 */
export function jsonText(value: unknown, indent?: number): string {
  return `${JSON.stringify(value, moneyJsonReplacer, indent)}\n`;
}
