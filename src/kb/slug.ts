/** A kebab-case id from a name: "Côte d'Ivoire" -> "cote-d-ivoire", "Shanghai Five" -> "shanghai-five". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** `slugify(name)`, made unique against `taken` by a numeric suffix. */
export function uniqueId(name: string, taken: (id: string) => boolean): string {
  const base = slugify(name) || 'entry';
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
