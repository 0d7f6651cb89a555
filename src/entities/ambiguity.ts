/**
 * Deciding what an alias means: region-specific resolutions (`BKD` in Kota
 * Pangkalpinang is the Badan Keuangan Daerah), validity dates of region
 * names, ambiguous aliases reported with their candidates, and the national
 * context in which `Kominfo` or `PUPR` name a ministry rather than an OPD.
 */
import { compactKey } from './normalize-name';
import type { CompiledRegistry, Entry } from './registry';
import { codeAt } from '../text/chars';

/** The agency an alias match resolves to. */
export interface Resolution {
  id: string;
  name: string;
  alias: string;
  candidates?: string[];
  /** Alias also names a national body: needs regional context. */
  context: boolean;
  /** Alias includes a head-of-agency title (`Kadinkes`, `Sekda`). */
  title: boolean;
}

function valid(from: string | undefined, to: string | undefined, date: string | undefined): boolean {
  if (date === undefined) return to === undefined;
  return (from === undefined || from <= date) && (to === undefined || date <= to);
}

/**
 * Resolves the trie values of one alias match given the region code that
 * applies (attached or default) and the date.
 */
export function resolveAlias(reg: CompiledRegistry, values: readonly Entry[], region: string | undefined, date: string | undefined): Resolution | undefined {
  let alias: (Entry & { t: 'alias' }) | undefined;
  let amb: (Entry & { t: 'amb' }) | undefined;
  let inst: (Entry & { t: 'inst' }) | undefined;
  let instAny: (Entry & { t: 'inst' }) | undefined;
  for (const v of values) {
    if (v.t === 'alias') alias ??= v;
    else if (v.t === 'amb') amb ??= v;
    else if (v.t === 'inst') {
      if (region !== undefined && v.region === region && valid(v.validFrom, v.validTo, date)) inst ??= v;
      if (valid(v.validFrom, v.validTo, date)) instAny ??= v;
    }
  }
  if (inst !== undefined && (amb !== undefined || alias === undefined || alias.kind === inst.kind || alias.name === undefined)) {
    return { id: inst.kind, name: inst.name, alias: inst.alias, context: false, title: alias?.title ?? false };
  }
  if (amb !== undefined) {
    const key = compactKey(amb.alias);
    const kind = region !== undefined ? reg.resolve.get(region)?.get(key) : undefined;
    if (kind !== undefined) {
      return { id: kind, name: agencyName(reg, kind, region, date), alias: amb.alias, context: false, title: false };
    }
    return { id: `ambiguous:${amb.alias.toLowerCase()}`, name: amb.alias, alias: amb.alias, candidates: [...amb.candidates], context: false, title: false };
  }
  if (alias !== undefined) {
    return { id: alias.kind, name: alias.name ?? reg.kinds.get(alias.kind)?.name ?? alias.kind, alias: alias.alias, context: alias.context, title: alias.title };
  }
  const any = instAny ?? values.find((v): v is Entry & { t: 'inst' } => v.t === 'inst');
  if (any !== undefined) return { id: any.kind, name: any.name, alias: any.alias, context: false, title: false };
  return undefined;
}

/** Name of the agency of `kind` in `region` (first listed current one), else the kind's generic name. */
function agencyName(reg: CompiledRegistry, kind: string, region: string | undefined, date: string | undefined): string {
  return instanceName(reg, kind, region, date) ?? reg.kinds.get(kind)?.name ?? kind;
}

function instanceName(reg: CompiledRegistry, kind: string, region: string | undefined, date: string | undefined): string | undefined {
  if (region === undefined) return undefined;
  for (const a of reg.agencies.get(region) ?? []) if (a.id === kind && valid(a.validFrom, a.validTo, date)) return a.name;
  return undefined;
}

/** Words that put `Kominfo`/`PUPR` in a national context. */
const NATIONAL_CUES = /(?:^|[^a-z0-9])(?:kementerian|menteri|menkominfo|menkomdigi|wamen|kemen[a-z]*|kemkominfo|komdigi|ditjen|dirjen|pusat|nasional|ri|presiden|republik)(?=$|[^a-z0-9])/;

/** Does the span of text contain a national-context cue word? */
export function hasNationalCue(sentence: string): boolean {
  return NATIONAL_CUES.test(sentence.toLowerCase());
}

/**
 * Start offsets of the sentences of `text` (first is 0), in one linear pass:
 * a sentence ends at a newline or at `.`, `!`, `?` followed by a space. Only
 * used to find the context of national-sounding aliases, so it is simpler
 * than `splitSentences`.
 */
export function sentenceStarts(text: string): number[] {
  const out = [0];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = codeAt(text, i);
    if (c === 10 || ((c === 46 || c === 33 || c === 63) && (i + 1 >= n || codeAt(text, i + 1) === 32))) out.push(i + 1);
  }
  return out;
}
