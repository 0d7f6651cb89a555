import { describe, expect, it } from 'vitest';
import { escapeHtml, highlight, renderReport } from '../../../src/cli/report/html';
import { handReport } from './fixture';

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
  it('is one self-contained document: no scripts, no external URLs', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });
  it('has the charts, the agency table, terms, examples and the spike', () => {
    expect((html.match(/<svg class="chart timeline"/g) ?? []).length).toBe(4); // all posts + 3 agencies
    expect(html).toContain('data-entity="dinas.perhubungan"');
    expect((html.match(/<tr data-entity=/g) ?? []).length).toBe(3);
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
