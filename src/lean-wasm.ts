import v8 from "node:v8";

/**
 * Has V8 compile WebAssembly (PGlite's PostgreSQL and Prisma's query compiler) with its
 * baseline compiler only, never optimising it later: the optimised code of those two large
 * modules was about 90 MiB of the embedded bot's idle RSS and 15 of PostgreSQL's, for no
 * throughput we could measure against this machine's noise (README, "Performance"). V8 reads
 * the flag when it compiles a module, so this runs at start, before the database opens.
 */
export function compileWasmLeanly(): void {
  v8.setFlagsFromString("--liftoff-only");
}
