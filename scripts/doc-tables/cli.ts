import { COMMANDS } from "../../src/cli/commands/index.js";
import { helpText } from "../../src/cli/run.js";

export const generators = {
  "cli-commands": (): string =>
    [
      "| command | what it does | 설명 |",
      "| --- | --- | --- |",
      ...COMMANDS.map(
        (c) =>
          `| \`kcity ${c.name}${c.usage ? ` ${c.usage.replaceAll("|", "\\|")}` : ""}\` | ${c.summary.en} | ${c.summary.ko} |`,
      ),
    ].join("\n"),
  "cli-help-en": (): string => ["```text", helpText("en").trimEnd(), "```"].join("\n"),
  "cli-help-ko": (): string => ["```text", helpText("ko").trimEnd(), "```"].join("\n"),
};
