/**
 * Section headings in plain text, found by layout: a short, title-like line (most words
 * capitalised, no final period) standing apart from the prose around it. Markdown headings come
 * from the tree instead (see markdownBlocks.ts).
 */

/** Words a title leaves in lower case ("The Rise *of* China *and* the Fall *of* Détente"). */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'as',
  'into', 'onto', 'upon', 'over', 'under', 'between', 'among', 'vs', 'via', 'per', 'after', 'before', 'than',
  'within', 'without', 'against', 'about', 'through', 'is', 'are', 'its', 'their', 'de', 'la', 'le', 'les', 'du',
  'des', 'et', 'en', 'und', 'der', 'die', 'das', 'von', 'и', 'в', 'на', 'с', 'о',
]);

const NUMBERING = /^(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?|([IVX]{1,5})\.|(?:Chapter|Part|Section)\s+[\dIVX]{1,4}[.:]?)\s+/;
const MAX_TITLE_LENGTH = 110;
const MAX_TITLE_WORDS = 16;

/** Section names whose content is apparatus, not argument. */
export const BACK_MATTER = /^(?:references|bibliography|works cited|literature|notes|endnotes|footnotes|sources|acknowledge?ments|appendix|список литературы|библиография|примечания|bibliographie|références)$/i;

/** True for a line that reads like a heading on its own ("The Basic Conception of Alliance"). */
export function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_TITLE_LENGTH) return false;
  if (/[.,;:]$/.test(trimmed) && !/\.\.\.$/.test(trimmed)) return false;
  // Two sentences on one line are prose, not a title ("U.S. Strategy", "Why? A Reply" are fine).
  if (/\b(?:https?:|www\.)|@|\p{Ll}{2}\.\s+\S/u.test(trimmed)) return false;
  const body = trimmed.replace(NUMBERING, '');
  const words = body.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  const letters = body.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true;
  if (!startsUpper(words[0])) return false;
  let content = 0;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (bare.length === 0 || /^\p{N}/u.test(bare)) continue;
    if (MINOR_WORDS.has(bare.toLowerCase()) && !startsUpper(bare)) continue;
    content++;
    if (startsUpper(bare)) capitalised++;
  }
  return content > 0 && capitalised / content >= 0.75;
}

/** Depth from the numbering: "2. Aims" and "II. Aims" are 1, "2.1 Data" is 2; unnumbered is 1. */
export function headingDepth(line: string): number {
  const match = NUMBERING.exec(line.trim());
  if (!match || !match[1]) return 1;
  return match[1].split('.').filter((p) => p.length > 0).length;
}

/** "... Relations on the": a title's first line may end so, a whole title may not. */
export function endsWithMinorWord(line: string): boolean {
  const last = /([\p{L}]+)[^\p{L}]*$/u.exec(line.trim())?.[1] ?? '';
  return last.length > 0 && last === last.toLowerCase() && MINOR_WORDS.has(last);
}

export function wordCount(line: string): number {
  return line.trim().split(/\s+/).filter((w) => w.length > 0).length;
}

/** "Conclusion", "Concluding remarks", "5. Conclusions and Outlook" */
export function isConclusionHeading(title: string): boolean {
  return /\b(?:conclusions?|concluding|summary|final remarks|closing remarks|заключение|выводы)\b/i.test(title);
}

function startsUpper(word: string): boolean {
  const first = word.replace(/^[^\p{L}\p{N}]+/u, '')[0];
  return first !== undefined && first !== first.toLowerCase();
}
