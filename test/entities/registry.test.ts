import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../../scripts/build-lexicons';
import { lexiconSpecs } from '../../src/entities/lexicon-specs';
import { builtinInstances, builtinKinds, builtinRegions, builtinRegistry, loadRegistryOverride, RegistryOverrideError, type Entry } from '../../src/entities/registry';
import { compactKey } from '../../src/entities/normalize-name';
import { createEntityTagger } from '../../src/entities';
import type { TrieNode } from '../../src/entities/matcher';

const lexDir = join(import.meta.dirname, '../../lexicons');

function allKeys(node: TrieNode<Entry>, prefix = '', out: [string, readonly Entry[]][] = []): [string, readonly Entry[]][] {
  if (node.values) out.push([prefix, node.values]);
  node.kids.forEach((child, k) => allKeys(child, prefix + node.keys[k]!, out));
  return out;
}

describe('registry files', () => {
  it('every file validates against its schema and compiles', () => {
    for (const spec of lexiconSpecs) {
      const res = compile(spec, readFileSync(join(lexDir, spec.file), 'utf8'));
      expect(res.errors, spec.file).toEqual([]);
    }
  });

  it('region table: 38 provinces, 514 regencies/cities, unique codes under a province', () => {
    const regions = builtinRegions();
    const codes = new Set(regions.map((r) => r.code));
    expect(codes.size).toBe(regions.length);
    expect(regions.filter((r) => r.level === 'provinsi')).toHaveLength(38);
    expect(regions.filter((r) => r.level !== 'provinsi')).toHaveLength(514);
    for (const r of regions) if (r.level !== 'provinsi') expect(codes.has(r.code.slice(0, 2)), r.code).toBe(true);
    expect(regions.find((r) => r.code === '19.71')).toMatchObject({ name: 'Kota Pangkalpinang', level: 'kota' });
    expect(readFileSync(join(lexDir, 'entities/regions.tsv'), 'utf8')).toMatch(/# licence: ODbL/);
  });

  it('every referenced kind and region exists', () => {
    const kinds = new Set(builtinKinds().kinds.map((k) => k.id));
    const codes = new Set(builtinRegions().map((r) => r.code));
    expect(kinds.size).toBe(builtinKinds().kinds.length);
    for (const k of builtinKinds().kinds) if (k.parent) expect(kinds.has(k.parent)).toBe(true);
    for (const a of builtinKinds().ambiguous) for (const c of a.candidates) expect(kinds.has(c), `${a.alias} → ${c}`).toBe(true);
    for (const inst of builtinInstances()) {
      expect(codes.has(inst.region)).toBe(true);
      for (const ag of inst.agencies) {
        expect(kinds.has(ag.id), ag.id).toBe(true);
        for (const k of ag.kinds ?? []) expect(kinds.has(k), k).toBe(true);
        if (ag.kinds) expect(ag.kinds[0], `${ag.name}: kinds[0] must be the id`).toBe(ag.id);
      }
      for (const k of Object.values(inst.resolve ?? {})) expect(kinds.has(k)).toBe(true);
    }
  });

  it('every alias resolves to exactly one kind or is declared ambiguous', () => {
    const problems: string[] = [];
    for (const [key, values] of allKeys(builtinRegistry().trie)) {
      const kinds = new Set(values.filter((v) => v.t === 'alias').map((v) => (v as { kind: string }).kind));
      const declared = values.some((v) => v.t === 'amb');
      if (kinds.size > 1 && !declared) problems.push(`${key}: ${[...kinds].join(', ')}`);
      if (declared && kinds.size > 0) problems.push(`${key}: declared ambiguous but also an alias of ${[...kinds].join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('no alias ends in a region-level word (it would swallow "Kab." of a region suffix)', () => {
    for (const k of builtinKinds().kinds) {
      for (const a of k.aliases) {
        if (typeof a !== 'string' && a.solid === true) continue;
        const s = typeof a === 'string' ? a : a.alias;
        const last = s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).at(-1)!;
        expect(/(kab|kota|prov)$/.test(last) && !/^pem/.test(last), s).toBe(false);
      }
    }
  });
});

describe('loadRegistryOverride', () => {
  const good = JSON.stringify({ instances: [{ region: '32.04', agencies: [{ id: 'dinas.kesehatan', name: 'Dinas Kesehatan', aliases: ['Dinkes Kabbdg'] }], resolve: { BKD: 'bkpsdm' } }] }, null, 2);

  it('loads a JSON override that the tagger then uses', () => {
    const reg = loadRegistryOverride(good);
    const t = createEntityTagger({ registry: reg, defaultRegion: '32.04' });
    expect(t.tag('BKD membuka seleksi')[0]!.id).toBe('bkpsdm');
    expect(t.tag('Dinkes Kabbdg turun')[0]!.id).toBe('dinas.kesehatan');
  });

  it('a typo in a kind id names the line and field (JSON)', () => {
    const bad = good.replace('"dinas.kesehatan"', '"dinas.keshatan"');
    try {
      loadRegistryOverride(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RegistryOverrideError);
      const iss = (e as RegistryOverrideError).issues[0]!;
      expect(iss.field).toBe('instances.0.agencies.0.id');
      expect(iss.line).toBe(bad.split('\n').findIndex((l) => l.includes('dinas.keshatan')) + 1);
      expect((e as Error).message).toMatch(/line \d+, field "instances\.0\.agencies\.0\.id": unknown kind id "dinas\.keshatan"/);
    }
  });

  it('a misspelt key is reported on its own line (JSON)', () => {
    const bad = good.replace('"aliases"', '"aliasses"');
    const err = (() => {
      try {
        loadRegistryOverride(bad);
      } catch (e) {
        return e as RegistryOverrideError;
      }
      return undefined;
    })();
    expect(err?.issues[0]?.field).toBe('instances.0.agencies.0.aliasses');
    expect(err?.issues[0]?.line).toBe(bad.split('\n').findIndex((l) => l.includes('aliasses')) + 1);
  });

  it('TSV overrides: typo in id, bad date and unknown region name their line and column', () => {
    const tsv = '# my region\nregion\tid\tname\taliases\tvalid_from\n32.04\tdinas.kesehatan\tDinas Kesehatan\tDinkes Bdg\t\n32.04\tdinas.keshatan\tDinas Kesehatan\t\t\n32.04\tdinas.sosial\tDinas Sosial\t\t2020-13\n';
    try {
      loadRegistryOverride(tsv);
      expect.unreachable();
    } catch (e) {
      const issues = (e as RegistryOverrideError).issues;
      expect(issues).toContainEqual(expect.objectContaining({ line: 5, field: 'valid_from' }));
    }
    const tsv2 = 'region\tid\tname\n32.04\tdinas.keshatan\tDinas Kesehatan\n99.99\tdinas.sosial\tDinas Sosial\n';
    try {
      loadRegistryOverride(tsv2);
      expect.unreachable();
    } catch (e) {
      const issues = (e as RegistryOverrideError).issues;
      expect(issues).toContainEqual(expect.objectContaining({ line: 2, field: 'id' }));
      expect(issues).toContainEqual(expect.objectContaining({ line: 3, field: 'region' }));
    }
    expect(() => loadRegistryOverride('region\tidd\tname\n')).toThrow(/field "idd"/);
    expect(() => loadRegistryOverride(5 as unknown as string)).toThrow(TypeError);
    expect(() => loadRegistryOverride('{"instances": [')).toThrow(RegistryOverrideError);
  });
});

describe('registry format: 0.2 kinds and handles (issue 16)', () => {
  const issuesOf = (text: string): unknown => {
    try {
      loadRegistryOverride(text);
    } catch (e) {
      if (e instanceof RegistryOverrideError) return e.issues;
      throw e;
    }
    return [];
  };

  it('loads every row kind of the TSV form into one instance per region', () => {
    const reg = loadRegistryOverride(
      '# Kota Contoh\n' +
        'region\tkind\tid\ttype\tname\taliases\thandles\n' +
        '32.71\t\tdinas.perhubungan\t\tDinas Perhubungan\tDishub Bgr\t@dishub_bgr\n' +
        '32.71\tpuskesmas\t\t\tBelong\t\t@pkm_belong\n' +
        '32.71\tbumd\ttirta-pakuan\tairminum\tPerumda Air Minum Tirta Pakuan\t\t#tirtapakuan\n' +
        '32.71\tvertical\tkantah-bogor\tpertanahan\tKantor Pertanahan Kota Bogor\tKantah Bogor\t\n' +
        '32.71\tpemda\t\t\tPemerintah Kota Bogor\t\t@pemkotbogor|#pemkotbogor\n',
    );
    expect(reg.instances).toHaveLength(1);
    const inst = reg.instances[0]!;
    expect(inst.agencies).toEqual([{ id: 'dinas.perhubungan', name: 'Dinas Perhubungan', aliases: ['Dishub Bgr'], handles: ['@dishub_bgr'] }]);
    expect(inst.units).toEqual([{ unit: 'puskesmas', name: 'Belong', handles: ['@pkm_belong'] }]);
    expect(inst.bumd).toEqual([{ id: 'tirta-pakuan', type: 'airminum', name: 'Perumda Air Minum Tirta Pakuan', handles: ['#tirtapakuan'] }]);
    expect(inst.vertical![0]).toMatchObject({ id: 'kantah-bogor', type: 'pertanahan', aliases: ['Kantah Bogor'] });
    expect(inst.pemda).toEqual({ name: 'Pemerintah Kota Bogor', handles: ['@pemkotbogor', '#pemkotbogor'] });
    const t = createEntityTagger({ registry: reg, defaultRegion: 'Kota Bogor', include: ['vertical'] });
    expect(t.tag('@dishub_bgr dan Kantah Bogor, #pemkotbogor').map((m) => [m.kind, m.id])).toEqual([
      ['opd', 'dinas.perhubungan'],
      ['vertical', 'vertical:kantah-bogor'],
      ['pemda', 'pemda:32.71'],
    ]);
  });

  it('reports each bad TSV row by line and field, and the rest of the checks still run', () => {
    expect(
      issuesOf(
        'region\tkind\tid\ttype\tname\thandles\n' +
          '32.71\tdinas\tdinas.perhubungan\t\tDinas Perhubungan\t\n' +
          '32.71\tbumd\tTirta Pakuan\tairminum\tPerumda Tirta Pakuan\t\n' +
          '32.71\topd\tdinas.perhubungan\t\tDinas Perhubungan\t@dishub bgr\n',
      ),
    ).toEqual([
      { line: 2, field: 'kind', message: expect.stringMatching(/unknown kind "dinas"/) },
      { line: 3, field: 'id', message: expect.stringMatching(/slug/) },
      { line: 4, field: 'handles', message: expect.stringMatching(/handle/) },
    ]);
    expect(issuesOf('region\tkind\tid\ttype\tname\n32.71\tbumd\tair\tairmancur\tPerumda Air\n')).toEqual([
      { line: 2, field: 'type', message: expect.stringMatching(/unknown type "airmancur".*airminum/) },
    ]);
    expect(issuesOf('region\tkind\tid\tname\n32.71\topd\tdinas.perhubungan\tDinas Perhubungan\tx\n')).not.toEqual([]);
  });

  it('validates the JSON form the same way, with line numbers', () => {
    const json = '{\n  "instances": [{\n    "region": "32.71",\n    "bumd": [{ "id": "tirta-pakuan", "type": "airminum", "name": "Tirta Pakuan",\n      "handles": ["@tirta pakuan"] }]\n  }]\n}';
    const issues = issuesOf(json) as { line: number; field: string }[];
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'instances.0.bumd.0.handles.0' });
    expect(issues[0]!.line).toBe(5);
    const typo = '{\n  "instances": [{\n    "region": "32.71",\n    "bumd": [\n      { "id": "a", "type": "airminum", "name": "A" },\n      { "id": "b", "type": "airmancur", "name": "B" }\n    ]\n  }]\n}';
    expect(issuesOf(typo)).toEqual([{ line: 6, field: 'instances.0.bumd.1.type', message: expect.stringMatching(/unknown type "airmancur"/) }]);
  });

  it('every built-in body has a known type and every instance a unique body id', () => {
    const types = new Set(builtinKinds().bodies.map((b) => `${b.kind}.${b.type}`));
    for (const inst of builtinInstances()) {
      for (const k of ['bumd', 'vertical'] as const) {
        const ids = (inst[k] ?? []).map((b) => b.id);
        expect(new Set(ids).size, `${inst.region} ${k}`).toBe(ids.length);
        for (const b of inst[k] ?? []) expect(types.has(`${k}.${b.type}`), `${b.id}: ${b.type}`).toBe(true);
      }
    }
  });
});
