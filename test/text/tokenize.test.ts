import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTokenizer, tokenize } from '../../src/text/tokenize';
import type { Token } from '../../src/text/types';

const kinds = (s: string): Array<[string, string]> => tokenize(s).map((t) => [t.text, t.type]);
const norms = (s: string): string[] => tokenize(s).map((t) => t.norm);

function assertOffsets(input: string, toks: Token[]): void {
  let prev = 0;
  for (const t of toks) {
    expect(t.start).toBeGreaterThanOrEqual(prev);
    expect(t.end).toBeGreaterThan(t.start);
    expect(input.slice(t.start, t.end)).toBe(t.text);
    prev = t.end;
  }
}

describe('tokenize: Indonesian word rules', () => {
  it('keeps hyphenated reduplication as one word', () => {
    expect(kinds('kupu-kupu anak-anak berlari-lari')).toEqual([
      ['kupu-kupu', 'word'],
      ['anak-anak', 'word'],
      ['berlari-lari', 'word'],
    ]);
  });
  it('reads digit reduplication as one word with a hyphenated norm', () => {
    expect(tokenize('anak2 ramah2nya')).toMatchObject([
      { text: 'anak2', norm: 'anak-anak', type: 'word' },
      { text: 'ramah2nya', norm: 'ramah-ramahnya', type: 'word' },
    ]);
  });
  it('keeps clitics attached', () => {
    expect(kinds('rumahnya bukumu')).toEqual([
      ['rumahnya', 'word'],
      ['bukumu', 'word'],
    ]);
  });
  it('keeps dotted abbreviations and titles as one token', () => {
    const t = tokenize('Dr. H. Budi, S.Sos., M.Si. di Jl. Merdeka No. 5 Kab. Bangka Kec. Gerunggang dr. Ani');
    const abbr = t.filter((x) => x.type === 'abbreviation').map((x) => x.text);
    expect(abbr).toEqual(['Dr.', 'H.', 'S.Sos.', 'M.Si.', 'Jl.', 'No.', 'Kab.', 'Kec.', 'dr.']);
    expect(t.find((x) => x.text === 'Kab.')!.norm).toBe('kabupaten');
  });
  it('recognises currency, time and numbers', () => {
    expect(kinds('Rp50.000 Rp 1,2 miliar mulai 14.30 WIB, 08:15, 2.500 orang, 10%')).toEqual([
      ['Rp50.000', 'currency'],
      ['Rp 1,2', 'currency'],
      ['miliar', 'word'],
      ['mulai', 'word'],
      ['14.30', 'time'],
      ['WIB', 'word'],
      [',', 'punctuation'],
      ['08:15', 'time'],
      [',', 'punctuation'],
      ['2.500', 'number'],
      ['orang', 'word'],
      [',', 'punctuation'],
      ['10', 'number'],
      ['%', 'symbol'],
    ]);
  });
  it('does not read a decimal without a time zone or clock word as a time', () => {
    expect(kinds('naik 14.30 persen')[1]).toEqual(['14.30', 'number']);
  });
  it('reads HH.MM after pukul/jam as a time', () => {
    expect(kinds('pukul 14.30 dan jam 08.00')).toEqual([
      ['pukul', 'word'],
      ['14.30', 'time'],
      ['dan', 'word'],
      ['jam', 'word'],
      ['08.00', 'time'],
    ]);
  });
  it('reads keycap emoji, including #️⃣, as emoji', () => {
    expect(kinds('#\ufe0f\u20e3 1\ufe0f\u20e3 #tag')).toEqual([
      ['#\ufe0f\u20e3', 'emoji'],
      ['1\ufe0f\u20e3', 'emoji'],
      ['#tag', 'hashtag'],
    ]);
  });
  it('recognises laughter', () => {
    expect(tokenize('wkwkwk HAHAHA hehe xixixi awokwokwok haha').map((t) => t.type)).toEqual(Array(6).fill('laughter'));
    expect(tokenize('hari hahal kwitansi')[0]!.type).toBe('word');
  });
  it('recognises social tokens', () => {
    expect(kinds('@diskominfo_pkp #PangkalpinangHebat https://pangkalpinangkota.go.id/berita?id=1. humas@pangkalpinangkota.go.id')).toEqual([
      ['@diskominfo_pkp', 'mention'],
      ['#PangkalpinangHebat', 'hashtag'],
      ['https://pangkalpinangkota.go.id/berita?id=1', 'url'],
      ['.', 'punctuation'],
      ['humas@pangkalpinangkota.go.id', 'email'],
    ]);
  });
  it('keeps emoji sequences with skin tones, ZWJ and flags as one token', () => {
    expect(kinds('👍🏽👨‍👩‍👧🇮🇩😡😡')).toEqual([
      ['👍🏽', 'emoji'],
      ['👨‍👩‍👧', 'emoji'],
      ['🇮🇩', 'emoji'],
      ['😡', 'emoji'],
      ['😡', 'emoji'],
    ]);
  });
  it('recognises emoticons but not inside words or after digits', () => {
    expect(kinds('mantap :) sedih :-( :v xD')).toEqual([
      ['mantap', 'word'],
      [':)', 'emoticon'],
      ['sedih', 'word'],
      [':-(', 'emoticon'],
      [':v', 'emoticon'],
      ['xD', 'emoticon'],
    ]);
    expect(kinds('pasal 3:3').map((k) => k[1])).not.toContain('emoticon');
  });
});

