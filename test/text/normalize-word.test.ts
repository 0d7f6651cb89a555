import { describe, expect, it } from 'vitest';
import { createWordNormalizer } from '../../src/text/normalize-word';

describe('createWordNormalizer', () => {
  const n = createWordNormalizer();
  it('lowercases and keeps ordinary words', () => {
    expect(n('JALAN')).toBe('jalan');
  });
  it('prefers the formal squash over a slang key', () => {
    expect(n('bangettt')).toBe('banget');
    expect(n('gakkk')).toBe('tidak');
  });
  it('squashes a double letter only into a known word', () => {
    expect(n('mantaap')).toBe('mantap');
    expect(n('maaf')).toBe('maaf');
  });
  it('reduplicates slang bases through the slang table', () => {
    expect(n('yg2')).toBe('yang-yang');
  });
  it('uses an injected vocabulary', () => {
    // `lindap` is a KBBI word too rare for the built-in counts
    const m = createWordNormalizer((w) => w === 'lindap');
    expect(m('lindaaap')).toBe('lindap');
    expect(m('l1nd4p')).toBe('lindap');
    expect(n('l1nd4p')).toBe('l1nd4p');
  });
  it('leaves protected words and prototype names alone', () => {
    expect(n('DISHUB')).toBe('dishub');
    expect(n('__proto__')).toBe('__proto__');
    expect(n('constructor')).toBe('constructor');
  });
});

describe('acronyms versus slang', () => {
  const n = createWordNormalizer();
  it('keeps capitalised acronyms that collide with slang', () => {
    expect(n('PKL')).toBe('pkl');
    expect(n('KK')).toBe('kk');
    expect(n('PKK')).toBe('pkk');
    expect(n('PBB')).toBe('pbb');
  });
  it('still maps the lowercase slang form', () => {
    expect(n('pkl')).toBe('pukul');
  });
});

describe('elongation edge cases', () => {
  const n = createWordNormalizer();
  it('leaves short one-letter runs (party names, numerals) alone', () => {
    expect(n('PPP')).toBe('ppp');
  });
  it('does not translate English words in mixed posts', () => {
    expect(n('in')).toBe('in');
  });
});

describe('rules for unknown tokens', () => {
  const n = createWordNormalizer();
  it('colloquial affixes', () => {
    expect(n('ngelapor')).toBe('melapor');
    expect(n('laporin')).toBe('laporkan');
    expect(n('dibersihin')).toBe('dibersihkan');
    expect(n('nyapu')).toBe('menyapu');
    expect(n('jalanny')).toBe('jalannya');
  });
  it('vowel-dropped spellings', () => {
    expect(n('bnjr')).toBe('banjir');
    expect(n('tmpt')).toBe('tempat');
  });
  it('one-edit typos against frequent words', () => {
    expect(n('petigas')).toBe('petugas');
    expect(n('kecamtan')).toBe('kecamatan');
  });
  it('elongation tries each run (tinggii, tooolong)', () => {
    expect(n('tinggii')).toBe('tinggi');
    expect(n('tooolong')).toBe('tolong');
  });
  it('prefixed reduplication repeats the base only', () => {
    expect(n('berkali2')).toBe('berkali-kali');
    expect(n('masing2')).toBe('masing-masing');
  });
  it('never touches known words, slang keys or protected words', () => {
    for (const w of ['jalan', 'makan', 'kemarin', 'mungkin', 'dingin', 'menyapu', 'pemain']) expect(n(w)).toBe(w);
    expect(n('gak')).toBe('tidak');
    for (const w of ['dinkes', 'bappeda', 'kominfo', 'bpbd', 'dlh']) expect(n(w)).toBe(w);
  });
  it('leaves lowercase national acronyms alone (kpk is not kapok, dpr not dapur)', () => {
    for (const w of ['kpk', 'dpr', 'pns', 'tni', 'asn', 'bmkg', 'bpjs']) expect(n(w)).toBe(w);
  });
  it('leaves codes and acronym-like capitals alone', () => {
    expect(n('DPK')).toBe('dpk');
    expect(n('BNJR')).toBe('bnjr');
    expect(n('dpppa')).toBe('dpppa'); // a consonant run inside is not elongation
    expect(n('xqzvw')).toBe('xqzvw');
  });
  it('ignores case (idempotent), except for short all-capital acronyms', () => {
    expect(n('Sampag')).toBe('sampah');
    expect(n('sampag')).toBe('sampah');
    expect(n('BNJR')).toBe('bnjr');
  });
  it('keeps a consonant doubled inside a word (names: Raffi, Ammar) in any case', () => {
    expect(n('Raffi')).toBe('raffi');
    expect(n('raffi')).toBe('raffi');
  });
});

describe('place names that look like -in verbs', () => {
  it('Merapin (a kelurahan) is not merapi + -in, even with the stemmer as vocabulary', async () => {
    const { isKnownWord } = await import('../../src/stem/known-word');
    expect(createWordNormalizer(isKnownWord)('Merapin')).toBe('merapin');
    expect(createWordNormalizer()('Merapin')).toBe('merapin');
  });
});

describe('idempotence of the unknown-token rules', () => {
  it('a rule output normalizes to itself (laporkan is not repaired to laporan)', () => {
    const n = createWordNormalizer();
    for (const w of ['laporin', 'lebarin', 'bantuin', 'jagain', 'ngarep', 'katany', 'bnjr', 'jalab', 'ngelapor', 'nyapa', 'mainin']) {
      const once = n(w);
      expect(once.split(' ').map(n).join(' '), w).toBe(once);
    }
  });
});

describe('agency alias words stay as written', () => {
  it('no entity alias word is rewritten except the listed harmless slang', async () => {
    const { entityAliasWords } = await import('../../src/entities/index');
    const { slangMap } = await import('../../src/text/lexicon');
    const n = createWordNormalizer();
    const changed = [...entityAliasWords()].filter((w) => !slangMap().has(w) && n(w) !== w);
    expect(changed).toEqual([]);
  });
});
