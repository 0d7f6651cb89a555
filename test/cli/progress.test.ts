import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress';

describe('createProgress', () => {
  it('draws a throttled line with rate and ETA on a TTY', () => {
    let out = '';
    let t = 0;
    const p = createProgress({ write: (s: string) => (out += s), isTTY: true }, { totalBytes: 1000, now: () => t, intervalMs: 100 });
    t = 2000;
    p.update(500, 250);
    expect(out).toBe('\r\x1b[2K500 docs · 250 docs/s · 0.0 MB/s · 25% · ETA 6s');
    t = 2050;
    p.update(600, 300); // throttled
    expect(out.split('\r').length).toBe(2);
    p.done();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });
  it('writes nothing when not a TTY', () => {
    let out = '';
    const p = createProgress({ write: (s: string) => (out += s) }, { now: () => 1e6 });
    p.update(1, 1);
    p.done();
    expect(out).toBe('');
  });
});
