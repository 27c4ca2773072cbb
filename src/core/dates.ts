const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2001-07-16" -> "16 July 2001", "2001-07" -> "July 2001", "-0431" -> "431 BC". */
export function formatIsoDate(iso: string): string {
  const bc = iso.startsWith('-');
  const [y, m, d] = iso.replace(/^-/, '').split('-');
  const year = bc ? `${Number(y)} BC` : String(Number(y));
  if (!m) return year;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${year}` : `${month} ${year}`;
}

/** "2012–2022", "since 2013", "until 1991". */
export function formatPeriod(from?: string, to?: string): string {
  if (from && to) return `${formatIsoDate(from)} – ${formatIsoDate(to)}`;
  if (from) return `from ${formatIsoDate(from)}`;
  if (to) return `until ${formatIsoDate(to)}`;
  return '';
}
