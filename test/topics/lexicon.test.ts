import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../src/topics/lexicon';
import { cueRowSchema, topicsFileSchema } from '../../src/topics/lexicon-specs';
import { parseTsv } from '../../src/lexicons/tsv';

const root = join(__dirname, '../..');

describe('lexicons/topics', () => {
  const file = JSON.parse(readFileSync(join(root, 'lexicons/topics/topics.json'), 'utf8')) as unknown;
  const cues = parseTsv(readFileSync(join(root, 'lexicons/topics/cues.tsv'), 'utf8'));

  it('has the issue 14 topic ids, in order', () => {
    expect(defaultTaxonomy().topics.map((t) => t.id)).toEqual([
      'roads', 'flooding', 'waste', 'water', 'lighting', 'traffic', 'civil-registry', 'licensing', 'health',
      'education', 'social-aid', 'markets', 'public-order', 'disaster', 'corruption', 'service', 'other',
    ]);
  });

  it('validates against its schemas', () => {
    expect(topicsFileSchema.safeParse(file).success).toBe(true);
    expect(cues.issues).toEqual([]);
    for (const row of cues.rows) expect(cueRowSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
  });

  it('names only known topics in cues.tsv, and every topic but other has strong cues', () => {
    const known = new Set(defaultTaxonomy().topics.map((t) => t.id));
    for (const row of cues.rows) if (row['topic'] !== '-') for (const id of row['topic']!.split(',')) expect(known.has(id), id).toBe(true);
    for (const t of defaultTaxonomy().topics) {
      if (t.id === 'other') expect(t.cues).toEqual([]);
      else expect(t.cues.filter((c) => c.weight >= 1).length, t.id).toBeGreaterThanOrEqual(5);
    }
  });

  it('points usual agencies at kind ids of the OPD registry', () => {
    const kinds = JSON.parse(readFileSync(join(root, 'lexicons/entities/kinds.json'), 'utf8')) as { kinds: { id: string }[] };
    const ids = new Set(kinds.kinds.map((k) => k.id));
    for (const t of defaultTaxonomy().topics) for (const a of t.agencies) expect(ids.has(a), `${t.id} → ${a}`).toBe(true);
  });

  it('has no duplicate (topic, cue) rows', () => {
    const seen = new Set<string>();
    for (const row of cues.rows) {
      const key = `${row['topic']}\t${row['cue']}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
