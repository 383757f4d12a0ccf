import { readFileSync } from "node:fs";
import { decodeUtf8 } from "./files.js";
import { runCli } from "./run.js";

// A reader that stops early (`kcity projects --json | head -1`) closes the pipe: that is not an
// error of ours, so stop quietly instead of printing Node's stack trace for EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

// The one place in the library that does I/O: arguments in, text out, exit code.
const out = runCli(process.argv.slice(2), {
  // "-" is standard input, as for most commands that read a file
  readFile: (path) => decodeUtf8(readFileSync(path === "-" ? 0 : path)),
  now: () => new Date(),
});
process.exitCode = out.exitCode;
if (out.stdout) process.stdout.write(out.stdout);
if (out.stderr) process.stderr.write(out.stderr);
