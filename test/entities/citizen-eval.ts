/**
 * Attribution recall and precision of the entity tagger on citizen posts
 * (issue 16): fixtures/entities/citizen-dev.jsonl (tuned on) and
 * citizen-blind.jsonl (measured once, never read).
 *
 *   npx tsx test/entities/citizen-eval.ts fixtures/entities/citizen-dev.jsonl [--errors] [--no-handles] [--no-vertical]
 *
 * A post's gold mentions carry a surface text, a kind and (for opd) an
 * opd_id, no offsets: each surface is located left to right in the post.
 * A predicted mention is correct when it overlaps a gold mention of the same
 * kind (a gold `handle` counts as the kind it points to) and, for `opd`, the
 * same canonical id (a named unit `rsud:depati-hamzah` is the fixture's
 * `rsud`; a merged agency also counts for every urusan it covers). Region
 * mentions are not attribution and are not scored; a prediction overlapping
 * a gold `national` body is a false positive of its kind.
 *
 * Handles: the fixture's handles.tsv (handle, city, kind, name) is turned
 * into a registry override in the documented TSV format, the way a city
 * would list its accounts — the id of each account is looked up by tagging
 * its name once (the step a city does by hand), and accounts whose name
 * does not resolve are reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEntityTagger, loadRegistryOverride, type EntityMention, type EntityTaggerOptions } from '../../src/entities';
import { builtinInstances, builtinRegistry } from '../../src/entities/registry';

interface CitizenMention {
  text: string;
  kind: string;
  kind_of?: string;
  name: string | null;
  opd_id: string | null;
}
interface CitizenPost {
  id: string;
  city: string;
  text: string;
  about_agency: boolean;
  mentions: CitizenMention[];
}

/** City of the fixture → the `defaultRegion` a city's dashboard would configure (a name, as users write it). */
export const CITY_REGION: Record<string, string> = { pangkalpinang: 'Kota Pangkalpinang', bogor: 'Kota Bogor' };
const CITY_CODE: Record<string, string> = { pangkalpinang: '19.71', bogor: '32.71' };

export const handlesPath = join(import.meta.dirname, '../../fixtures/entities/citizen-handles.tsv');

/** Reads a JSONL fixture; a malformed line is reported with its number and skipped. */
export function loadPosts(path: string): { posts: CitizenPost[]; problems: string[] } {
  const posts: CitizenPost[] = [];
  const problems: string[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        posts.push(JSON.parse(line) as CitizenPost);
      } catch (e) {
        problems.push(`line ${i + 1}: ${(e as Error).message}`);
      }
    });
  return { posts, problems };
}

/**
 * Turns handles.tsv (handle, city, kind, name) into registry override TSV
 * text (`region kind id type name handles`). Returns the text and the
 * accounts that could not be resolved to an entity.
 */
export function handlesToRegistry(tsv: string): { text: string; unresolved: string[] } {
  const out = ['region\tkind\tid\ttype\tname\thandles'];
  const unresolved: string[] = [];
  const bodyType = new Map<string, string>();
  for (const inst of builtinInstances()) for (const k of ['bumd', 'vertical'] as const) for (const b of inst[k] ?? []) bodyType.set(`${k}:${b.id}`, b.type);
  const taggers = new Map<string, ReturnType<typeof createEntityTagger>>();
  for (const line of tsv.split('\n').slice(1)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [handle, city, kind, name] = line.split('\t').map((x) => x.trim());
    const region = CITY_REGION[city ?? ''];
    if (handle === undefined || region === undefined || kind === undefined || name === undefined) {
      unresolved.push(line);
      continue;
    }
    let tagger = taggers.get(region);
    if (tagger === undefined) taggers.set(region, (tagger = createEntityTagger({ defaultRegion: region, include: ['vertical'] })));
    const m = tagger.tag(name).find((x) => x.kind !== 'region');
    const code = m?.region?.code ?? CITY_CODE[city!]!;
    if (m === undefined || m.kind !== kind) {
      unresolved.push(`${handle} (${kind} "${name}" → ${m === undefined ? 'nothing' : `${m.kind} ${m.id}`})`);
      continue;
    }
    const colon = m.id.indexOf(':');
    const unit = colon > 0 ? m.id.slice(0, colon) : '';
    if (m.kind === 'pemda') out.push(`${code}\tpemda\t\t\t\t${handle}`);
    else if (m.kind === 'bumd' || m.kind === 'vertical') {
      const type = bodyType.get(m.id);
      if (type === undefined) unresolved.push(`${handle} (${m.kind} "${name}" → generic ${m.id}, no instance to attach to)`);
      else out.push(`${code}\t${m.kind}\t${m.id.slice(colon + 1)}\t${type}\t${m.name}\t${handle}`);
    } else if (unit === 'rsud' || unit === 'kecamatan' || unit === 'kelurahan' || unit === 'puskesmas') {
      const proper = m.name.replace(/^(Rumah Sakit Umum Daerah|Kecamatan|Kelurahan|Puskesmas) /, '');
      out.push(`${code}\t${unit}\t\t\t${proper}\t${handle}`);
    } else if (m.kind === 'opd' && !m.id.startsWith('ambiguous:')) out.push(`${code}\topd\t${m.id}\t\t${m.name}\t${handle}`);
    else unresolved.push(`${handle} (${kind} "${name}" → ${m.id})`);
  }
  return { text: out.join('\n') + '\n', unresolved };
}

