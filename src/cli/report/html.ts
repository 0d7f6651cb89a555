/**
 * One self-contained HTML report: inline CSS, inline SVG charts and one small
 * inline script (the topic and agency filters), no fonts, no network (a
 * Content-Security-Policy forbids any fetch). Deterministic: the same data gives the same
 * bytes (no timestamps), so reports can be diffed and tested.
 */
import type { AttentionExample, AttentionItem } from '../../aggregate/attention';
import { bucketIndex, type TimeUnit } from '../../aggregate/buckets';
import type { AggregateRow, ExampleDoc, TermCount } from '../../aggregate/types';
import type { ReportData } from './model';
import { COLORS, CSS, SCRIPT } from './styles';
import { codeAt } from '../../text/chars';

export type { ReportData } from './model';

/** `data-entity` value of rows about no agency (never a valid agency id, so filters can select it). */
const NO_AGENCY = '~';

/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<b>&</b>'); // '&lt;b&gt;&amp;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(s: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    const rep = c === 38 ? '&amp;' : c === 60 ? '&lt;' : c === 62 ? '&gt;' : c === 34 ? '&quot;' : c === 39 ? '&#39;' : undefined;
    if (rep !== undefined) {
      out += s.slice(last, i) + rep;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function num(x: number): string {
  return x.toLocaleString('en-US');
}

function fmt(x: number, digits = 2): string {
  const s = x.toFixed(digits);
  return s === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : s;
}

/**
 * Example text with each sentiment hit wrapped in `<mark class="pos|neg">`.
 * Hits are offsets into the text; overlapping or out-of-range hits are skipped.
 *
 * @example
 * ```ts
 * highlight({ id: 'p1', compound: -0.6, text: 'jalan rusak', hits: [{ start: 6, end: 11, weight: -1 }] });
 * // 'jalan <mark class="neg" title="-1.00">rusak</mark>'
 * ```
 */
export function highlight(example: ExampleDoc): string {
  const text = example.text ?? '';
  const hits = [...(example.hits ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const h of hits) {
    if (h.start < at || h.end > text.length || h.end <= h.start) continue;
    out += escapeHtml(text.slice(at, h.start));
    const cls = h.weight > 0 ? 'pos' : 'neg';
    out += `<mark class="${cls}" title="${escapeHtml(fmt(h.weight))}">${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  return out + escapeHtml(text.slice(at));
}

/** A diverging bar chart of positive (up) and negative (down) counts per bucket. */
function timelineSvg(rows: readonly AggregateRow[], labels: readonly string[], title: string, height = 120): string {
  const width = 640;
  const left = 34;
  const right = 8;
  const top = 8;
  const bottom = 22;
  const mid = top + (height - top - bottom) / 2;
  const half = (height - top - bottom) / 2;
  const byBucket = new Map(rows.map((r) => [r.bucket ?? '', r]));
  let max = 1;
  for (const r of rows) max = Math.max(max, r.positive, r.negative);
  const n = Math.max(labels.length, 1);
  const slot = (width - left - right) / n;
  const barW = Math.max(1, Math.min(18, slot * 0.8));
  const parts: string[] = [];
  parts.push(
    `<svg class="chart timeline" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
  );
  parts.push(`<title>${escapeHtml(title)}</title>`);
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${mid}" y2="${mid}" stroke="${COLORS.axis}" stroke-width="1"/>`);
  parts.push(`<text x="${left - 4}" y="${top + 8}" class="tick" text-anchor="end">${max}</text>`);
  parts.push(`<text x="${left - 4}" y="${top + 2 * half}" class="tick" text-anchor="end">${max}</text>`);
  labels.forEach((label, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const r = byBucket.get(label);
    if (r) {
      const hp = (r.positive / max) * half;
      const hn = (r.negative / max) * half;
      const tip = `${label}: ${r.count} posts, ${r.positive} positive, ${r.negative} negative, net ${fmt(r.net)}`;
      parts.push(
        `<g class="bucket"><title>${escapeHtml(tip)}</title>` +
          `<rect class="bar pos" x="${x.toFixed(1)}" y="${(mid - hp).toFixed(1)}" width="${barW.toFixed(1)}" height="${hp.toFixed(1)}" fill="${COLORS.pos}"/>` +
          `<rect class="bar neg" x="${x.toFixed(1)}" y="${mid.toFixed(1)}" width="${barW.toFixed(1)}" height="${hn.toFixed(1)}" fill="${COLORS.neg}"/></g>`,
      );
    }
  });
  // A handful of x labels: first, last and evenly spaced between, none overlapping.
  const every = Math.max(1, Math.ceil(labels.length / 6));
  const labelW = (label: string): number => label.length * 6.6;
  const ticks: number[] = [];
  for (let i = 0; i < labels.length; i += every) ticks.push(i);
  if (labels.length > 1 && ticks[ticks.length - 1] !== labels.length - 1) {
    const lastLeft = width - right - labelW(labels[labels.length - 1]!);
    const prev = ticks[ticks.length - 1]!;
    const prevRight = left + prev * slot + slot / 2 + (prev === 0 ? labelW(labels[0]!) : labelW(labels[prev]!) / 2);
    if (prevRight + 8 > lastLeft) ticks.pop();
    ticks.push(labels.length - 1);
  }
  for (const i of ticks) {
    const label = labels[i]!;
    // Keep the first and last labels inside the chart.
    const anchor = labels.length > 1 && i === labels.length - 1 ? 'end' : i === 0 ? 'start' : 'middle';
    const ax = anchor === 'end' ? width - right : anchor === 'start' ? left : left + i * slot + slot / 2;
    parts.push(`<text x="${ax.toFixed(1)}" y="${height - 6}" class="tick" text-anchor="${anchor}">${escapeHtml(label)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** A horizontal bar chart. */
function barsSvg(
  items: readonly { label: string; value: number; note: string }[],
  color: string,
  title: string,
  width = 640,
  labelW = 230,
): string {
  const rowH = 22;
  const height = Math.max(1, items.length) * rowH + 8;
  const max = Math.max(1, ...items.map((i) => i.value));
  const parts = [
    `<svg class="chart bars" role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg"><title>${escapeHtml(title)}</title>`,
  ];
  items.forEach((item, i) => {
    const y = 4 + i * rowH;
    const w = ((width - labelW - 110) * item.value) / max;
    const maxChars = Math.floor(labelW / 6.8);
    const label = item.label.length > maxChars ? `${item.label.slice(0, maxChars - 1)}…` : item.label;
    parts.push(
      `<g class="bar-row"><title>${escapeHtml(`${item.label}: ${item.note}`)}</title>` +
        `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end" class="label">${escapeHtml(label)}</text>` +
        `<rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${color}"/>` +
        `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 15}" class="value">${escapeHtml(item.note)}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Every bucket label between the first and last present one, so gaps show as gaps. */
function bucketRange(rows: readonly AggregateRow[], unit: TimeUnit): string[] {
  const present = new Map<number, string>();
  for (const r of rows) {
    if (r.bucket === null || r.bucket === undefined) continue;
    const i = bucketIndex(r.bucket, unit);
    if (i !== undefined) present.set(i, r.bucket);
  }
  if (present.size === 0) return [];
  const idx = [...present.keys()].sort((a, b) => a - b);
  const first = idx[0]!;
  const last = idx[idx.length - 1]!;
  if (last - first > 400) return idx.map((i) => present.get(i)!); // very long ranges: present buckets only
  const out: string[] = [];
  for (let i = first; i <= last; i++) out.push(present.get(i) ?? labelOfIndex(i, unit));
  return out;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Inverse of `bucketIndex` for filling gaps. */
function labelOfIndex(i: number, unit: TimeUnit): string {
  switch (unit) {
    case 'month':
      return `${pad(Math.floor(i / 12), 4)}-${pad((i % 12) + 1)}`;
    case 'day': {
      const d = new Date(i * 86_400_000);
      return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
    case 'hour': {
      const d = new Date(i * 3_600_000);
      return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}`;
    }
    case 'week': {
      // Monday of the week, then its ISO week label (its Thursday decides the year).
      const thursday = (4 + i * 7 + 3) * 86_400_000;
      const t = new Date(thursday);
      const year = t.getUTCFullYear();
      const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
      return `${pad(year, 4)}-W${pad(week)}`;
    }
  }
}

function termList(terms: readonly TermCount[], color: string, title: string): string {
  if (terms.length === 0) return '<p class="empty">—</p>';
  return barsSvg(
    terms.map((t) => ({ label: t.term, value: t.count, note: `${num(t.count)}×` })),
    color,
    title,
    420,
    130,
  );
}

function exampleList(examples: readonly ExampleDoc[], cls: 'pos' | 'neg'): string {
  if (examples.length === 0) return '<p class="empty">—</p>';
  return `<ol class="examples ${cls}">${examples
    .map(
      (e) =>
        `<li><blockquote>${highlight(e)}</blockquote><div class="meta">${escapeHtml(e.id)} · compound ${fmt(e.compound)}</div></li>`,
    )
    .join('')}</ol>`;
}


/** `text[from, to)` with the `negative` spans inside it wrapped in `<mark class="neg">`; spans must lie within and not overlap. */
function negMarks(text: string, from: number, to: number, negs: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = from;
  for (const h of negs) {
    if (h.start < at || h.end > to) continue;
    out += `${escapeHtml(text.slice(at, h.start))}<mark class="neg">${escapeHtml(text.slice(h.start, h.end))}</mark>`;
    at = h.end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/**
 * An attention example with its topic cues as `<mark class="cue">` (carrying
 * their offsets as `data-start`/`data-end`) and negative words as
 * `<mark class="neg">`, nested inside a cue when they fall within it. Spans
 * that overlap a previous one or leave the text are skipped; all text is escaped.
 */
function attentionExample(e: AttentionExample): string {
  const text = e.text ?? '';
  const cues: { start: number; end: number }[] = [];
  let last = 0;
  for (const h of e.highlights) {
    if (h.kind !== 'cue' || h.start < last || h.end > text.length || h.end <= h.start) continue;
    cues.push(h);
    last = h.end;
  }
  // a negative word is drawn when it sits wholly inside one cue or wholly outside all of them
  const negs = e.highlights.filter(
    (h) => h.kind === 'negative' && h.end > h.start && h.end <= text.length && cues.every((c) => h.end <= c.start || h.start >= c.end || (h.start >= c.start && h.end <= c.end)),
  );
  let out = '';
  let at = 0;
  for (const c of cues) {
    out += negMarks(text, at, c.start, negs);
    out += `<mark class="cue" data-start="${c.start}" data-end="${c.end}">${negMarks(text, c.start, c.end, negs)}</mark>`;
    at = c.end;
  }
  return out + negMarks(text, at, text.length, negs);
}

function entityKey(entity: string | null | undefined): string {
  return entity === null || entity === undefined ? NO_AGENCY : entity;
}

function attentionCard(a: AttentionItem): string {
  const who = a.entityName ?? a.entity ?? 'tanpa OPD';
  const r = a.recent.negativeShare;
  const b = a.baseline.negativeShare;
  const attribution = a.attribution === 'implied' ? ' · atribusi tersirat' : a.attribution === 'explicit' ? ' · disebut langsung' : '';
  const examples = a.examples
    .map((e) => `<li><blockquote>${attentionExample(e)}</blockquote><div class="meta">${escapeHtml(e.id)} · compound ${fmt(e.compound)}</div></li>`)
    .join('');
  return (
    `<div class="card attention f" data-entity="${escapeHtml(entityKey(a.entity))}" data-topic="${escapeHtml(a.topic ?? '')}">` +
    `<h3>${escapeHtml(who)} × ${escapeHtml(a.topic ?? '—')}<span class="meta">${escapeHtml(attribution)}</span></h3>` +
    `<p>Porsi negatif <b>${pct(r.share)}</b> (95% CI ${pct(r.low)}–${pct(r.high)}) pada ${escapeHtml(a.recent.from === a.recent.to ? a.recent.to : `${a.recent.from} – ${a.recent.to}`)}, ` +
    `dari ${num(a.recent.negative)} / ${num(a.volume)} unggahan; sebelumnya ${pct(b.share)} (${pct(b.low)}–${pct(b.high)}, ${num(a.baseline.negative)} / ${num(a.baseline.count)}) · z = ${fmt(a.z, 1)}</p>` +
    (examples ? `<ol class="examples neg">${examples}</ol>` : '') +
    '</div>'
  );
}

function options(values: readonly { value: string; label: string }[], all: string): string {
  return `<option value="">${escapeHtml(all)}</option>${values.map((v) => `<option value="${escapeHtml(v.value)}">${escapeHtml(v.label)}</option>`).join('')}`;
}

/**
 * Renders the report.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { analyzeFile, renderReport } from 'suara/node';
 * const result = await analyzeFile('posts.ndjson', { report: true });
 * writeFileSync('report.html', renderReport(result.report!));
 * ```
 */
export function renderReport(data: ReportData): string {
  const { overall, totals, timeline, unit } = data;
  const agencies = totals.filter((r) => r.entity !== null && r.entity !== undefined);
  const labels = bucketRange(data.overallTimeline, unit);
  const period = labels.length > 0 ? `${labels[0]} – ${labels[labels.length - 1]}` : 'no dated posts';
  const nameOf = (r: AggregateRow): string => r.entityName ?? r.entity ?? 'tanpa OPD';

  const s: string[] = [];
  s.push('<!doctype html><html lang="id"><head><meta charset="utf-8">');
  s.push('<meta name="viewport" content="width=device-width,initial-scale=1">');
  // nothing may be fetched: styles and the filter script are inline, images only data: URLs
  s.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
  s.push(`<title>${escapeHtml(data.title)}</title><style>${CSS}</style></head><body><main>`);
  s.push(`<h1>${escapeHtml(data.title)}</h1>`);
  s.push(
    `<p class="sub">${escapeHtml(data.input)} · ${escapeHtml(period)} · per ${escapeHtml(unit)} (${escapeHtml(data.timezone)})</p>`,
  );

  // Filters (applied by the inline script: rows outside the selection are hidden)
  const topicIds = data.topics.map((r) => r.topic).filter((t): t is string => typeof t === 'string');
  // named agencies plus those only implied by a topic (jalan rusak → Dinas PUPR), then 'no agency'
  const agencyNames = new Map<string, string>();
  for (const r of [...agencies, ...data.agencyTopics]) {
    if (r.entity !== null && r.entity !== undefined && !agencyNames.has(r.entity)) agencyNames.set(r.entity, nameOf(r));
  }
  const agencyOptions = [...agencyNames]
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1))
    .map(([value, label]) => ({ value, label }));
  if (data.agencyTopics.some((r) => r.entity === null)) agencyOptions.push({ value: NO_AGENCY, label: 'tanpa OPD' });
  s.push(
    `<form id="filters" class="filters"><label>Topik <select id="filter-topic">${options(topicIds.map((t) => ({ value: t, label: t })), 'semua topik')}</select></label>` +
      `<label>OPD <select id="filter-entity">${options(agencyOptions, 'semua OPD')}</select></label><span id="filter-count" class="meta"></span></form>`,
  );

  // Summary
  s.push('<section id="summary"><h2>Ringkasan</h2><div class="kpis">');
  s.push(`<div class="kpi"><b>${num(data.summary.documents)}</b>dokumen dianalisis</div>`);
  if (overall) {
    s.push(
      `<div class="kpi neg"><b>${pct(overall.negativeShare.share)}</b>negatif (95% CI ${pct(overall.negativeShare.low)}–${pct(overall.negativeShare.high)})</div>`,
    );
    s.push(
      `<div class="kpi pos"><b>${pct(overall.positiveShare.share)}</b>positif (95% CI ${pct(overall.positiveShare.low)}–${pct(overall.positiveShare.high)})</div>`,
    );
    s.push(`<div class="kpi"><b>${fmt(overall.net)}</b>sentimen bersih (pos − neg) / n</div>`);
  }
  s.push(`<div class="kpi"><b>${num(agencies.length)}</b>OPD disebut</div>`);
  s.push(`<div class="kpi"><b>${num(data.summary.badRows)}</b>baris rusak dilewati</div>`);
  s.push('</div></section>');

  // Timeline
  s.push('<section id="timeline"><h2>Sentimen dari waktu ke waktu</h2>');
  s.push(
    `<p class="legend"><span><i style="background:${COLORS.pos}"></i>positif (atas)</span><span><i style="background:${COLORS.neg}"></i>negatif (bawah)</span></p>`,
  );
  s.push(`<div class="card"><h3>Semua unggahan</h3>${timelineSvg(data.overallTimeline, labels, 'Semua unggahan')}</div>`);
  const topByVolume = [...agencies].sort((a, b) => b.count - a.count || (a.entity! < b.entity! ? -1 : 1)).slice(0, 8);
  for (const agency of topByVolume) {
    const rows = timeline.filter((r) => r.entity === agency.entity);
    s.push(
      `<div class="card agency-timeline f" data-entity="${escapeHtml(agency.entity ?? '')}"><h3>${escapeHtml(nameOf(agency))} <span class="meta">${num(agency.count)} unggahan · bersih ${fmt(agency.net)}</span></h3>${timelineSvg(rows, labels, nameOf(agency))}</div>`,
    );
  }
  s.push('</section>');

  // Agencies with most negative posts
  const mostNegative = [...agencies]
    .sort((a, b) => b.negative - a.negative || b.negativeShare.share - a.negativeShare.share || (a.entity! < b.entity! ? -1 : 1))
    .slice(0, 10);
  s.push('<section id="agencies"><h2>OPD dengan unggahan negatif terbanyak</h2>');
  s.push(
    `<div class="card">${barsSvg(
      mostNegative.map((r) => ({
        label: nameOf(r),
        value: r.negative,
        note: `${num(r.negative)} (${pct(r.negativeShare.share)} dari ${num(r.count)})`,
      })),
      COLORS.neg,
      'OPD dengan unggahan negatif terbanyak',
    )}</div>`,
  );
  s.push(
    '<table class="agency-table"><thead><tr><th>OPD</th><th>Unggahan</th><th>Positif</th><th>Negatif</th><th>Netral</th><th>Bersih</th><th>Porsi negatif (95% CI)</th><th>Median</th></tr></thead><tbody>',
  );
  for (const r of [...agencies].sort((a, b) => b.negative - a.negative || b.count - a.count || (a.entity! < b.entity! ? -1 : 1))) {
    s.push(
      `<tr class="f" data-entity="${escapeHtml(r.entity ?? '')}"><td>${escapeHtml(nameOf(r))}</td><td>${num(r.count)}</td><td>${num(r.positive)}</td><td>${num(r.negative)}</td><td>${num(r.neutral)}</td><td>${fmt(r.net)}</td><td>${pct(r.negativeShare.share)} (${pct(r.negativeShare.low)}–${pct(r.negativeShare.high)})</td><td>${fmt(r.medianCompound)}</td></tr>`,
    );
  }
  s.push('</tbody></table></section>');

  // Needs attention
  s.push('<section id="attention"><h2>Perlu perhatian</h2>');
  if (data.attention.length === 0) s.push('<p class="empty">Tidak ada pasangan OPD × topik dengan porsi negatif yang naik nyata.</p>');
  else {
    s.push(
      `<p class="legend">Pasangan OPD × topik yang porsi negatifnya naik dibanding ${escapeHtml(unit)} sebelumnya, diurutkan menurut z. <mark class="cue">kata topik</mark> <mark class="neg">kata negatif</mark></p>`,
    );
    for (const a of data.attention) s.push(attentionCard(a));
  }
  s.push('</section>');

  // Topics: per-topic totals, then agency × topic with explicit and implied attribution apart
  const docs = Math.max(1, data.summary.documents);
  s.push('<section id="topics"><h2>Topik</h2>');
  s.push(
    `<div class="card">${barsSvg(
      [...data.topics]
        .sort((a, b) => b.count - a.count || ((a.topic ?? '') < (b.topic ?? '') ? -1 : 1))
        .map((r) => ({ label: r.topic ?? '—', value: r.count, note: `${num(r.count)} (${pct(r.count / docs)}) · ${pct(r.negativeShare.share)} negatif` })),
      COLORS.neu,
      'Unggahan per topik',
    )}</div>`,
  );
  s.push(
    '<table class="topic-table"><thead><tr><th>OPD</th><th>Topik</th><th>Atribusi</th><th>Unggahan</th><th>Porsi topik</th><th>Negatif</th><th>Porsi negatif (95% CI)</th><th>Bersih</th></tr></thead><tbody>',
  );
  const topicCount = new Map(data.topics.map((r) => [r.topic ?? '', r.count]));
  const topicRows = [...data.agencyTopics].sort(
    (a, b) => b.count - a.count || (entityKey(a.entity) < entityKey(b.entity) ? -1 : entityKey(a.entity) > entityKey(b.entity) ? 1 : 0) || ((a.topic ?? '') < (b.topic ?? '') ? -1 : (a.topic ?? '') > (b.topic ?? '') ? 1 : 0) || ((a.attribution ?? '') < (b.attribution ?? '') ? -1 : 1),
  );
  for (const r of topicRows) {
    const share = r.count / Math.max(1, topicCount.get(r.topic ?? '') ?? 0);
    s.push(
      `<tr class="f" data-entity="${escapeHtml(entityKey(r.entity))}" data-topic="${escapeHtml(r.topic ?? '')}"><td>${escapeHtml(nameOf(r))}</td><td>${escapeHtml(r.topic ?? '—')}</td><td>${escapeHtml(r.attribution ?? '—')}</td><td>${num(r.count)}</td><td>${pct(share)}</td><td>${num(r.negative)}</td><td>${pct(r.negativeShare.share)} (${pct(r.negativeShare.low)}–${pct(r.negativeShare.high)})</td><td>${fmt(r.net)}</td></tr>`,
    );
  }
  s.push('</tbody></table></section>');

  // Terms
  s.push('<section id="terms"><h2>Kata yang paling berpengaruh</h2><div class="cols">');
  s.push(
    `<div class="card"><h3>Negatif</h3>${termList(overall?.topNegativeTerms ?? [], COLORS.neg, 'Kata negatif teratas')}</div>`,
  );
  s.push(
    `<div class="card"><h3>Positif</h3>${termList(overall?.topPositiveTerms ?? [], COLORS.pos, 'Kata positif teratas')}</div>`,
  );
  s.push('</div></section>');

  // Examples
  s.push('<section id="examples"><h2>Contoh unggahan</h2><div class="cols">');
  s.push(`<div class="card"><h3>Paling negatif</h3>${exampleList(overall?.negativeExamples ?? [], 'neg')}</div>`);
  s.push(`<div class="card"><h3>Paling positif</h3>${exampleList(overall?.positiveExamples ?? [], 'pos')}</div>`);
  s.push('</div>');
  const withNeg = mostNegative.filter((r) => r.negativeExamples.length > 0).slice(0, 5);
  if (withNeg.length > 0) {
    s.push('<h3>Keluhan per OPD</h3>');
    for (const r of withNeg) {
      s.push(
        `<div class="card"><h3>${escapeHtml(nameOf(r))}</h3>${exampleList(r.negativeExamples.slice(0, 2), 'neg')}</div>`,
      );
    }
  }
  s.push('</section>');

  // Spikes
  s.push('<section id="spikes"><h2>Lonjakan</h2>');
  if (data.spikes.length === 0) s.push('<p class="empty">Tidak ada lonjakan di atas garis dasar masing-masing OPD.</p>');
  else {
    s.push(
      '<table class="spike-table"><thead><tr><th>OPD</th><th>Periode</th><th>Jenis</th><th>Unggahan</th><th>Negatif</th><th>Harapan</th><th>Uji</th></tr></thead><tbody>',
    );
    for (const sp of [...data.spikes].reverse().slice(0, 30)) {
      const test = sp.kind === 'volume' ? `p = ${sp.pValue!.toExponential(1)}` : `z = ${fmt(sp.z!, 1)}`;
      s.push(
        `<tr><td>${escapeHtml(sp.entityName ?? sp.entity ?? 'tanpa OPD')}</td><td>${escapeHtml(sp.bucket)}</td><td>${sp.kind === 'volume' ? 'volume' : 'porsi negatif'}</td><td>${num(sp.count)}</td><td>${num(sp.negative)}</td><td>${fmt(sp.expected, 1)}</td><td>${test}</td></tr>`,
      );
    }
    s.push('</tbody></table>');
  }
  s.push('</section>');

  const bad = Object.entries(data.summary.badByKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  s.push(
    `<footer>Dibuat oleh suara. Sentimen per OPD memakai sentimen kalimat yang menyebut OPD itu; unggahan yang menyebut dua OPD dihitung untuk keduanya. Interval: Wilson 95%. Median: resolusi 0,001.${bad ? ` Baris rusak: ${escapeHtml(bad)}.` : ''}</footer>`,
  );
  s.push(`</main><script>${SCRIPT}</script></body></html>\n`);
  return s.join('\n');
}