describe('tokenize: norms', () => {
  it('squashes elongation but keeps real double letters', () => {
    expect(norms('mantaaap bangettt maaf saat')).toEqual(['mantap', 'banget', 'maaf', 'saat']);
  });
  it('maps slang to formal', () => {
    expect(norms('yg dgn tdk gak ga gk nggak enggak ngga bgt krn sm jg udh udah blm bkn aja gimana kalo emang bener skrg trs tp')).toEqual(
      'yang dengan tidak tidak tidak tidak tidak tidak tidak banget karena sama juga sudah sudah belum bukan saja bagaimana kalau memang benar sekarang terus tapi'.split(' '),
    );
  });
  it('never rewrites agency abbreviations', () => {
    expect(norms('kominfo dishub satpol pemkot dinsos Satpol-PP')).toEqual(['kominfo', 'dishub', 'satpol', 'pemkot', 'dinsos', 'satpol-pp']);
  });
  it('decodes leetspeak only into known words', () => {
    expect(norms('s3m4ngat covid19')).toEqual(['semangat', 'covid19']);
  });
  it('segments hashtags for the scorer and keeps one token', () => {
    const [t] = tokenize('#PangkalpinangHebat');
    expect(t).toMatchObject({ type: 'hashtag', norm: 'pangkalpinang hebat', start: 0, end: 19 });
    expect(tokenize('#PKPBersih')[0]!.norm).toBe('pkp bersih');
  });
  it('uses an injected vocabulary for lowercase hashtags and leetspeak', () => {
    const known = new Set(['layanan', 'publik', 'prima', 'bersih']);
    const tk = createTokenizer({ knownWord: (w) => known.has(w) });
    expect(tk.tokenize('#layananpublikprima')[0]!.norm).toBe('layanan publik prima');
    expect(tk.tokenize('b3rs1h')[0]!.norm).toBe('bersih');
  });
  it('strips zero-width characters inside a word from the norm only', () => {
    const s = 'ba\u200bgus';
    expect(tokenize(s)).toEqual([{ text: s, norm: 'bagus', type: 'word', start: 0, end: 6 }]);
  });
  it('treats prototype property names as ordinary words', () => {
    expect(norms('constructor __proto__ toString hasOwnProperty')).toEqual(['constructor', '__proto__', 'tostring', 'hasownproperty']);
    for (const w of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(tokenize(w)[0]!.norm).toBe(w.toLowerCase());
  });
});

describe('tokenize: robustness', () => {
  it('throws TypeError naming the argument for non-strings', () => {
    for (const bad of [undefined, null, 42, {}, ['a'], Symbol('x')]) expect(() => tokenize(bad as unknown as string)).toThrow(/argument "text"/);
  });
  it('rejects unknown options with the field named', () => {
    expect(() => tokenize('a', { nope: true } as never)).toThrow(/option/);
    expect(() => tokenize('a', { knownWord: 'x' } as never)).toThrow(/knownWord/);
  });
  it('handles empty, whitespace and zero-width-only input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t\u200b\ufeff ')).toEqual([]);
  });
  it('handles lone surrogates as symbols with exact offsets', () => {
    const s = 'a\ud800b\udc00 \ud83d';
    const t = tokenize(s);
    assertOffsets(s, t);
    expect(t.map((x) => x.type)).toContain('symbol');
  });
  it('property: never throws, offsets exact, ordered and non-overlapping, deterministic', () => {
    const alphabet = fc.constantFrom(...'aAkw2 .-@#:)(😡👍🏽\u200d\u200b\ud800\udc00Rp1,.WIB\n!?"\'_/'.split(''), 'https://', 'www.', '.com', 'Rp ', 'S.Sos.', '🇮🇩');
    const indoish = fc.array(alphabet, { maxLength: 60 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), indoish), (s) => {
        const a = tokenize(s);
        assertOffsets(s, a);
        expect(tokenize(s)).toEqual(a);
      }),
      { numRuns: 600 },
    );
  });
  it('covers every non-space character: nothing is silently dropped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const covered = new Uint8Array(s.length);
        for (const t of tokenize(s)) covered.fill(1, t.start, t.end);
        for (let i = 0; i < s.length; i++) {
          if (covered[i]) continue;
          const c = s.charCodeAt(i);
          const invisible = /\s/.test(s[i]!) || [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0xad, 0x180e, 0x85].includes(c);
          expect(invisible, `char ${c.toString(16)} at ${i} dropped`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
  it('completes on 10 MB of adversarial input with valid offsets (linear scan)', () => {
    const parts = [
      '!?.,;'.repeat(200_000),
      '😡👍🏽🇮🇩'.repeat(100_000),
      'a'.repeat(2_000_000),
      'a.'.repeat(500_000),
      'a@'.repeat(300_000),
      'ab.cd.'.repeat(200_000),
      '\ud800x'.repeat(300_000),
      'wk'.repeat(300_000),
      '12.'.repeat(300_000),
      '#'.repeat(200_000),
    ];
    const s = parts.join(' ');
    expect(s.length).toBeGreaterThan(9_000_000);
    const t = tokenize(s);
    let prev = 0;
    for (const x of t) {
      if (x.start < prev || x.end <= x.start) throw new Error(`bad offsets at ${x.start}`);
      prev = x.end;
    }
    // spot-check exactness without slicing 10 MB token by token
    for (let k = 0; k < t.length; k += 9973) expect(s.slice(t[k]!.start, t[k]!.end)).toBe(t[k]!.text);
  });
});

describe('tokenize: interned surfaces', () => {
  it('gives identical tokens for repeated words and across calls (the intern cache is invisible)', () => {
    const tk = createTokenizer();
    const s = 'jalan rusak, jalan rusak! Jalan RUSAK.';
    const a = tk.tokenize(s);
    const b = tk.tokenize(s);
    expect(b).toEqual(a);
    expect(a.map((t) => t.norm)).toEqual(['jalan', 'rusak', ',', 'jalan', 'rusak', '!', 'jalan', 'rusak', '.']);
    for (const t of a) expect(s.slice(t.start, t.end)).toBe(t.text);
  });
  it('does not confuse different words that collide in the cache', () => {
    const tk = createTokenizer();
    const words = Array.from({ length: 20_000 }, (_, i) => `kata${i.toString(36)}x`);
    const text = words.join(' ');
    expect(tk.tokenize(text).map((t) => t.text)).toEqual(words);
    expect(tk.tokenize(text).map((t) => t.text)).toEqual(words);
  });
});

describe('tokenize: runs of one punctuation character', () => {
  it('are one token with the span of the run', () => {
    const text = 'Bagus!!! Kapan diperbaiki??? Tunggu... ?!?!';
    expect(tokenize(text).map((t) => [t.text, t.type, t.start, t.end])).toEqual([
      ['Bagus', 'word', 0, 5],
      ['!!!', 'punctuation', 5, 8],
      ['Kapan', 'word', 9, 14],
      ['diperbaiki', 'word', 15, 25],
      ['???', 'punctuation', 25, 28],
      ['Tunggu', 'word', 29, 35],
      ['...', 'punctuation', 35, 38],
      // different characters stay one token each
      ['?', 'punctuation', 39, 40],
      ['!', 'punctuation', 40, 41],
      ['?', 'punctuation', 41, 42],
      ['!', 'punctuation', 42, 43],
    ]);
  });

  it('keep the token count bounded however long the run (10 MB of "!" is one token)', () => {
    for (const n of [1, 1000, 1_000_000, 10_000_000]) {
      const toks = tokenize('!'.repeat(n));
      expect(toks).toHaveLength(1);
      expect([toks[0]!.start, toks[0]!.end, toks[0]!.text.length]).toEqual([0, n, n]);
    }
    const mixed = tokenize(`Tolong${','.repeat(3_000_000)} dong`);
    expect(mixed.map((t) => [t.type, t.end - t.start])).toEqual([
      ['word', 6],
      ['punctuation', 3_000_000],
      ['word', 4],
    ]);
  });
});


describe('tokenize: words whose first letter could open a URL, currency or emoticon', () => {
  // h w r o x (and H W R I T X O) take a longer path only when the next character could make
  // them a URL, Rp/IDR amount or emoticon; otherwise they are words like any other.
  const kinds = (s: string): [string, string][] => tokenize(s).map((t) => [t.text, t.type]);
  it('reads the look-alikes as what they are', () => {
    expect(kinds('http://pemkot.go.id HTTPS://x.id www.dinkes.id')).toEqual([
      ['http://pemkot.go.id', 'url'],
      ['HTTPS://x.id', 'url'],
      ['www.dinkes.id', 'url'],
    ]);
    expect(kinds('Rp5.000 rp 10.000 IDR 7000')).toEqual([
      ['Rp5.000', 'currency'],
      ['rp 10.000', 'currency'],
      ['IDR 7000', 'currency'],
    ]);
    expect(kinds('o_O T_T T.T xD XD')).toEqual([
      ['o_O', 'emoticon'],
      ['T_T', 'emoticon'],
      ['T.T', 'emoticon'],
      ['xD', 'emoticon'],
      ['XD', 'emoticon'],
    ]);
  });
  it('reads the common words as words, with the same ids as any other word', () => {
    const words = 'harus Hari warga Wajib rusak Rumah orang Orang Indonesia Tolong xixixi Xena hthree wwarga rpx Idr';
    const toks = tokenize(words);
    expect(toks.map((t) => t.type)).toEqual(toks.map((t) => (t.text === 'xixixi' ? 'laughter' : 'word')));
    expect(toks.map((t) => words.slice(t.start, t.end))).toEqual(words.split(' '));
  });
});
