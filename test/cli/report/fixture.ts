import { analyze } from '../../../src/analyze';
import { buildAggregator } from '../../../src/aggregate/create-aggregator';
import { resolveAggregatorOptions } from '../../../src/aggregate/options';
import type { ReportData } from '../../../src/cli/report/html';
import { buildReportData, reportViews } from '../../../src/cli/report/data';
import { hit, record } from '../../aggregate/fixtures';

/** A hand-built report over three agencies and three weeks (no analyzer involved). */
export function handReport(): ReportData {
  const views = reportViews('day', 'Asia/Jakarta').map((o) => buildAggregator(resolveAggregatorOptions(o)));
  const agencies = [
    { id: 'dinas.perhubungan', name: 'Dinas Perhubungan', bias: -0.5 },
    { id: 'dinas.kesehatan', name: 'Dinas Kesehatan', bias: 0.4 },
    { id: 'satpol.pp', name: 'Satuan Polisi Pamong Praja', bias: -0.1 },
  ];
  let n = 0;
  for (let day = 1; day <= 21; day++) {
    for (const a of agencies) {
      const posts = a.id === 'dinas.perhubungan' && day === 18 ? 12 : 2;
      for (let i = 0; i < posts; i++) {
        const c = Math.max(-1, Math.min(1, a.bias + ((i % 3) - 1) * 0.4));
        const neg = c < 0;
        const text = neg ? `Layanan ${a.name} <lambat> & "rusak" parah` : `Petugas ${a.name} ramah sekali`;
        const word = neg ? 'lambat' : 'ramah';
        const start = text.indexOf(word);
        const hits = c === 0 ? [] : [hit(word, start, neg ? -1.5 : 1.5)];
        const rec = record({
          id: `p${++n}`,
          date: `2026-09-${String(day).padStart(2, '0')}T10:00`,
          text,
          compound: c,
          hits,
          targets: [{ id: a.id, name: a.name, compound: c, hits }],
        });
        rec.analysis.topics = []; // no topic cues: the topic views get the posts as no topic
        for (const v of views) v.add(rec);
      }
    }
  }
  return buildReportData(views, {
    input: 'hand-built.ndjson',
    unit: 'day',
    timezone: 'Asia/Jakarta',
    summary: { documents: n, badRows: 2, badByKind: { json: 1, text: 1 } },
  });
}

/** Texts of the topic report: calm road posts for four weeks, then a week of angry ones (one hostile). Written for this test. */
export const HOSTILE = 'Jalan berlubang <script>alert("x")</script> & rusak parah, motor jatuh';

/**
 * A report over real analyses (topics, aspect sentiment, implied attribution):
 * road complaints rise in the last week, so "Perlu perhatian" lists roads.
 */
export function topicReport(): ReportData & { texts: string[] } {
  const views = reportViews('week', 'Asia/Jakarta').map((o) => buildAggregator(resolveAggregatorOptions(o)));
  const calm = ['Jalan di kampung kami sudah diaspal, terima kasih', 'Terima kasih, jalan ke pasar sudah mulus sekarang'];
  const angry = [HOSTILE, 'Jalan rusak lagi depan sekolah, parah sekali', 'Aspal jalan berlubang dan rusak, bahaya buat pengendara'];
  const other = 'Puskesmas ramah dan pelayanannya cepat';
  let n = 0;
  const texts: string[] = [];
  const add = (text: string, date: string): void => {
    texts.push(text);
    const rec = { id: `t${++n}`, date, text, analysis: analyze(text) };
    for (const v of views) v.add(rec);
  };
  for (const d of ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28']) {
    for (const t of calm) add(t, d);
    add(other, d);
  }
  for (const t of angry) add(t, '2026-10-05');
  add(other, '2026-10-05');
  const data = buildReportData(views, {
    input: 'topics.ndjson',
    unit: 'week',
    timezone: 'Asia/Jakarta',
    summary: { documents: n, badRows: 0, badByKind: {} },
  });
  return { ...data, texts };
}
