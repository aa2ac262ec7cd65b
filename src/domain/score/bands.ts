import { Decimal, round2 } from "../decimal";
import type { Band } from "../parse/qualitative";
import type { QualitativeOptions } from "../profiles";

/** rules.md §5: the score range of each qualitative band, bounds rounded to 2 decimals. */
export interface BandRange {
  readonly band: Band;
  readonly min: Decimal;
  readonly max: Decimal;
  /** Band 1 includes its top (w); bands 2 and 3 stop below theirs. */
  readonly maxIncluded: boolean;
}

/** A profile's band shares as Decimals, made once per value rather than on every row. */
const shares = new Map<number, Decimal>();
function share(x: number): Decimal {
  let d = shares.get(x);
  if (d === undefined) {
    d = new Decimal(x);
    shares.set(x, d);
  }
  return d;
}

export function bandRange(band: Band, w: Decimal, options: QualitativeOptions): BandRange {
  const b1 = round2(w.times(share(options.band1Min)));
  const b2 = round2(w.times(share(options.band2Min)));
  if (band === 1) return { band, min: b1, max: w, maxIncluded: true };
  if (band === 2) return { band, min: b2, max: b1, maxIncluded: false };
  return { band, min: new Decimal(0), max: b2, maxIncluded: false };
}

export function inBand(score: Decimal, range: BandRange): boolean {
  const s = round2(score);
  return s.gte(range.min) && (range.maxIncluded ? s.lte(range.max) : s.lt(range.max));
}
