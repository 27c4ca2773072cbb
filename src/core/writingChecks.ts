import { canonicalForm } from '../matcher';
import { isUpperCode, isWordCode, type Span } from '../text';
import type { KnowledgeBase } from '../kb';
import type { Mention } from './analysis';
import { groupByEntity, isIntroductionPair } from './mentionQueries';
import { isAcronymText } from './recognition';
import type { WritingCheckId } from './writingCheckIds';

/** A writing problem in a paper, with the edit that fixes it (if any). Offsets are UTF-16. */
export type WritingFinding =
  | {
      readonly kind: 'acronym-before-introduction';
      readonly span: Span;
      readonly entryId: string;
      readonly message: string;
      /** Replace the first use with "Full Name (ACRONYM)". */
      readonly fix: { readonly span: Span; readonly text: string };
    }
  | {
      readonly kind: 'inconsistent-variants';
      readonly span: Span;
      readonly entryId: string;
      readonly message: string;
      readonly preferred: string;
      /** Replace every other variant with the preferred one. */
      readonly fixes: readonly { readonly span: Span; readonly text: string }[];
    }
  | { readonly kind: 'unknown-acronym'; readonly span: Span; readonly acronym: string; readonly message: string }
  | {
      readonly kind: 'unsupported-claim';
      readonly span: Span;
      readonly message: string;
      /** Inserts the directive that accepts the claim as it stands. */
      readonly accept: { readonly span: Span; readonly text: string };
    };

/** Which checks run, by id (see writingCheckIds.ts). */
export type WritingCheckOptions = Readonly<Record<WritingCheckId, boolean>>;

/**
 * All-caps words that are not acronyms an author needs to introduce: roman numerals, pronoun "I",
 * and capitalised common words and abbreviations that appear in academic prose.
 */
const NOT_ACRONYMS = new Set([
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XX', 'XXI', 'OK', 'AM', 'PM', 'AD', 'BC', 'BCE', 'CE',
  'TV', 'PDF', 'URL', 'HTML', 'ISBN', 'ISSN', 'DOI', 'PHD', 'MA', 'BA', 'MSC', 'NB', 'PS', 'ETC', 'IE', 'EG', 'VS', 'CF', 'IBID', 'OR', 'AND',
  'THE', 'OF', 'IN', 'TO', 'A', 'AN', 'ON', 'AT', 'BY', 'FOR', 'IS', 'IT', 'AS', 'BE', 'WE', 'NO', 'NOT',
]);

/**
 * The checks of the text itself. The outline's check (`unsupported-claim`, a claim with nothing in
 * the paper to support it) runs where the outline is made (see src/service/features.ts).
 */
export function runWritingChecks(text: string, prose: readonly Span[], mentions: readonly Mention[], kb: KnowledgeBase, options: WritingCheckOptions): WritingFinding[] {
  const findings: WritingFinding[] = [];
  if (options.acronymBeforeIntroduction) findings.push(...acronymsBeforeIntroduction(text, mentions));
  if (options.inconsistentVariants) findings.push(...inconsistentVariants(text, mentions));
  if (options.unknownAcronyms) findings.push(...unknownAcronyms(text, prose, mentions, kb));
  return findings.sort((a, b) => a.span.start - b.span.start);
}

const spanOf = (m: Span): Span => ({ start: m.start, end: m.end });

/**
 * An acronym whose first use comes before the entity's full name. States are left out: nobody
 * introduces "U.S." or "UK" in an IR paper.
 */
function acronymsBeforeIntroduction(text: string, mentions: readonly Mention[]): WritingFinding[] {
  const findings: WritingFinding[] = [];
  for (const [id, list] of groupByEntity(mentions)) {
    const entry = list[0].entry;
    if (entry.subtype === 'state' || isAcronymText(entry.name)) continue;
    const first = list[0];
    const written = text.slice(first.start, first.end);
    if (!isAcronymText(written)) continue;
    findings.push({
      kind: 'acronym-before-introduction',
      span: spanOf(first),
      entryId: id,
      message: `"${written}" is used before it is introduced; write "${entry.name} (${written})" at its first use.`,
      fix: { span: spanOf(first), text: `${entry.name} (${written})` },
    });
  }
  return findings;
}

