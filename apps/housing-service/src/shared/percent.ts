/** part / whole in percent with one decimal; null when there is no whole to compare with. */
export function percent(part: number, whole: number | null | undefined): number | null {
  if (!whole) return null;
  return Math.round((part / whole) * 1000) / 10;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
