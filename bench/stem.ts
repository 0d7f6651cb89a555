/**
 * suara's stemmer vs sastrawijs `new Stemmer().stem`, in one process:
 *   (a) distinct words, cold cache (memo disabled);
 *   (b) a 200 000-token Zipf-like stream, fresh stemmer (empty memo) per pass;
 *   plus dictionary load time and heap growth.
 *
 *   npx tsx bench/stem.ts                     (add --expose-gc for a cleaner heap figure:
 *   node --expose-gc --import tsx bench/stem.ts)
 *
 * Words are generated at bench time from roots and affixes chosen here
 * (fixed seed); no dataset text is involved.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Stemmer as SastrawiStemmer } from 'sastrawijs';
import { createStemmer } from '../src/stem';
import { defaultRoots } from '../src/stem/dictionary';
import { prng } from './corpus';
import { compare, printTable, type BenchRow } from './harness';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Roots that carry government news and complaints. */
const ROOTS = (
  'layan keluh rusak padam turun bangun baik periksa pantau tangan tindak tertib tolak tunggu tetap terima tata ' +
  'tutup tunda tambah sampai salur sedia selesai sebab susun serah kirim kelola kurang ajar umum atur ambil kerja ' +
  'ikut usul ada kembang keluar ingat guna hadir hambat beri bersih bayar buang bantu butuh dukung didik daftar ' +
  'dapat cari jaga jual data masalah laku jalan dampak hasil upaya izin tani ikan hubung dagang jadi lambat ganggu ' +
  'bakar genang lapor resmi harap sehat aman selamat miskin macet rugi naik bijak celaka lurah camat pasang pilih ' +
  'pulih putus pakai potong pasar paham pasti panggil pimpin pelihara penuh minta mohon manfaat tanam tanya tegas ' +
  'tempat tampung nilai nikmat nyata sumbang sita ancam angkut antar awas edar tugas ubah ukur urus rawat rencana'
).split(' ');

/** meN- with the nasal assimilation a writer would use. */
function meN(root: string, pe: boolean): string {
  const p = pe ? 'pe' : 'me';
  const c = root[0]!;
  if ('bfv'.includes(c)) return p + 'm' + root;
  if (c === 'p') return p + 'm' + root.slice(1);
  if ('cdjz'.includes(c)) return p + 'n' + root;
  if (c === 't') return p + 'n' + root.slice(1);
  if (c === 's') return p + 'ny' + root.slice(1);
  if (c === 'k') return p + 'ng' + root.slice(1);
  if ('gh'.includes(c) || 'aiueo'.includes(c)) return p + 'ng' + root;
  return p + root;
}

/** Affixed forms of the roots plus the fixture words: the distinct-word set. */
function distinctWords(): string[] {
  const out = new Set<string>();
  for (const r of ROOTS) {
    const me = meN(r, false);
    const pe = meN(r, true);
    for (const w of [
      r, me, me + 'kan', me + 'i', pe, pe + 'an', 'di' + r, 'di' + r + 'kan', 'di' + r + 'i', 'ber' + r,
      'ter' + r, 'ke' + r + 'an', r + 'an', r + 'nya', 'per' + r + 'an', me + 'kannya', r + '-' + r, 'se' + r + 'nya',
    ]) out.add(w);
  }
  const fx = readFileSync(path.join(here, '../fixtures/stem/words.tsv'), 'utf8');
  for (const line of fx.split('\n')) {
    if (line === '' || line.startsWith('#') || line.startsWith('word\t')) continue;
    out.add(line.split('\t')[0]!);
  }
  return [...out];
}

/** `n` tokens drawn from `vocab` with Zipf(1) ranks (fixed seed), shuffled vocab order. */
function zipfStream(vocab: string[], n: number, seed: number): string[] {
  const rand = prng(seed);
  const order = vocab.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cdf: number[] = [];
  let sum = 0;
  for (let r = 1; r <= order.length; r++) cdf.push((sum += 1 / r));
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const x = rand() * sum;
    let lo = 0, hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    out[i] = order[lo]!;
  }
  return out;
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/** Runs the stemmer benchmarks; rows carry ours, peer, unit and rme. */
export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  // Dictionary load: our lazy Set vs sastrawijs building its object. Both
  // read the same inlined array; the first of ours is the real cold cost.
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const roots = defaultRoots();
  const loadMs = performance.now() - t0;
  gc();
  const heapOurs = (process.memoryUsage().heapUsed - heap0) / 1e6;
  const t1 = performance.now();
  const peer = new SastrawiStemmer();
  const peerLoadMs = performance.now() - t1;
  gc();
  const heapPeer = (process.memoryUsage().heapUsed - heap0) / 1e6 - heapOurs;
  rows.push({ name: `dictionary load (${roots.size} roots), ms`, unit: 'ms', ours: loadMs, rme: 0, peerName: 'sastrawijs', peer: peerLoadMs, peerRme: 0 });
  rows.push({ name: 'dictionary heap growth, MB', unit: 'MB', ours: heapOurs, rme: 0, peerName: 'sastrawijs', peer: heapPeer, peerRme: 0 });

  const words = distinctWords();
  const cold = createStemmer({ cacheSize: 0 });
  rows.push(
    await compare(`(a) ${words.length} distinct words, cold cache`, 'words/s', words.length, () => {
      for (const w of words) cold.stem(w);
    }, { name: 'sastrawijs', fn: () => { for (const w of words) peer.stem(w); } }),
  );

  const stream = zipfStream(words, 200_000, 42);
  rows.push(
    await compare('(b) 200k-token Zipf stream, fresh memo per pass', 'tokens/s', stream.length, () => {
      const s = createStemmer();
      for (const w of stream) s.stem(w);
    }, { name: 'sastrawijs', fn: () => { for (const w of stream) peer.stem(w); } }, 3000),
  );
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
