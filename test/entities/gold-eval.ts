/**
 * Scores a tagger against fixtures/entities/gold.jsonl (span-level P/R per
 * kind, id and name accuracy on matched spans), following the scoring the
 * gold README suggests. Shared by gold.test.ts; run directly to print a report:
 *   npx tsx test/entities/gold-eval.ts [--errors]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntityTagger, type EntityTaggerOptions } from '../../src/entities';
import type { EntityMention } from '../../src/entities/types';

interface GoldMention {
  start: number;
  end: number;
  text: string;
  kind: 'opd' | 'region';
  id: string;
  name: string;
  region?: string;
  covers?: string[];
  alt_names?: string[];
  candidates?: string[];
}
interface GoldRow {
  id: string;
  text: string;
  region?: string;
  mentions: GoldMention[];
}

export const goldPath = join(import.meta.dirname, '../../fixtures/entities/gold.jsonl');

export function loadGold(path: string = goldPath): GoldRow[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => JSON.parse(l) as GoldRow);
}

export interface KindScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}
export interface GoldReport {
  perKind: Record<string, KindScore>;
  all: KindScore;
  idAccuracy: number;
  nameAccuracy: number;
  matched: number;
  negativeFalsePositives: number;
  errors: string[];
}

function score(tp: number, fp: number, fn: number): KindScore {
  return { tp, fp, fn, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp + fn === 0 ? 1 : tp / (tp + fn) };
}

/**
 * The kinds this fixture annotates: it was written before 0.2 added
 * `puskesmas`, `bumd` and `pemda` (its README: `Pemkot Pangkalpinang` is a
 * region mention, bare `Pemkot` and `Puskesmas` are not tagged), so it is
 * scored with those kinds off. `--all-kinds` scores the default tagger
 * instead, reading a `pemda:<code>` mention as the fixture's `region:<code>`.
 */
export const FIXTURE_OPTIONS: EntityTaggerOptions = { exclude: ['pemda', 'puskesmas', 'bumd'] };

export function evaluate(rows: GoldRow[], options: EntityTaggerOptions = FIXTURE_OPTIONS, pemdaAsRegion = false): GoldReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (k: string) => counts.get(k) ?? (counts.set(k, { tp: 0, fp: 0, fn: 0 }), counts.get(k)!);
  let idOk = 0;
  let nameOk = 0;
  let nameN = 0;
  let matched = 0;
  let negFp = 0;
  const errors: string[] = [];
  for (const row of rows) {
    const pred: EntityMention[] = createEntityTagger(row.region !== undefined ? { ...options, defaultRegion: row.region } : options)
      .tag(row.text)
      .map((m) => (pemdaAsRegion && m.kind === 'pemda' ? { ...m, kind: 'region', id: m.region ? `region:${m.region.code}` : 'region' } : m));
    const key = (m: { start: number; end: number; kind: string }) => `${m.kind}:${m.start}:${m.end}`;
    const goldBy = new Map(row.mentions.map((m) => [key(m), m]));
    const predBy = new Map(pred.map((m) => [key(m), m]));
    const hasOpd = row.mentions.some((m) => m.kind === 'opd');
    for (const p of pred) {
      const g = goldBy.get(key(p));
      if (g === undefined) {
        get(p.kind).fp++;
        if (!hasOpd && p.kind === 'opd') negFp++;
        errors.push(`${row.id} FP ${p.kind} [${p.text}] ${p.id}`);
        continue;
      }
      get(p.kind).tp++;
      matched++;
      const pid = p.id.replace(/@.*$/, '');
      const idGood = g.id.startsWith('ambiguous:')
        ? pid === g.id || (p.candidates !== undefined && [...p.candidates].sort().join() === [...(g.candidates ?? [])].sort().join())
        : pid === g.id || (g.covers ?? []).includes(pid);
      if (idGood) idOk++;
      else errors.push(`${row.id} ID [${p.text}] got ${p.id} want ${g.id}`);
      if (!g.id.startsWith('ambiguous:')) {
        nameN++;
        const names = [g.name, ...(g.alt_names ?? [])].map((x) => x.toLowerCase());
        if (names.includes(p.name.toLowerCase())) nameOk++;
        else errors.push(`${row.id} NAME [${p.text}] got "${p.name}" want "${g.name}"`);
      }
    }
    for (const g of row.mentions) {
      if (!predBy.has(key(g))) {
        get(g.kind).fn++;
        errors.push(`${row.id} FN ${g.kind} [${g.text}] ${g.id}`);
      }
    }
  }
  const perKind: Record<string, KindScore> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const [k, c] of counts) {
    perKind[k] = score(c.tp, c.fp, c.fn);
    tp += c.tp; fp += c.fp; fn += c.fn;
  }
  return { perKind, all: score(tp, fp, fn), idAccuracy: matched ? idOk / matched : 1, nameAccuracy: nameN ? nameOk / nameN : 1, matched, negativeFalsePositives: negFp, errors };
}

if (process.argv[1] && process.argv[1].endsWith('gold-eval.ts')) {
  // optional path: e.g. fixtures/holdout/entities.jsonl (the blind hold-out; report only, never tune on it)
  const pathArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const all = process.argv.includes('--all-kinds');
  const rep = all ? evaluate(loadGold(pathArg ?? goldPath), {}, true) : evaluate(loadGold(pathArg ?? goldPath));
  const f = (x: number) => x.toFixed(3);
  for (const [k, s] of Object.entries(rep.perKind)) console.log(`${k.padEnd(7)} P ${f(s.precision)} R ${f(s.recall)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
  console.log(`all     P ${f(rep.all.precision)} R ${f(rep.all.recall)}; id acc ${f(rep.idAccuracy)}; name acc ${f(rep.nameAccuracy)} on ${rep.matched} matched; OPD FPs on negative sentences ${rep.negativeFalsePositives}`);
  if (process.argv.includes('--errors')) for (const e of rep.errors) console.log(e);
}
