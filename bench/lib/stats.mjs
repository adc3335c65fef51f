/** Small number helpers: medians of rounds, ratios and rounding for the JSON and the table. */

/**
 * Median of a list of numbers (NaN for an empty list).
 * @param {number[]} values
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Rounds to `digits` decimals.
 * @param {number} value
 * @param {number} [digits]
 */
export function round(value, digits = 2) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * `a / b` rounded to 3 decimals (NaN when b is 0 or either is not finite).
 * @param {number} a
 * @param {number} b
 */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? round(a / b, 3) : Number.NaN;
}
