import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitAll, openAtomic, removeAllTemps } from '../../../src/cli/write/atomic';

const fresh = () => mkdtempSync(path.join(tmpdir(), 'suara-atomic-'));

describe('openAtomic', () => {
  it('writes beside the target and replaces it only on commit, keeping its mode', async () => {
    const dir = fresh();
    const target = path.join(dir, 'rows.csv');
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o640);
    const f = await openAtomic(target);
    await f.write('a,b\n');
    await f.write('1,2\n');
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    await f.finish();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    commitAll([f]);
    expect(readFileSync(target, 'utf8')).toBe('a,b\n1,2\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['rows.csv']);
  });

  it('abort and removeAllTemps leave the previous file and no temporary file', async () => {
    const dir = fresh();
    const target = path.join(dir, 'p.ndjson');
    writeFileSync(target, 'old\n');
    const a = await openAtomic(target);
    await a.write('x'.repeat(1e6));
    await a.abort();
    const b = await openAtomic(path.join(dir, 'new.ndjson'));
    await b.write('y');
    removeAllTemps();
    expect(readFileSync(target, 'utf8')).toBe('old\n');
    expect(existsSync(path.join(dir, 'new.ndjson'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['p.ndjson']);
  });

  it('fails to open in a missing directory', async () => {
    await expect(openAtomic(path.join(fresh(), 'no', 'such.csv'))).rejects.toThrow(/ENOENT/);
  });
});
