import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputs } from '../../../src/cli/write/guard';

describe('checkOutputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'suara-guard-'));
  const input = path.join(dir, 'in.ndjson');
  writeFileSync(input, '{}\n');
  linkSync(input, path.join(dir, 'hard.ndjson'));
  symlinkSync(input, path.join(dir, 'soft.ndjson'));
  mkdirSync(path.join(dir, 'sub'));

  it('refuses the input under any name: same path, relative path, symlink, hard link', () => {
    for (const out of [input, path.join(dir, '.', 'in.ndjson'), path.join(dir, 'sub', '..', 'in.ndjson'), path.join(dir, 'soft.ndjson'), path.join(dir, 'hard.ndjson')]) {
      expect(checkOutputs([input], [out]), out).toMatch(/is the input file/);
    }
  });

  it('refuses a directory and a repeated output; accepts new files', () => {
    expect(checkOutputs([input], [path.join(dir, 'sub')])).toMatch(/is a directory/);
    expect(checkOutputs([input], [path.join(dir, 'a.csv'), path.join(dir, 'sub', '..', 'a.csv')])).toMatch(/given twice/);
    expect(checkOutputs([input], [path.join(dir, 'a.csv'), path.join(dir, 'b.html')])).toBeUndefined();
  });
});
