/** Up to `decimals` decimals, trailing zeros dropped, thousands grouped: 4000/6 → "666.67", 26/4 → "6.5". */
export function formatNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}

export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}
