import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../src/cli/read/detect';

describe('detectFormat', () => {
  it('uses the extension first, then the content', () => {
    expect(detectFormat('a.csv', '{')).toBe('csv');
    expect(detectFormat('a.jsonl', '')).toBe('ndjson');
    expect(detectFormat('a.txt', '{')).toBe('txt');
    expect(detectFormat('-', '  {"text": "x"}')).toBe('ndjson');
    expect(detectFormat('-', 'id,text,date\n')).toBe('csv');
    expect(detectFormat('-', '"id","isi"\n', 'isi')).toBe('csv');
    expect(detectFormat('-', 'jalan rusak, tolong\n')).toBe('txt');
  });
});

