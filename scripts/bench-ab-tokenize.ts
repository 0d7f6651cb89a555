/**
 * In-process A/B of two checkouts' tokenizers on the bench corpus, alternated
 * round by round so both see the same machine load (the shared machine makes
 * separate `bench/tokenize.ts` runs vary by ±30 %).
 *
 *   git archive main src lexicons bench | tar -x -C /tmp/suara-main
 *   npx tsx scripts/bench-ab-tokenize.ts /tmp/suara-main . [--fresh]
 *
 * `--fresh` uses a new tokenizer per round, so every distinct word pays its
 * normalization again (the cold cost of the unknown-token rules); otherwise
 * the default tokenizer's memo is warm, as in a long-running service.
 * Prints medians over 15 rounds; ratio = A time / B time (> 1: B is faster).
 */
import { resolve } from 'node:path';

type Tk = { tokenize(s: string): unknown };
type Mod = { tokenize(s: string): unknown; createTokenizer(): Tk };

const [rootA, rootB] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!rootA || !rootB) {
  console.error('usage: tsx scripts/bench-ab-tokenize.ts <rootA> <rootB> [--fresh]');
  process.exit(2);
}
const fresh = process.argv.includes('--fresh');
const A = (await import(resolve(rootA, 'src/text/tokenize.ts'))) as Mod;
const B = (await import(resolve(rootB, 'src/text/tokenize.ts'))) as Mod;
const corpus = (await import(resolve(rootB, 'bench/corpus.ts'))) as { mixedText(n: number): string; shortPosts(n: number): string[] };
const text = corpus.mixedText(1_000_000);
const mb = Buffer.byteLength(text) / 1e6;
const posts = corpus.shortPosts(2000);

function time(mod: Mod, inputs: readonly string[]): number {
  const tk: Tk = fresh ? mod.createTokenizer() : mod;
  const t = performance.now();
  for (const s of inputs) tk.tokenize(s);
  return performance.now() - t;
}
for (let i = 0; i < 3; i++) for (const m of [A, B]) time(m, [text]), time(m, posts);
const big: [number[], number[]] = [[], []];
const small: [number[], number[]] = [[], []];
for (let i = 0; i < 15; i++) {
  const order = i % 2 === 0 ? [0, 1] : [1, 0];
  for (const k of order) {
    const m = k === 0 ? A : B;
    big[k]!.push(time(m, [text]));
    small[k]!.push(time(m, posts));
  }
}
const med = (x: number[]): number => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)]!;
console.log(`${fresh ? 'fresh tokenizer per round' : 'warm default tokenizer'} (medians of 15 alternated rounds)`);
console.log(`1 MB mixed: A ${((mb / med(big[0])) * 1000).toFixed(2)} MB/s, B ${((mb / med(big[1])) * 1000).toFixed(2)} MB/s, A/B time ratio ${(med(big[0]) / med(big[1])).toFixed(3)}`);
console.log(`2000 posts: A ${((2000 / med(small[0])) * 1000).toFixed(0)} docs/s, B ${((2000 / med(small[1])) * 1000).toFixed(0)} docs/s, A/B time ratio ${(med(small[0]) / med(small[1])).toFixed(3)}`);