interface Located extends CitizenMention {
  start: number;
  end: number;
  /** Kind scored: a handle's target kind. */
  scoredKind: string;
}

/** Finds each gold surface in the post, left to right (a repeated surface is the next occurrence). */
function locate(post: CitizenPost): { located: Located[]; missing: string[] } {
  const located: Located[] = [];
  const missing: string[] = [];
  let from = 0;
  for (const m of post.mentions) {
    let at = post.text.indexOf(m.text, from);
    if (at < 0) at = post.text.indexOf(m.text);
    if (at < 0) {
      missing.push(m.text);
      continue;
    }
    located.push({ ...m, start: at, end: at + m.text.length, scoredKind: m.kind === 'handle' ? (m.kind_of ?? 'handle') : m.kind });
    from = at + m.text.length;
  }
  return { located, missing };
}

/** The fixture's opd id of a predicted mention (`rsud:depati-hamzah` → `rsud`), with the kinds a merged agency covers. */
function opdIds(m: EntityMention): string[] {
  const colon = m.id.indexOf(':');
  if (colon > 0 && !m.id.startsWith('ambiguous:')) return [m.id.slice(0, colon)];
  const ids = [m.id];
  const region = m.region?.code;
  if (region !== undefined) for (const a of builtinRegistry().agencies.get(region) ?? []) if (a.id === m.id && a.kinds) ids.push(...a.kinds);
  return ids;
}

function correct(p: EntityMention, g: Located): boolean {
  if (p.start >= g.end || g.start >= p.end) return false;
  if (p.kind !== g.scoredKind) return false;
  if (p.kind === 'opd') return g.opd_id !== null && opdIds(p).includes(g.opd_id);
  return true;
}

export interface KindCounts {
  tp: number;
  fp: number;
  fn: number;
}
export interface CitizenReport {
  posts: number;
  perKind: Record<string, KindCounts & { precision: number; recall: number }>;
  all: KindCounts & { precision: number; recall: number };
  /** Mean over posts with gold mentions of the share found / over posts with predictions of the share correct. */
  postRecall: number;
  postPrecision: number;
  nationalAsOpd: number;
  unresolvedHandles: string[];
  errors: string[];
}

const SCORED = new Set(['opd', 'puskesmas', 'bumd', 'pemda', 'vertical']);

