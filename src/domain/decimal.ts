import DecimalBase from "decimal.js";

/**
 * The one Decimal the project uses: its own clone, so nobody's global settings leak in.
 * Rounding is half away from zero (四舍五入), as rules.md §1 asks.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Round to 2 decimals, half away from zero. */
export function round2(d: Decimal): Decimal {
  // Most scores and amounts have ≤ 2 decimals already; decimal.js's rounding costs ~0.6 µs a call
  // (bench/NOTES.md). Decimals are immutable, so handing back the same value is safe.
  return d.decimalPlaces() <= 2 ? d : d.toDecimalPlaces(2, DecimalBase.ROUND_HALF_UP);
}

// A sheet repeats its figures (95, 100, 10 …) and Decimals are immutable: parse each one once.
// decimal.js's parse was the larger part of reading a cell (bench/NOTES.md).
const parsed = new Map<string | number, Decimal>();
const PARSED_LIMIT = 4096;

/** new Decimal(v), shared between equal inputs. */
export function decimalOf(v: string | number): Decimal {
  // A Map takes -0 for 0, and a Decimal keeps the sign of zero: zeros are not shared.
  if (v === 0) return new Decimal(v);
  let d = parsed.get(v);
  if (d === undefined) {
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    d = new Decimal(v);
    parsed.set(v, d);
  }
  return d;
}

const CENT = new Decimal("0.01");

/** Two amounts or scores within 0.01 are equal (rules.md §1). */
export function nearlyEqual(a: Decimal, b: Decimal): boolean {
  return a.minus(b).abs().lte(CENT);
}

/** decimal.js keeps digits in base-1e7 words, aligned on the decimal point. */
const WORD = 1e7;
const WORD_DIGITS = 7;

/** d × 1e7 as an exact integer when |d| < 1e7 with at most 7 decimals, else undefined. */
function scaledWords(d: Decimal): number | undefined {
  const words = d.d;
  if (!words) return undefined;
  const top = Math.floor(d.e / WORD_DIGITS);
  let n: number;
  if (top === 0 && words.length === 1) n = words[0] * WORD;
  else if (top === 0 && words.length === 2) n = words[0] * WORD + words[1];
  else if (top === -1 && words.length === 1) n = words[0];
  else return undefined;
  return d.s < 0 ? -n : n;
}

/**
 * Exact Σ, as `parts.reduce((a, p) => a.plus(p), 0)` gives it. Sheets add thousands of small
 * 2-decimal figures: those are added as integers of 1e-7 (exact below 2^53) and only the
 * result becomes a Decimal; anything else falls back to Decimal addition.
 */
export function sumDecimals(parts: readonly Decimal[]): Decimal {
  let units = 0;
  for (const p of parts) {
    const n = scaledWords(p);
    if (n === undefined) return slowSum(parts);
    units += n;
    if (!Number.isSafeInteger(units)) return slowSum(parts);
  }
  // Read back as units × 1e-7 in one exact parse (an integer string with an exponent).
  return new Decimal(`${units}e-7`);
}

function slowSum(parts: readonly Decimal[]): Decimal {
  let acc = new Decimal(0);
  for (const p of parts) acc = acc.plus(p);
  return acc;
}
