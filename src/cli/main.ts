import { readFileSync } from "node:fs";
import { runCli } from "./run.js";

// The one place in the library that does I/O: arguments in, text out, exit code.
const out = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, "utf8"),
  now: () => new Date(),
});
if (out.stdout) process.stdout.write(out.stdout);
if (out.stderr) process.stderr.write(out.stderr);
process.exitCode = out.exitCode;