/**
 * One entity written in several spellings ("Organisation"/"Organization", "WWII"/"World War II").
 * Not variants: an acronym introduced as "Full Name (ACRONYM)", a capital standing for its state,
 * a surname after the full name, and theory terms (their case and number follow the sentence).
 */
function inconsistentVariants(text: string, mentions: readonly Mention[]): WritingFinding[] {
  const findings: WritingFinding[] = [];
  for (const [id, list] of groupByEntity(mentions)) {
    const entry = list[0].entry;
    if (entry.type === 'theory' || entry.subtype === 'state') continue;
    const capitals = new Set(entry.aliases.filter((a) => a.kind === 'capital').map((a) => variantKey(a.text)));
    const introduced = new Set<string>();
    for (let i = 0; i + 1 < list.length; i++) {
      // "Full Name (ACRONYM)": the acronym is introduced and may stand alone from then on.
      if (isIntroductionPair(text, list[i], list[i + 1])) {
        introduced.add(variantKey(text.slice(list[i + 1].start, list[i + 1].end)));
      }
    }
    const variants = new Map<string, { written: string; mentions: Mention[] }>();
    for (const m of list) {
      const written = canonicalForm(text.slice(m.start, m.end));
      const key = variantKey(written);
      if (capitals.has(key) || introduced.has(key)) continue;
      const variant = variants.get(key) ?? { written, mentions: [] };
      variant.mentions.push(m);
      variants.set(key, variant);
    }
    const keys = [...variants.keys()];
    // A surname (or any shorter tail) after the full name is a normal short form, not a variant.
    for (const key of keys) if (keys.some((other) => other !== key && other.endsWith(' ' + key))) variants.delete(key);
    if (variants.size < 2) continue;
    const ranked = [...variants.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start);
    const preferred = ranked[0].written;
    const others = ranked.slice(1).flatMap((v) => v.mentions);
    const fixes = others.map((m) => ({ span: { start: m.start, end: m.end }, text: preferred }));
    const spellings = ranked.map((v) => `"${v.written}"`).join(', ');
    for (const m of others) {
      findings.push({
        kind: 'inconsistent-variants',
        span: spanOf(m),
        entryId: id,
        preferred,
        fixes,
        message: `${entry.name} is written in several ways in this document (${spellings}); use "${preferred}" throughout.`,
      });
    }
  }
  return findings;
}

/** Case and line breaks do not make a variant; only the letters do. */
function variantKey(written: string): string {
  return canonicalForm(written).toLowerCase();
}

/**
 * All-caps words of 2-6 letters that no KB entry knows. Words in a line set entirely in capitals
 * (a shouted heading) are skipped.
 */
function unknownAcronyms(text: string, prose: readonly Span[], mentions: readonly Mention[], kb: KnowledgeBase): WritingFinding[] {
  const findings: WritingFinding[] = [];
  const reported = new Set<string>();
  let mentionIndex = 0;
  for (const range of prose) {
    let i = range.start;
    while (i < range.end) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < range.end && isWordCode(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      if (word.length < 2 || word.length > 6 || !/^[A-Z]+$/.test(word) || NOT_ACRONYMS.has(word)) continue;
      while (mentionIndex < mentions.length && mentions[mentionIndex].end <= start) mentionIndex++;
      const inMention = mentionIndex < mentions.length && mentions[mentionIndex].start <= start;
      if (inMention || reported.has(word) || lineIsShouted(text, start) || knownAlias(kb, word)) continue;
      reported.add(word);
      findings.push({
        kind: 'unknown-acronym',
        span: { start, end: i },
        acronym: word,
        message: `"${word}" is not in the knowledge base. Add it so IR Lens can explain it.`,
      });
    }
  }
  return findings;
}

/** Some entry has this acronym as an alias even if the matcher skipped it here (e.g. a place use). */
function knownAlias(kb: KnowledgeBase, word: string): boolean {
  return kb.hasAliasText(word);
}

function lineIsShouted(text: string, offset: number): boolean {
  let start = offset;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  let lower = 0;
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isUpperCode(c)) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 8 && lower === 0;
}
