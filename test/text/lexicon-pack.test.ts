import { describe, expect, it } from 'vitest';
import { data as abbrData } from '../../src/lexicons/generated/text-abbreviations';
import { data as civicData } from '../../src/lexicons/generated/text-civic-words';
import { data as frequencyData } from '../../src/lexicons/generated/text-frequency';
import { data as protectedData } from '../../src/lexicons/generated/text-protected';
import { data as indocollexData } from '../../src/lexicons/generated/text-slang-indocollex';
import { data as suaraSlangData } from '../../src/lexicons/generated/text-slang-suara';
import { data as vocabData } from '../../src/lexicons/generated/text-vocabulary';
import { parseTsv } from '../../src/lexicons/tsv';
import { formalFrequency, knownVocabulary, skeletonIndex, slangMap } from '../../src/text/lexicon';
import { CIVIC_COUNT, mergeCivic, packModule, packTextLexicons, resolveSlang } from '../../src/text/lexicon-pack';
import { createPackedSkeletonIndex, createSkeletonIndex, expandSkeleton, nasalReducedSkeleton, skeletonOf, sortBySkeletonKey } from '../../src/text/skeleton';

const words = (tsv: string, col = 'word'): string[] => parseTsv(tsv).rows.map((r) => r[col]!);

/** What the runtime built from the TSV modules at the first tokenize() before the pack (0.2.0-dev). */
function legacy(): { slang: Map<string, string>; freq: Map<string, number>; known: Set<string> } {
  const slang = resolveSlang(parseTsv(indocollexData).rows, parseTsv(suaraSlangData).rows, words(protectedData));
  const freq = new Map<string, number>();
  const lines = frequencyData.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const tab = lines[i]!.indexOf('\t');
    if (tab > 0) freq.set(lines[i]!.slice(0, tab), Number(lines[i]!.slice(tab + 1)));
  }
  for (const w of words(civicData)) if ((freq.get(w) ?? 0) < CIVIC_COUNT) freq.set(w, CIVIC_COUNT);
  const known = new Set<string>(words(vocabData));
  for (const w of freq.keys()) known.add(w);
  for (const v of slang.values()) for (const w of v.split(' ')) known.add(w);
  for (const r of parseTsv(abbrData).rows) for (const w of r['expansion']!.split(' ')) known.add(w);
  return { slang, freq, known };
}

describe('packed text lexicons', () => {
  const old = legacy();
  it('the slang map is the resolved table', () => {
    expect(slangMap().size).toBe(old.slang.size);
    for (const [k, v] of old.slang) expect(slangMap().get(k), k).toBe(v);
  });
  it('the frequency map has the same counts (civic words raised)', () => {
    expect(new Map(formalFrequency())).toEqual(old.freq);
    expect(mergeCivic('word\tcount\njalan\t50\naduan\t2', ['aduan', 'sampah'])).toEqual(
      new Map([
        ['jalan', 50],
        ['aduan', CIVIC_COUNT],
        ['sampah', CIVIC_COUNT],
      ]),
    );
  });
  it('the known vocabulary accepts exactly the same words', () => {
    const kv = knownVocabulary();
    for (const w of old.known) expect(kv.has(w), w).toBe(true);
    // and nothing else: every accepted word is in the old set (probe the slang keys and some non-words too)
    const probes = [...slangMap().keys(), 'xqzv', 'constructor', '__proto__', 'toString', ''];
    for (const w of probes) expect(kv.has(w), w).toBe(old.known.has(w));
  });
  it('a pack of a tiny source set', () => {
    const files: Record<string, string> = {
      'text/slang-indocollex.tsv': 'informal\tformal\ngk\tgak\nbgt\tbanget\n',
      'text/slang-suara.tsv': 'informal\tformal\ngak\ttidak\nbgt\t-\n',
      'text/protected.tsv': 'word\ndinkes\n',
      'text/vocabulary.tsv': 'word\nmaaf\n',
      'text/civic-words.tsv': 'word\naduan\n',
      'text/frequency.tsv': 'word\tcount\ntempat\t90\nbanjir\t40\n',
      'text/abbreviations.tsv': 'abbr\texpansion\tcan_end\njl\tjalan raya\t0\n',
    };
    const pack = packTextLexicons((f) => files[f]!);
    expect(pack.slang).toBe('gak\ttidak\ngk\ttidak'); // by formal word, then informal
    expect(pack.frequency).toBe('banjir\t40\naduan\t20\ntempat\t90'); // by reduced skeleton: bjr < dn < tmpt
    expect(pack.known).toBe('jalan\nmaaf\nraya'); // tidak is the slang table's
    expect(packModule(pack)).toContain('export const frequency: string = "banjir\\t40\\naduan\\t20\\ntempat\\t90";');
  });
});

describe('packed skeleton index', () => {
  const freq = formalFrequency();
  const mapIndex = createSkeletonIndex(freq);
  const packed = skeletonIndex();
  const asSet = (list: readonly (readonly [string, number])[] | undefined): string[] => (list ?? []).map(([w, c]) => `${w}:${c}`).sort();
  it('files the same candidates under every key of the Map index', () => {
    for (const [key, list] of mapIndex) expect(asSet(packed.get(key)), key).toEqual(asSet(list));
  });
  it('finds nothing under keys the Map index does not have', () => {
    // every word's skeletons with one consonant dropped, doubled or an n added: near misses
    const probes = new Set<string>();
    for (const w of freq.keys()) {
      const sk = skeletonOf(w);
      probes.add(sk.slice(1));
      probes.add(sk + 'n');
      probes.add('n' + sk);
      probes.add(sk.slice(0, 1) + 'n' + sk.slice(1));
      probes.add(nasalReducedSkeleton(w).slice(0, -1));
    }
    for (const p of probes) if (!mapIndex.has(p)) expect(packed.get(p), p).toBeUndefined();
  });
  it('expands every token the same way as the Map index', () => {
    // vowel-dropped spellings of every counted word, with and without the nasal n
    const tokens = new Set<string>();
    for (const w of freq.keys()) {
      const sk = skeletonOf(w);
      tokens.add(w.charAt(0) + sk.slice(/^[aiueo]/.test(w) ? 0 : 1));
      tokens.add(nasalReducedSkeleton(w));
      tokens.add(sk);
      tokens.add(w.slice(0, 2) + sk.slice(2));
    }
    let expanded = 0;
    for (const t of tokens) {
      const want = expandSkeleton(t, mapIndex);
      expect(expandSkeleton(t, packed), t).toBe(want);
      if (want !== undefined) expanded++;
    }
    expect(expanded).toBeGreaterThan(1000);
  });
  it('works over hand-made lines, with a key that has several droppable n', () => {
    const pairs: [string, number][] = [
      ['kantor', 50],
      ['kontan', 3],
      ['pinggang', 30],
      ['pengangguran', 20],
      ['nanti', 40],
    ];
    const lines = sortBySkeletonKey(pairs).map(([w, c]) => `${w}\t${c}`);
    const p = createPackedSkeletonIndex(lines);
    const m = createSkeletonIndex(pairs);
    for (const key of [...m.keys(), 'pnggng', 'pggg', 'pngngrn', 'pggrn', 'nnt', 'nt', 'knt', 'kt', 'x', '']) expect(asSet(p.get(key)), key).toEqual(asSet(m.get(key)));
    expect(expandSkeleton('pnggng', p)).toBe('pinggang');
  });
});
