/** Up to `decimals` decimals, trailing zeros dropped, thousands grouped: 4000/6 → "666.67", 26/4 → "6.5". */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // Below a thousand there is nothing to group, and the shortest text of the rounded number is
  // exactly the fixed text with its trailing zeros dropped (a fast path: proposals format scores
  // of every item of a backlog).
  if (Math.abs(rounded) < 1000 && decimals >= 0 && decimals <= 6) return String(rounded);
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}

export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}
