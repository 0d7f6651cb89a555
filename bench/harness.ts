/**
 * Shared bench plumbing: run ours and a peer on the same input in one
 * process with tinybench and report throughput, relative margin of error
 * and the ratio. Numbers are for the bench table, never for test assertions.
 */
import { Bench } from 'tinybench';

/** One line of the bench table. */
export interface BenchRow {
  /** What was measured, e.g. `tokenize 1 MB mixed`. */
  name: string;
  /** Unit of ours/peer, e.g. `MB/s` or `docs/s`. */
  unit: string;
  /** Our throughput. */
  ours: number;
  /** Our relative margin of error, percent. */
  rme: number;
  /** Peer name, when compared. */
  peerName?: string;
  /** Peer throughput. */
  peer?: number;
  /** Peer relative margin of error, percent. */
  peerRme?: number;
  /** Ours ÷ peer when measured directly (median of per-round ratios, see {@link alternate}); else computed from the rates. */
  ratio?: number;
}

/**
 * Times `ours` and `peer` (each a function processing `work` units, e.g.
 * megabytes or documents) and returns one row.
 */
export async function compare(
  name: string,
  unit: string,
  work: number,
  ours: () => unknown,
  peer?: { name: string; fn: () => unknown },
  time = 1500,
): Promise<BenchRow> {
  const bench = new Bench({ time, warmupTime: 300 });
  bench.add('ours', ours);
  if (peer) bench.add(peer.name, peer.fn);
  await bench.run();
  const [a, b] = bench.tasks;
  const rate = (t: (typeof bench.tasks)[number] | undefined): { v: number; rme: number } => {
    const r = t?.result as { throughput?: { mean: number; rme: number }; hz?: number; rme?: number } | undefined;
    const hz = r?.throughput?.mean ?? r?.hz ?? 0;
    return { v: hz * work, rme: r?.throughput?.rme ?? r?.rme ?? 0 };
  };
  const o = rate(a);
  const row: BenchRow = { name, unit, ours: o.v, rme: o.rme };
  if (peer) {
    const p = rate(b);
    row.peerName = peer.name;
    row.peer = p.v;
    row.peerRme = p.rme;
  }
  return row;
}

/**
 * Alternating A/B on a shared machine: `rounds` rounds, each timing ours and
 * the peer for `ms` milliseconds back to back (the order flips every round),
 * so a load spike from another process hits both sides. Reports the median
 * rate of each side and, as `±%`, half the spread of the per-round rates
 * around the median. The ratio column is the median of the per-round
 * ratios (ours ÷ peer in the same round), which a load change between
 * rounds cannot skew the way a ratio of two medians can.
 */
export async function alternate(
  name: string,
  unit: string,
  work: number,
  ours: () => unknown,
  peer: { name: string; fn: () => unknown },
  rounds = 9,
  ms = 300,
): Promise<BenchRow> {
  const rate = async (fn: () => unknown): Promise<number> => {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while ((t = performance.now()) - t0 < ms) {
      const r = fn();
      if (r instanceof Promise) await r;
      n++;
    }
    return (n * work * 1000) / (t - t0);
  };
  // warm both (lazy indexes, JIT) before timing
  for (let i = 0; i < 2; i++) {
    await ours();
    await peer.fn();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      a.push(await rate(ours));
      b.push(await rate(peer.fn));
    } else {
      b.push(await rate(peer.fn));
      a.push(await rate(ours));
    }
  }
  const med = (xs: number[]): number => xs.slice().sort((x, y) => x - y)[xs.length >> 1]!;
  const spread = (xs: number[]): number => ((Math.max(...xs) - Math.min(...xs)) / 2 / med(xs)) * 100;
  return { name, unit, ours: med(a), rme: spread(a), peerName: peer.name, peer: med(b), peerRme: spread(b), ratio: med(a.map((x, i) => x / b[i]!)) };
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** Prints rows as one aligned table. */
export function printTable(rows: BenchRow[]): void {
  const lines = [['benchmark', 'ours', '±%', 'peer', 'peer value', '±%', 'ratio']];
  for (const r of rows) {
    lines.push([
      r.name,
      `${fmt(r.ours)} ${r.unit}`,
      r.rme.toFixed(1),
      r.peerName ?? '-',
      r.peer !== undefined ? `${fmt(r.peer)} ${r.unit}` : '-',
      r.peerRme !== undefined ? r.peerRme.toFixed(1) : '-',
      r.ratio !== undefined ? `${r.ratio.toFixed(2)}×` : r.peer ? `${(r.ours / r.peer).toFixed(2)}×` : '-',
    ]);
  }
  const w = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const l of lines) console.log(l.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  '));
}
