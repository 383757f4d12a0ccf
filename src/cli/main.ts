import { readFileSync } from "node:fs";
import { decodeUtf8 } from "./files.js";
import { emit, internalFailure, isClosedPipe, langOfArgv, writeFailure } from "./output.js";
import { runCli } from "./run.js";
import type { CliOutput } from "./types.js";

const argv = process.argv.slice(2);
const lang = langOfArgv(argv);

// A reader that stops early (`kcity projects --json | head -1`) closes the pipe: that is not an
// error of ours, so stop quietly instead of printing Node's stack trace for EPIPE. Any other failure
// to write (a full disk) is said in one line, with exit code 2, never as a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (isClosedPipe(e)) process.exit(process.exitCode ?? 0);
    if (stream !== process.stderr) {
      try {
        process.stderr.write(writeFailure(e, lang));
      } catch {
        // stderr cannot be written either: the exit code alone says it
      }
    }
    process.exit(2);
  });
}

// The one place in the library that does I/O: arguments in, text out, exit code.
let out: CliOutput;
try {
  out = runCli(argv, {
    // "-" is standard input, as for most commands that read a file
    readFile: (path) => decodeUtf8(readFileSync(path === "-" ? 0 : path)),
    now: () => new Date(),
  });
} catch (e) {
  // a failure no refusal foresaw: one line to report, not a stack trace (exit code 2, not Node's 1,
  // which would read as a negative answer)
  out = { exitCode: 2, stdout: "", stderr: internalFailure(e, lang, process.env["KCITY_DEBUG"] === "1") };
}
process.exitCode = emit(
  out,
  { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  lang,
);
