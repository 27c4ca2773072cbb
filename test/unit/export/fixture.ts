import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { annotateText } from '../../../src/core/annotateText';
import { kbFromYaml, repoRoot } from '../helpers';

/** The matcher's small KB, plus an entry whose name holds double quotes (for CSV quoting). */
export const kb = kbFromYaml(
  readFileSync(resolve(repoRoot, 'test/fixtures/matcher/kb.yaml'), 'utf8') +
    `
- id: shanghai-spirit
  type: theory
  subtype: concept
  name: 'the "Shanghai Spirit"'
  aliases: [Shanghai Spirit]
  summary: The SCO's self-description, "mutual trust, mutual benefit".
`,
);

/**
 * A short paper with the awkward cases: emoji before mentions (astral characters), a name wrapped
 * across LF and one across CRLF after a hyphen, a mention holding a comma, a KB name holding quotes.
 */
export const text =
  '# Partners, not allies 🤝\n' +
  '\n' +
  'Since 2001 the 😀 SCO has framed ties between Beijing and Moscow. The Shanghai\n' +
  'Cooperation Organisation never became an alliance, and the Treaty of Good-\r\n' +
  'Neighbourliness and Friendly Cooperation is no Sino-Soviet Treaty of Friendship, Alliance and Mutual Assistance.\r\n' +
  '\r\n' +
  'Officials praise the Shanghai Spirit 🇨🇳🇷🇺; Wendt would call it a culture of anarchy.\n';

export const file = 'partners.md';
export const annotated = annotateText(file, text, kb);

/** The code point offset of a UTF-16 offset, computed the slow, obvious way. */
export function codePointOffset(utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

/** Text between two code point offsets. */
export function codePointSlice(start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}
