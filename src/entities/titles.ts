/**
 * Officials' titles linked to their agency: `Kepala Dinas Kesehatan`,
 * `Kadis Kominfo`, `Kalaksa BPBD`, `Direktur RSUD …` are one mention whose
 * span covers the title. Acting prefixes (`Plt`, `Plh`, `Pj`) and non-head
 * titles (`Sekretaris`, `Kabid`) are not titles here, so they stay outside.
 */
import type { UnitKind } from './registry';

/** Kinds of candidate a title may attach to. */
export interface TitleTarget {
  type: 'alias' | 'grammar' | 'unit';
  unit?: UnitKind;
}

/**
 * May a title restricted to `unit` (e.g. `Direktur` → `rsud`) attach to `target`?
 *
 * @example
 * ```ts
 * titleFits(undefined, { type: 'alias' }); // true ('Kepala BPBD')
 * titleFits('rsud', { type: 'alias' });    // false ('Direktur BPBD' is not a head title)
 * ```
 */
export function titleFits(unit: UnitKind | undefined, target: TitleTarget): boolean {
  if (unit === undefined) return target.type !== 'unit' || target.unit === 'rsud';
  return target.type === 'unit' && target.unit === unit;
}
