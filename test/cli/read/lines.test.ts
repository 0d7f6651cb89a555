import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/cli/read/lines';
import { collect, chunks } from './streams';

describe('readLines', () => {
  it('splits on LF, CRLF and CR alike, strips a BOM, keeps a last line without newline, remembers each break', async () => {
    const lines = await collect(readLines(['\uFEFFa\r\nb\n', '\nc\rd']));
    expect(lines).toEqual([
      { line: 1, text: 'a', eol: '\r\n' },
      { line: 2, text: 'b' },
      { line: 3, text: '' },
      { line: 4, text: 'c', eol: '\r' },
      { line: 5, text: 'd', eol: '' },
    ]);
  });

  it('a CR at the end of a chunk followed by LF in the next is one CRLF break', async () => {
    const lines = await collect(readLines(['a\r', '\nb\r', 'c']));
    expect(lines.map((l) => [l.text, l.eol ?? '\n'])).toEqual([
      ['a', '\r\n'],
      ['b', '\r'],
      ['c', ''],
    ]);
  });

  it('flags invalid UTF-8 with its byte offset instead of replacing it silently, whatever the chunking', async () => {
    const bytes = Buffer.concat([Buffer.from('ok\nkaf'), Buffer.from([0xe9]), Buffer.from(' enak\n😡 x\n')]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: bytes.length }), { maxLength: 6 }), async (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const parts: Uint8Array[] = [];
        let at = 0;
        for (const p of points) {
          parts.push(bytes.subarray(at, p));
          at = p;
        }
        parts.push(bytes.subarray(at));
        const got = await collect(readLines(parts));
        expect(got.map((l) => l.text)).toEqual(['ok', 'kaf\uFFFD enak', '😡 x']);
        expect(got[1]!.invalid).toEqual({ offset: 6, byte: 0xe9 });
        expect(got[0]!.invalid).toBeUndefined();
        expect(got[2]!.invalid).toBeUndefined();
      }),
    );
  });

  it('decodes windows-1252 and latin1 when asked', async () => {
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x0a]);
    expect((await collect(readLines([bytes], { encoding: 'windows-1252' })))[0]).toEqual({ line: 1, text: 'café €' });
    expect((await collect(readLines([bytes], { encoding: 'latin1' })))[0]!.text).toBe('café \u0080');
  });

  it('is independent of chunk boundaries, including inside multi-byte characters', async () => {
    const text = 'halo 😡 dunia\r\nbaris dua é\nketiga 🙏';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (cuts) => {
        const got = await collect(readLines(chunks(text, cuts)));
        expect(got.map((l) => l.text)).toEqual(['halo 😡 dunia', 'baris dua é', 'ketiga 🙏']);
      }),
    );
  });

  it('counts bytes', async () => {
    const counter = { bytes: 0 };
    await collect(readLines([Buffer.from('é\n')], counter));
    expect(counter.bytes).toBe(3);
  });
});

