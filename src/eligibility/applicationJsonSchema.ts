import * as z from "zod";
import { ApplicationInputSchema } from "./applicationSchema.js";

/**
 * The `$id` of the application JSON Schema.
 *
 * @category Eligibility
 */
export const APPLICATION_SCHEMA_ID = "urn:k-city-network:schema:application";

/**
 * Generates the JSON Schema (draft 2020-12) of the application's JSON form from the same zod source
 * as {@link safeParseApplication}. Build-time only: `scripts/generate-application-schema.ts` writes
 * it to `application.schema.json`, which the package ships as `k-city-network/application.schema.json`
 * (so that the library carries no JSON Schema generator at run time), and CI fails when the file is
 * out of date.
 *
 * It gives the same verdict as the zod schema except where JSON Schema cannot express a check:
 * a funding text is only limited in length here (the library reads it with `parseKrw`).
 *
 * @returns a fresh JSON Schema object
 * @internal
 */
export function applicationJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ApplicationInputSchema, {
    target: "draft-2020-12",
    io: "input",
    unrepresentable: "throw",
    override: (ctx) => {
      const s = ctx.jsonSchema as Record<string, unknown>;
      const items = s["items"] as Record<string, unknown> | undefined;
      const props = items?.["properties"] as Record<string, unknown> | undefined;
      if (s["type"] === "array" && props?.["role"] !== undefined) {
        s["contains"] = { type: "object", properties: { role: { const: "lead" } }, required: ["role"] };
        s["minContains"] = 1;
        s["maxContains"] = 1;
      }
    },
  }) as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: APPLICATION_SCHEMA_ID,
    title: "K-City Network application",
    description:
      'An application to one sub-program of one edition of the K-City Network Global Cooperation Program (JSON form). Requested funding is {"amount": "<won>", "currency": "KRW"} or a text such as "4억 5,000만 원".',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}