/** Scores the tagger on posts. */
export function evaluateCitizen(posts: CitizenPost[], opts: { handles?: string | undefined; vertical?: boolean } = {}): CitizenReport {
  const base: EntityTaggerOptions = opts.vertical === false ? {} : { include: ['vertical'] };
  let unresolvedHandles: string[] = [];
  if (opts.handles !== undefined) {
    const h = handlesToRegistry(opts.handles);
    unresolvedHandles = h.unresolved;
    base.registry = loadRegistryOverride(h.text);
  }
  const taggers = new Map<string, ReturnType<typeof createEntityTagger>>();
  const counts = new Map<string, KindCounts>();
  const get = (k: string): KindCounts => counts.get(k) ?? (counts.set(k, { tp: 0, fp: 0, fn: 0 }), counts.get(k)!);
  const errors: string[] = [];
  let rSum = 0;
  let rN = 0;
  let pSum = 0;
  let pN = 0;
  let nationalAsOpd = 0;
  for (const post of posts) {
    const region = CITY_REGION[post.city];
    const key = region ?? '';
    let tagger = taggers.get(key);
    if (tagger === undefined) taggers.set(key, (tagger = createEntityTagger(region !== undefined ? { ...base, defaultRegion: region } : base)));
    const pred = tagger.tag(post.text).filter((m) => SCORED.has(m.kind));
    const { located, missing } = locate(post);
    for (const t of missing) errors.push(`${post.id} GOLD-NOT-FOUND [${t}]`);
    const gold = located.filter((g) => g.scoredKind !== 'national');
    const national = located.filter((g) => g.scoredKind === 'national');
    let okPred = 0;
    for (const p of pred) {
      if (gold.some((g) => correct(p, g))) {
        okPred++;
        continue;
      }
      get(p.kind).fp++;
      if (p.kind === 'opd' && national.some((g) => p.start < g.end && g.start < p.end)) nationalAsOpd++;
      const near = located.find((g) => p.start < g.end && g.start < p.end);
      errors.push(`${post.id} FP ${p.kind} [${p.text}] ${p.id}${near ? ` (gold ${near.scoredKind} ${near.opd_id ?? ''} [${near.text}])` : ''} | ${post.text}`);
    }
    let found = 0;
    for (const g of gold) {
      if (pred.some((p) => correct(p, g))) {
        get(g.scoredKind).tp++;
        found++;
      } else {
        get(g.scoredKind).fn++;
        const near = pred.find((p) => p.start < g.end && g.start < p.end);
        errors.push(`${post.id} FN ${g.scoredKind} [${g.text}] ${g.opd_id ?? ''}${near ? ` (got ${near.kind} ${near.id} [${near.text}])` : ''} | ${post.text}`);
      }
    }
    if (gold.length > 0) {
      rSum += found / gold.length;
      rN++;
    }
    if (pred.length > 0) {
      pSum += okPred / pred.length;
      pN++;
    }
  }
  const score = (c: KindCounts) => ({ ...c, precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp), recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn) });
  const perKind: CitizenReport['perKind'] = {};
  const total: KindCounts = { tp: 0, fp: 0, fn: 0 };
  for (const k of [...counts.keys()].sort()) {
    const c = counts.get(k)!;
    perKind[k] = score(c);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return { posts: posts.length, perKind, all: score(total), postRecall: rN ? rSum / rN : 1, postPrecision: pN ? pSum / pN : 1, nationalAsOpd, unresolvedHandles, errors };
}

if (process.argv[1] && process.argv[1].endsWith('citizen-eval.ts')) {
  const path = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (path === undefined || !existsSync(path)) {
    console.error('usage: npx tsx test/entities/citizen-eval.ts FILE.jsonl [--errors] [--no-handles] [--no-vertical]');
    process.exit(2);
  }
  const { posts, problems } = loadPosts(path);
  for (const p of problems) console.error(`skipped ${p}`);
  const handles = process.argv.includes('--no-handles') ? undefined : readFileSync(handlesPath, 'utf8');
  const rep = evaluateCitizen(posts, { handles, vertical: !process.argv.includes('--no-vertical') });
  const f = (x: number) => x.toFixed(3);
  console.log(`${path}: ${rep.posts} posts`);
  for (const [k, s] of Object.entries(rep.perKind)) console.log(`${k.padEnd(10)} P ${f(s.precision)} R ${f(s.recall)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
  console.log(`all        P ${f(rep.all.precision)} R ${f(rep.all.recall)} (tp ${rep.all.tp} fp ${rep.all.fp} fn ${rep.all.fn})`);
  console.log(`per post   P ${f(rep.postPrecision)} R ${f(rep.postRecall)} (mean over posts)`);
  console.log(`national bodies tagged as opd: ${rep.nationalAsOpd}`);
  if (rep.unresolvedHandles.length > 0) console.log(`handles not configured: ${rep.unresolvedHandles.join('; ')}`);
  if (process.argv.includes('--errors')) for (const e of rep.errors) console.log(e);
}
