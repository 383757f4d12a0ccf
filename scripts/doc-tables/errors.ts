import { KCN_ERROR_CODES } from "../../src/errors.js";

export const generators = {
  "error-codes": (): string =>
    [
      "| code | English | 한국어 |",
      "| --- | --- | --- |",
      ...Object.entries(KCN_ERROR_CODES).map(([code, l]) => `| \`${code}\` | ${l.en} | ${l.ko} |`),
    ].join("\n"),
};
