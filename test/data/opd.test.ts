import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createEntityTagger } from '../../src/entities';
import { builtinKinds } from '../../src/entities/registry';

// Checks the registry against the research seed in ../shared/data/opd (read, never copied).
const dir = path.resolve(__dirname, '../../../shared/data/opd');
const has = existsSync(path.join(dir, 'opd_kinds_seed.tsv')) && existsSync(path.join(dir, 'observed_pangkalpinang_babel.tsv'));
if (!has) console.warn('[suara] ../shared/data/opd absent: skipping OPD seed checks');

function rows(file: string): Record<string, string>[] {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.length > 0);
  const head = lines[0]!.split('\t');
  return lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((c, i) => [head[i]!, c])));
}

const REGION_CODE: Record<string, string> = {
  'Kota Pangkalpinang': '19.71',
  'Prov. Kep. Bangka Belitung': '19',
  'Kab. Bangka Barat (Babar)': '19.05',
  'Kab. Bangka Tengah (Bateng)': '19.04',
  'Kab. Bangka Selatan (Basel)': '19.03',
  'Kab. Bangka': '19.01',
};

describe.skipIf(!has)('OPD seed (../shared/data/opd)', () => {
  it('every seed kind id exists in the registry', () => {
    const ours = new Set(builtinKinds().kinds.map((k) => k.id));
    const missing = rows('opd_kinds_seed.tsv').map((r) => r['canonical_id']!).filter((id) => !ours.has(id));
    expect(missing).toEqual([]);
  });

  it('every unmarked seed alias is tagged as an OPD (or reported ambiguous)', () => {
    const tagger = createEntityTagger({ defaultRegion: '19.71' });
    const misses: string[] = [];
    for (const r of rows('opd_kinds_seed.tsv')) {
      const col = Object.keys(r).find((k) => k.startsWith('common_aliases'))!;
      for (const raw of r[col]!.split('|')) {
        const alias = raw.replace(/\(.*?\)/g, '').trim();
        if (alias.length === 0 || raw.includes('(=') || raw.includes('national')) continue;
        const ms = tagger.tag(`Pelayanan ${alias} hari ini.`).filter((m) => m.kind === 'opd');
        if (ms.length !== 1) misses.push(`${r['canonical_id']}: ${alias}`);
      }
    }
    // Seed aliases deliberately not tagged alone: generic words or title-only forms.
    const allowed = new Set(['kecamatan: Kec.', 'kecamatan: Kantor Camat', 'kelurahan: Kel.', 'kelurahan: Kantor Lurah', 'rsud: RSUD', 'rsud: RSD', 'rsud: RSUP', 'damkar: Pemadam', 'dinas.pmptsp: DPMPTSPNaker', 'brida: Litbang', 'satpolpp: Pamong Praja', 'dinas.pupr: PUPR', 'dinas.kominfo: Kominfo']);
    expect(misses.filter((m) => !allowed.has(m))).toEqual([]);
  });

  it('every observed alias resolves, with its region attached', () => {
    const misses: string[] = [];
    for (const r of rows('observed_pangkalpinang_babel.tsv')) {
      const code = REGION_CODE[r['region']!];
      if (code === undefined) continue;
      const tagger = createEntityTagger({ defaultRegion: code });
      const col = Object.keys(r).find((k) => k.startsWith('observed_aliases'))!;
      for (const raw of r[col]!.split('|')) {
        const alias = raw.replace(/\(.*?\)|'/g, '').trim();
        if (alias.length === 0 || alias === '-' || ['Babar', 'Bateng', 'Basel', 'Pemkab Bateng', 'Sekda', 'Kadiskominfo'].includes(alias)) continue;
        const ms = tagger.tag(`Kabar dari ${alias} hari ini.`).filter((m) => m.kind === 'opd');
        if (ms.length !== 1 || ms[0]!.id.startsWith('ambiguous:')) misses.push(`${r['region']}: ${alias} → ${ms.map((m) => m.id).join(',') || 'nothing'}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
