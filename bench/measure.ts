/** One line of bench-results.json: a value against a floor measured in the same run (or a budget). */
export interface Measure {
  value: number;
  unit: string;
  floor: number;
  ratio: number;
  target: number;
}

export function measure(value: number, unit: string, floor: number, target: number): Measure {
  return { value: round(value), unit, floor: round(floor), ratio: round(value / floor), target };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The best of `runs` timings of `work` in milliseconds: the least disturbed by the rest of the machine. */
export async function bestOf(runs: number, work: () => unknown | Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
