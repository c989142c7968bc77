import { cpus, freemem, loadavg, totalmem } from "node:os";

/** The machine a measure was taken on, written into every benchmark line. */
export function describeMachine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model ?? "unknown",
    cores: cores.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    /** Other work shares the machine: the load average (1, 5, 15 minutes) when the line was printed. */
    loadAverage: loadavg().map((load) => Math.round(load * 10) / 10),
  };
}

/** Percentile of sorted samples (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** Rounds to three decimals, for readable JSON. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Median of samples. */
export function median(samples: readonly number[]): number {
  return round(
    percentile(
      [...samples].sort((a, b) => a - b),
      50,
    ),
  );
}

/** Milliseconds `action` took. */
export async function elapsed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}
