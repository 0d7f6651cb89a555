/**
 * The tagger over analyze()'s token tape (tagOnTape) must give exactly the
 * mentions of the string walk (tag): ids, kinds, names, spans, offsets,
 * regions, aliases, handles — on every fixture text and on random strings,
 * with the per-id memo shared across texts the way analyze() shares it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEntityTagger, tagOnTape, type EntityTagger, type EntityTaggerOptions, type TapeView } from '../../src/entities/create-tagger';
import { createAnalyzer } from '../../src/analyze';
import { createTapeTokenizer } from '../../src/text/tape';
import { MAX_IDS } from '../../src/text/intern';
import { articles, shortPosts, tweetPosts } from '../../bench/corpus';

const root = path.resolve(__dirname, '../..');

/** Every string of a parsed JSON value (texts, but also names and ids: more strings to walk). */
function strings(v: unknown, out: string[]): void {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
}

/** Texts of fixtures/** (jsonl, ndjson: every string of each record, or the raw line when it is not JSON; tsv: each line and each cell). */
function fixtureTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir).sort()) {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(jsonl|ndjson)$/.test(f)) {
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          if (line.trim() === '') continue;
          try {
            strings(JSON.parse(line), out);
          } catch {
            out.push(line); // posts-malformed.ndjson
          }
        }
      } else if (f.endsWith('.tsv')) {
        for (const line of readFileSync(p, 'utf8').split('\n')) {
          out.push(line);
          out.push(...line.split('\t'));
        }
      }
    }
  };
  walk(path.join(root, 'fixtures'));
  return [...new Set(out)];
}

const OPTIONS: (EntityTaggerOptions | undefined)[] = [undefined, { defaultRegion: '19.71' }, { defaultRegion: 'Kota Bogor', include: ['vertical'], exclude: ['pemda'] }];

/** A tagger with one tape tokenizer (one vocabulary, so one memo) shared by every text it is given. */
function pair(options?: EntityTaggerOptions): { tagger: EntityTagger; both(text: string, date?: string): [string, string] } {
  const tagger = createEntityTagger(options);
  const tokenizer = createTapeTokenizer({});
  return {
    tagger,
    both(text: string, date?: string): [string, string] {
      const viaString = JSON.stringify(tagger.tag(text, date));
      const viaTape = JSON.stringify(tagOnTape(tagger, tokenizer.tape(text), date));
      return [viaTape, viaString];
    },
  };
}

