import { performance } from 'node:perf_hooks';

/** Runs `work` a few times after a warm-up and returns the median time in milliseconds. */
export function medianMs(work: () => unknown, runs = 5, warmups = 1): number {
  for (let i = 0; i < warmups; i += 1) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** A deterministic pseudo-random sequence (mulberry32), so every run measures the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const fmt = (ms: number) => `${ms.toFixed(1).padStart(9)} ms`;
