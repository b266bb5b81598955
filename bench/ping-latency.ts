// The light endpoint's latency while something heavy runs: GET /api/ping from 10 concurrent
// clients for a while (shared by bench:stamp and bench:seal).
import { performance } from 'node:perf_hooks';

export async function pingLatencies(url: string, seconds: number, clients = 10): Promise<number[]> {
  const out: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      const res = await fetch(`${url}/api/ping`);
      await res.arrayBuffer();
      out.push(performance.now() - t0);
    }
  }));
  return out;
}

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

/** A markdown table row: what ran meanwhile, requests, p50, p99, max. */
export const pingRow = (name: string, xs: number[]) => `| ${name} | ${xs.length} | ${pct(xs, 50).toFixed(2)} | ${pct(xs, 99).toFixed(2)} | ${Math.max(...xs).toFixed(1)} |`;
