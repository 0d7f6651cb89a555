import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze';
import { escapeHtml, highlight, renderReport } from '../../../src/cli/report/html';
import { handReport, HOSTILE, topicReport } from './fixture';

describe('highlight', () => {
  it('wraps hits in <mark> by polarity and escapes everything else', () => {
    const html = highlight({
      id: 'x',
      compound: -0.5,
      text: 'a <b> lambat & ramah',
      hits: [
        { start: 6, end: 12, weight: -1 },
        { start: 15, end: 20, weight: 1 },
      ],
    });
    expect(html).toBe(
      'a &lt;b&gt; <mark class="neg" title="-1.00">lambat</mark> &amp; <mark class="pos" title="1.00">ramah</mark>',
    );
  });
  it('skips overlapping and out-of-range hits', () => {
    const html = highlight({
      id: 'x',
      compound: 0,
      text: 'abcdef',
      hits: [
        { start: 0, end: 3, weight: 1 },
        { start: 2, end: 4, weight: 1 },
        { start: 5, end: 99, weight: 1 },
      ],
    });
    expect(html).toBe('<mark class="pos" title="1.00">abc</mark>def');
  });
  it('escapeHtml covers the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderReport', () => {
  const html = renderReport(handReport());
  it('is one self-contained document: one inline script, a CSP, no external URLs', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect((html.match(/<script/gi) ?? []).length).toBe(1);
    expect(html).toContain('<script>(function(){');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/fetch\(|XMLHttpRequest|innerHTML/);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });
  it('has the charts, the agency table, terms, examples and the spike', () => {
    expect((html.match(/<svg class="chart timeline"/g) ?? []).length).toBe(4); // all posts + 3 agencies
    expect(html).toContain('data-entity="dinas.perhubungan"');
    expect((html.match(/<tr class="f" data-entity="[^"]*"><td>/g) ?? []).length).toBe(3); // the agency table
    expect(html).toContain('<mark class="neg"');
    expect(html).toContain('<mark class="pos"');
    expect(html).toMatch(/<td>Dinas Perhubungan<\/td><td>2026-09-18<\/td><td>volume<\/td>/);
  });
  it('escapes user text', () => {
    expect(html).toContain('&lt;<mark class="neg" title="-1.50">lambat</mark>&gt; &amp; &quot;rusak&quot;');
    expect(html).not.toContain('<lambat>');
  });
  it('is deterministic', () => {
    expect(renderReport(handReport())).toBe(html);
  });
});

/** Undoes escapeHtml (the five entities it writes). */
function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('renderReport with topics', () => {
  const data = topicReport();
  const html = renderReport(data);
  const section = html.slice(html.indexOf('<section id="attention">'), html.indexOf('<section id="topics">'));

  it('carries per-topic counts with explicit and implied attribution apart', () => {
    const roads = data.topics.find((r) => r.topic === 'roads');
    // what the analyzer tags as roads, counted here independently of the aggregator
    const expected = data.texts.filter((t) => analyze(t).topics.some((x) => x.id === 'roads')).length;
    expect(expected).toBeGreaterThan(4);
    expect(roads?.count).toBe(expected);
    const roadRows = data.agencyTopics.filter((r) => r.topic === 'roads');
    expect(roadRows.length).toBeGreaterThan(0);
    expect(roadRows.every((r) => r.attribution === 'implied' || r.attribution === null)).toBe(true);
    const shown = html.match(/<tr class="f" data-entity="[^"]+" data-topic="roads"><td>[^<]+<\/td><td>roads<\/td><td>implied<\/td><td>(\d+)<\/td>/);
    expect(Number(shown?.[1])).toBe(roadRows.find((r) => r.attribution === 'implied')?.count);
  });

  it('has a "Perlu perhatian" section ranking the rising roads complaints', () => {
    expect(section).toContain('<h2>Perlu perhatian</h2>');
    const first = data.attention[0]!;
    expect(first.topic).toBe('roads');
    expect(first.recent.negative).toBeGreaterThanOrEqual(3);
    expect(first.examples.length).toBeGreaterThan(0);
    expect(first.examples.length).toBeLessThanOrEqual(3);
    expect(section).toContain(`data-topic="roads"`);
    expect(section).toContain(`(95% CI ${(first.recent.negativeShare.low * 100).toFixed(1)}%–${(first.recent.negativeShare.high * 100).toFixed(1)}%)`);
    expect(section).toContain(`/ ${first.volume} unggahan`);
  });

  it('escapes a hostile post text in the examples', () => {
    expect(data.attention[0]!.examples.some((e) => e.text === HOSTILE)).toBe(true);
    expect(html).not.toContain('<script>alert');
    expect(section).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
  });

  it('highlights cues whose offsets are the cue text, and negative words', () => {
    const marks = [...section.matchAll(/<mark class="cue" data-start="(\d+)" data-end="(\d+)">(.*?)<\/mark>(?!<\/mark>)/g)];
    expect(marks.length).toBeGreaterThan(0);
    const texts = data.attention.flatMap((a) => a.examples.map((e) => e.text ?? ''));
    for (const m of marks) {
      const inner = unescape(m[3]!.replace(/<\/?mark[^>]*>/g, ''));
      const [start, end] = [Number(m[1]), Number(m[2])];
      expect(texts.some((t) => t.slice(start, end) === inner)).toBe(true);
    }
    // every cue span of the data is drawn with its own offsets
    for (const e of data.attention[0]!.examples) {
      for (const h of e.highlights.filter((x) => x.kind === 'cue')) expect(section).toContain(`data-start="${h.start}" data-end="${h.end}"`);
    }
    expect(section).toMatch(/<mark class="neg">(rusak|parah|berlubang)<\/mark>/);
  });

  it('offers every topic and agency in the filters', () => {
    for (const r of data.topics) expect(html).toContain(`<option value="${r.topic}">`);
    expect(html).toContain('<select id="filter-entity">');
  });
});
