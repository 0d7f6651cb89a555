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
