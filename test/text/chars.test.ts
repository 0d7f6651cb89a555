import { describe, expect, it } from 'vitest';
import { codeAt, cpWidth, isLetterAt } from '../../src/text/chars';

describe('codeAt', () => {
  // Strings of every representation V8 has: flat one-byte and two-byte, concatenations, slices, interned.
  const kinds = (): string[] => {
    const a = 'Jalan rusak parah ';
    const b = 'gak diperbaiki 😡 ';
    const cons = a + b + String(Date.now() % 7);
    const sliced = (a + b + 'xxxxxxxxxxxxxxxxxxxxxxxx').slice(3);
    const flat = JSON.parse(JSON.stringify(a + b)) as string;
    const interned = Object.keys({ [a + 'ok']: 1 })[0]!;
    return [cons, sliced, flat, interned, '', 'é', '\uD83D'];
  };

  it('reads the same code unit as String.prototype.charCodeAt for every string representation', () => {
    for (const s of kinds()) for (let i = 0; i < s.length; i++) expect(codeAt(s, i)).toBe(s.charCodeAt(i));
  });

  it('is NaN outside the string, like charCodeAt', () => {
    expect(codeAt('ab', 2)).toBeNaN();
    expect(codeAt('ab', -1)).toBeNaN();
    expect(codeAt('', 0)).toBeNaN();
  });
});

describe('cpWidth and isLetterAt', () => {
  it('read a surrogate pair as one code point and a lone surrogate as a non-letter', () => {
    expect(cpWidth('😡x', 0)).toBe(2);
    expect(cpWidth('\uD83Dx', 0)).toBe(1);
    expect(isLetterAt('\uD83Dx', 0)).toBe(false);
    expect(isLetterAt('é', 0)).toBe(true);
  });
});