describe('tagOnTape = tag, exactly', () => {
  const texts = fixtureTexts();

  it('reads a few thousand fixture texts', () => {
    expect(texts.length).toBeGreaterThan(3000);
  });

  for (const [k, o] of OPTIONS.entries()) {
    it(`every fixture text and bench corpus text, options #${k} (memo cold, then warm)`, () => {
      const p = pair(o);
      const all = [...texts, ...shortPosts(300), ...tweetPosts(300), ...articles(3)];
      let compared = 0;
      // the second round reads every id from the memo the first round filled
      for (let round = 0; round < 2; round++) {
        for (const t of all) {
          const [a, b] = p.both(t);
          if (a !== b) expect({ text: t, tape: JSON.parse(a) as unknown }).toEqual({ text: t, tape: JSON.parse(b) as unknown });
          compared++;
        }
      }
      expect(compared).toBe(2 * all.length);
    });
  }

  it('analyze() entities are the string tagger’s on every fixture text, with and without a date', () => {
    const analyzer = createAnalyzer({ entities: { defaultRegion: '19.71' }, topics: false });
    const tagger = createEntityTagger({ defaultRegion: '19.71' });
    for (const t of texts) {
      expect(analyzer.analyze(t).entities).toEqual(tagger.tag(t));
      expect(analyzer.analyze(t, { date: '2018-05-01' }).entities).toEqual(tagger.tag(t, '2018-05-01'));
    }
  });

  it('tricky spots: touching tokens, handles, e-mail, invisible characters, non-ASCII letters', () => {
    const cases = [
      '12Dinkes sigap', '2024Dishub', 'Dinkes12 dan 12 Dinkes', 'Dinkes_pkp', '_Dinkes', 'x@dishub', 'admin@dishub_pkp.go.id Dishub', '@dinkes_pkp Dinkes', '#Dinkes #dinkespkp',
      'Dis\u200bhub lamban', 'Dis\u200dhub', 'Dinas\u00a0Kesehatan', 'Dinas \u200bKesehatan', '\ufeffDinkes', 'Din\u00adkes', 'Satpol-PP', 'satpol - pp', 'Satpol--PP', 'DINKES.', 'Kab.Bangka',
      'Kab. Bangka Selatan', 'Kab.  Bangka', 'édinkes', 'dinkesé Dinkes', 'Bañdinkes', 'Dinkes-nya', 'Dinkes’ sigap', "Jum'at Dinkes", 'Kota12 Kota 12', 'Dinas Kesehatan (Dinkes) Kota Pangkalpinang',
      'Kadis Sosial', 'Kadinkes Pangkalpinang', 'Disnakerkop sleman', 'disnakerkop', 'DKK dan dkk', 'Kementerian ATR/BPN dan BPN', 'Bagian Prokopim Setda Kota Makassar', 'Wali Kota Bogor', 'Pemkab Bateng',
    ];
    for (const o of OPTIONS) {
      const p = pair(o);
      for (let round = 0; round < 2; round++) for (const t of cases) expect({ t, m: p.both(t)[0] }).toEqual({ t, m: p.both(t)[1] });
    }
  });

  it('random strings of alias pieces, case, hyphens, handles, invisible characters and odd spacing (property)', () => {
    const pieces = [
      'Dinkes', 'dinkes', 'DINKES', 'Dinas', 'dinas', 'Kesehatan', 'Kota', 'kota', 'Kab.', 'Kabupaten', 'Pangkalpinang', 'pkp', 'Bangka', 'Selatan', 'Bogor',
      'Satpol', 'PP', 'Satpol-PP', 'satpolpp', 'Kadis', 'Kepala', 'Wali', 'Bupati', 'Pemkot', 'pemkab', 'RSUD', 'rs', 'Depati', 'Hamzah', 'Puskesmas', 'pkm',
      'Gerunggang', 'Kecamatan', 'Kelurahan', 'PDAM', 'Polres', 'BKD', 'DKK', 'dkk', 'Kominfo', 'Diskominfo', 'Disnakerkop', 'Dinporabudpar', 'kad', 'dis', 'din',
      'Bappeda', 'Setda', 'Bagian', 'Prokopim', 'Kementerian', 'ATR', 'BPN', 'Badan', 'Kesatuan', 'Bangsa', 'dan', 'Politik', 'Kesbangpol', 'DP3', 'Babel',
      'jalan', 'rusak', 'bgt', 'di', 'ke', 'pada', 'dingin', 'bapak', '12', '2024', 'a', 'x', 'é', 'Bañ', '_', '__proto__', 'constructor',
    ];
    const seps = [' ', '  ', '-', '.', '. ', ', ', ',', '\n', '\t', '\u00a0', '\u202f', '\u200b', '\u200d', '\u00ad', '\ufeff', '(', ')', ' (', ') ', '@', '#', '@_', ' #', '/', "'", '!', '?', '😀', '\ud800', ''];
    const text = fc.oneof(
      fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...seps)), { maxLength: 40 }).map((a) => a.map(([w, s]) => w + s).join('')),
      // pieces run together: tokens whose neighbours touch them (`12Dinkes`, `Dinkes_pkp`, `Kab.Bangka`)
      fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', '', '', ' ', '-', '.', '_', '@', '#', '\u200b')), { maxLength: 12 }).map((a) => a.map(([w, s]) => w + s).join('')),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('D', 'i', 'n', 'k', 'e', 's', 'a', 'K', 'o', 't', ' ', '-', '.', '@', '#', '\u200b', '(', ')', '1'), maxLength: 60 }),
    );
    // one pair for the whole run: ids learned from one string are reused by the next
    const pairs = OPTIONS.map((o) => pair(o));
    fc.assert(
      fc.property(text, fc.nat(pairs.length - 1), (t, k) => {
        const [a, b] = pairs[k]!.both(t);
        expect(a).toBe(b);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tagOnTape: the memo', () => {
  const view = (input: string, starts: number[], ends: number[], ids: number[], memoScope: object | undefined, memoGeneration: number): TapeView => ({
    input,
    count: starts.length,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    ids: Int32Array.from(ids),
    memoScope,
    memoGeneration,
  });

  it('is dropped when the vocabulary generation changes, and kept per vocabulary', () => {
    const tagger = createEntityTagger();
    const scope = {};
    // id 0 learned as 'qwerty' (starts nothing, composes nothing)
    expect(tagOnTape(tagger, view('qwerty sekali', [0, 7], [6, 13], [0, 1], scope, 0))).toEqual([]);
    // after a clear, id 0 is another word
    expect(tagOnTape(tagger, view('Dinkes sigap', [0, 7], [6, 12], [0, 1], scope, 1)).map((m) => m.id)).toEqual(['dinas.kesehatan']);
    // another vocabulary's id 0
    expect(tagOnTape(tagger, view('Dinkes sigap', [0, 7], [6, 12], [0, 1], {}, 1)).map((m) => m.id)).toEqual(['dinas.kesehatan']);
    // no scope: nothing is memoized, ids are ignored
    expect(tagOnTape(tagger, view('Dinkes sigap', [0, 7], [6, 12], [0, 1], undefined, 0)).map((m) => m.id)).toEqual(['dinas.kesehatan']);
  });

  it('survives the real vocabulary filling up and clearing between texts', () => {
    const tagger = createEntityTagger();
    const tokenizer = createTapeTokenizer({});
    // more distinct words than the vocabulary holds: ids run out, then the next text clears it
    const words: string[] = [];
    for (let k = 0; k < MAX_IDS + 1000; k++) words.push('zq' + k.toString(36));
    const big = words.join(' ') + ' Dinkes Kota Pangkalpinang';
    expect(JSON.stringify(tagOnTape(tagger, tokenizer.tape(big)))).toBe(JSON.stringify(tagger.tag(big)));
    for (const t of ['Dinkes sigap', 'zq0 Dishub zq1 lamban', 'Kadis Kominfo Pangkalpinang dan Satpol-PP']) {
      expect(JSON.stringify(tagOnTape(tagger, tokenizer.tape(t)))).toBe(JSON.stringify(tagger.tag(t)));
    }
  });

  it('falls back to tag() for a tagger it did not make', () => {
    const inner = createEntityTagger();
    const wrapped: EntityTagger = { tag: (t, d) => inner.tag(t, d) };
    const tape = createTapeTokenizer({}).tape('Dishub lamban');
    expect(tagOnTape(wrapped, tape)).toEqual(inner.tag('Dishub lamban'));
  });
});
