import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { longerRoot } from '../../src/stem/corrections';
import { defaultRoots, type RootDictionary } from '../../src/stem/dictionary';
import { particleLength, possessiveLength, removePrefixes, stemNonRoot, type EcsTrace } from '../../src/stem/ecs';

/** longerRoot as it was before the candidates were pruned (0.2.0-dev, commit 76a7847): the reference. */
function legacyLongerRoot(word: string, ecsRoot: string, dict: RootDictionary): string | null {
  if (word.startsWith('per') && /[aiueo]/.test(word.charAt(3))) return null;
  let w = word;
  w = w.slice(0, w.length - particleLength(w));
  w = w.slice(0, w.length - possessiveLength(w));
  let best: string | null = null;
  const consider = (core: string): void => {
    if (core.length <= ecsRoot.length) return;
    const r = dict.has(core) ? core : removePrefixes(core, dict);
    if (dict.has(r) && r.length > ecsRoot.length && (best === null || r.length > best.length)) best = r;
  };
  if (w !== word) consider(w);
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const verbal = w.startsWith('me') || w.startsWith('di') || w.startsWith('ter');
  if (last === 105 && verbal) consider(w.slice(0, n - 1));
  if (w.endsWith('kan')) {
    if (verbal) consider(w.slice(0, n - 3));
    if (w.charCodeAt(n - 4) !== 105 && !w.startsWith('di') && !w.startsWith('me')) consider(w.slice(0, n - 2));
  } else if (w.endsWith('an')) consider(w.slice(0, n - 2));
  return best;
}

const root = join(__dirname, '..', '..');
function fixtureWords(): string[] {
  const out: string[] = [];
  for (const f of ['fixtures/stem/words.tsv', 'fixtures/stem/failure-classes.tsv']) {
    for (const line of readFileSync(join(root, f), 'utf8').split('\n')) {
      if (line === '' || line.startsWith('#') || line.startsWith('word\t')) continue;
      out.push(line.split('\t')[0]!);
    }
  }
  return out;
}

/** meN-/peN- as a writer forms it (enough to reach every nasal rule). */
function nasal(p: string, r: string): string {
  const c = r.charAt(0);
  if ('bfv'.includes(c)) return p + 'm' + r;
  if (c === 'p') return p + 'm' + r.slice(1);
  if ('cdjz'.includes(c)) return p + 'n' + r;
  if (c === 't') return p + 'n' + r.slice(1);
  if (c === 's') return p + 'ny' + r.slice(1);
  if (c === 'k') return p + 'ng' + r.slice(1);
  if ('gh'.includes(c) || 'aiueo'.includes(c)) return p + 'ng' + r;
  return p + r;
}

describe('longerRoot (pruned) against the reference implementation', () => {
  const dict = defaultRoots();
  const check = (words: Iterable<string>): number => {
    let n = 0;
    for (const w of words) {
      if (w.length <= 3 || dict.has(w) || !/^[a-z]+$/.test(w)) continue;
      const trace: EcsTrace = { prefixInput: '' };
      const ecs = stemNonRoot(w, dict, trace);
      if (ecs === w) continue;
      expect(stemNonRoot(w, dict), w).toBe(ecs); // the trace changes nothing
      const want = legacyLongerRoot(w, ecs, dict);
      // with and without the ECS trace; one message per mismatch, so a failure names the word
      if (longerRoot(w, ecs, dict, trace.prefixInput) !== want) expect(longerRoot(w, ecs, dict, trace.prefixInput), w).toBe(want);
      if (longerRoot(w, ecs, dict) !== want) expect(longerRoot(w, ecs, dict), w).toBe(want);
      n++;
    }
    return n;
  };
  it('agrees on every fixture word', () => {
    expect(check(fixtureWords())).toBeGreaterThan(200);
  });
  it('agrees on affixed forms of every root of the dictionary', () => {
    const words = new Set<string>();
    for (const r of dict) {
      if (!/^[a-z]+$/.test(r)) continue;
      const me = nasal('me', r);
      for (const w of [me + 'i', me + 'kan', 'di' + r + 'i', 'di' + r + 'kan', 'di' + r + 'nya', r + 'an', nasal('pe', r) + 'an', 'ter' + r + 'kan', 'ke' + r + 'an', me + 'kannya']) words.add(w);
    }
    expect(check(words)).toBeGreaterThan(100_000);
  });
});
