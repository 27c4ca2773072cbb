import { isSpaceCode, isWordAt, isWordBefore, type Span } from '../../text';
import { GENERIC_MODIFIERS, HEAD_LINKS, headWordOf, MONTHS, NAME_PARTICLES, SENTENCE_OPENERS, isTitle, type HeadWord } from './lexicon';
import type { NamedCandidate } from './types';
import { nextCapitalisedWord, wordEndAt } from './nameWordScan';
import { startsSentence, wordBefore } from './words';

/**
 * Names a paper introduces itself, found by their shape in prose (recognise() leaves out those in
 * headings and reference lists):
 * "Full Name (ACR)" and "ACR (Full Name)"; capitalised names on a head word ("the Windhoek Declaration
 * of 1992", "Treaty of X", "Operation Searchlight"); numbered documents ("Resolution 242", "S/RES/242",
 * "PD-59"); people introduced with a title or role ("Prime Minister Jacinda Ardern", "historian Odd Arne
 * Westad"). The knowledge base and the rest of the paper decide later which of these stand.
 */
export function findNamedCandidates(text: string, prose: readonly Span[]): NamedCandidate[] {
  const found: NamedCandidate[] = [];
  for (const range of prose) {
    findNumbered(text, range, found);
    capitalisedSequences(text, range, (sequence) => readSequence(text, sequence, found));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Where two overlap, the first (longest at its start) stays. A name stands between word boundaries as
  // the matcher reads them: a combining mark or variation selector before a capital ("❤️Treaty") joins
  // it to what precedes.
  const kept: NamedCandidate[] = [];
  for (const c of found) {
    if (isWordBefore(text, c.start) || isWordAt(text, c.end)) continue;
    if (kept.length === 0 || c.start >= kept[kept.length - 1].end) kept.push(c);
  }
  return kept;
}

interface Token extends Span {
  readonly text: string;
  readonly capitalised: boolean;
  /** The head word this word is, if any (read once: the rules ask several times). */
  readonly head: HeadWord | undefined;
}

const INITIAL = /^\p{Lu}\.$/u;
const HYPHENATED_ADJECTIVE = /^\p{Lu}[\p{L}\p{M}'’.]*-\p{Ll}/u;
const CAPITALISED = /^\p{Lu}/u;

function isTrailingPunctuation(code: number): boolean {
  return code === 0x2e || code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** The word starts with an upper-case letter (ASCII answered without the expression). */
function startsCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITALISED.test(word);
}

/** Runs of capitalised words, with the particles between them ("Bank of China", "Charles de Gaulle"). */
function capitalisedSequences(text: string, range: Span, onRun: (run: Token[]) => void): void {
  let run: Token[] = [];
  let gapEnd = range.start;
  const flush = (): void => {
    while (run.length > 0 && !run[run.length - 1].capitalised) run.pop();
    if (run.length > 0) onRun(run);
    run = [];
  };
  for (let i = range.start; i < range.end; ) {
    // Outside a run only a capitalised word changes anything.
    if (run.length === 0) i = nextCapitalisedWord(text, i, range.end);
    if (i >= range.end) break;
    const start = i;
    i = wordEndAt(text, start);
    if (i < 0) {
      i = start + 1;
      continue;
    }
    let end = i;
    // A word's trailing full stop or hyphen is punctuation, except in an initial ("J.").
    while (end - start > 1 && isTrailingPunctuation(text.charCodeAt(end - 1)) && !(end - start <= 3 && INITIAL.test(text.slice(start, end)))) end--;
    const word = text.slice(start, end);
    // "Russia-initiated", "US-led": a name with a lower-case suffix is an adjective, not part of a name.
    const adjective = word.includes('-') && HYPHENATED_ADJECTIVE.test(word);
    const token: Token = { start, end, text: word, capitalised: startsCapitalised(word) && !adjective, head: headWordOf(word) };
    const joined = run.length > 0 && isJoin(text, gapEnd, token.start);
    if (!joined) flush();
    // "X and the Y" joins two names, not one: "the Steppe Concert and the Steppe Forum".
    if (word === 'the' && run.length > 0 && run[run.length - 1].text === 'and') {
      run.pop();
      flush();
      gapEnd = end;
      continue;
    }
    if (token.capitalised || (run.length > 0 && NAME_PARTICLES.has(word))) {
      run.push(token);
    } else if (run.length > 0) {
      flush();
    }
    gapEnd = end;
    // A full stop, comma or other punctuation after the word ends the run.
    if (end < text.length && !isSpaceCode(text.charCodeAt(end))) flush();
  }
  flush();
}

/** Only spaces, with at most one line break, between two words of a name. */
function isJoin(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) return false;
    if (c === 10 && ++breaks > 1) return false;
  }
  return true;
}

const NAME = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join(' ');

/** Lower-case words inside people's names ("Charles de Gaulle", "Osama bin Laden"); not "and", "of", "the". */
const PERSON_PARTICLES = new Set(['de', 'du', 'des', 'del', 'della', 'di', 'da', 'dos', 'do', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'y']);

/** Institution words that follow a title-like word without making a person ("General Assembly"). */
const NOT_PERSON =
  /^(?:Assembly|Staff|Secretariat|Command|Headquarters|Office|Officer|Affairs|Debate|Elections?|Motors|Electric|Dynamics|Services?|Department|Court|Council|Prosecutor|Attorney|Accounting|Audit|Hospital|Manager|Conference|Committee|Administrator|Law|Affiliation|Front|Army|Navy|Forces?|Government|Minister|Secretary|Commander|General|Eastern|Western|Northern|Southern|Central|National|Party|Republic|Kingdom|State|States|Union|Nations|Commanding-in-Chief|Chief)$/;

function readSequence(text: string, all: Token[], found: NamedCandidate[]): void {
  let tokens = all;
  // An opener capitalised only because a sentence starts ("The", "Yesterday") is not part of a name.
  while (tokens.length > 0 && SENTENCE_OPENERS.has(tokens[0].text.toLowerCase()) && (startsSentence(text, tokens[0].start) || tokens[0].text === 'The')) tokens = tokens.slice(1);
  while (tokens.length > 0 && !tokens[0].capitalised) tokens = tokens.slice(1);
  if (tokens.length === 0) return;
  // A title in quotation marks is a book or an article.
  const before = text.charCodeAt(tokens[0].start - 1);
  if (before === 0x201c || before === 0x22 || before === 0x2018) return;
  // Text set in capitals (a heading, a shouted line) says nothing about names.
  if (tokens.length >= 3 && tokens.every((t) => t.text === t.text.toUpperCase())) return;

  if (readAcronymDefinition(text, tokens, found)) return;
  if (readTitledPerson(text, tokens, found)) return;

  // A head word at the end: "Windhoek Declaration", "Liptako-Gourma Authority", "Ardern Government".
  const last = tokens[tokens.length - 1];
  const endHead = last.head;
  if (endHead?.at.includes('end') && last.capitalised) {
    // "A B and C Council": where two or more words stand before "and", they are a name of their own.
    const and = tokens.findIndex((t) => t.text === 'and');
    if (and >= 2) tokens = tokens.slice(and + 1);
    const modifiers = tokens.slice(0, -1).filter((t) => t.capitalised);
    // "Article 1 of the Charter" is a back-reference ("the Charter") with a prefix: the word before the
    // head must be part of the name.
    const generic = modifiers.every((t) => GENERIC_MODIFIERS.has(t.text.toLowerCase()));
    // "the Polish Government": a demonym and a government is the state's government, not a name.
    const demonym = /^(?:government|administration)$/i.test(last.text) && modifiers.length === 1 && /(?:ish|ese|ian|an|ic|i)$/.test(modifiers[0].text);
    if (modifiers.length > 0 && tokens[tokens.length - 2].capitalised && !generic && !demonym) {
      found.push(withYear(text, { start: tokens[0].start, end: last.end, rule: 'head-word', type: endHead.type, subtype: endHead.subtype, name: NAME(tokens) }));
      return;
    }
  }
  // A head word at the start: "Treaty of Rome", "Convention on Cluster Munitions", "Operation Searchlight".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = tokens[i].head;
    if (!head?.at.includes('start') || !tokens[i].capitalised) continue;
    const direct = /^(?:operation|exercise)$/i.test(tokens[i].text);
    const link = tokens[i + 1].text;
    if (!direct && !HEAD_LINKS.has(link)) continue;
    const rest = tokens.slice(direct ? i + 1 : i + 2);
    let end = rest.findIndex((t) => !t.capitalised && !NAME_PARTICLES.has(t.text));
    if (end < 0) end = rest.length;
    while (end > 0 && !rest[end - 1].capitalised) end--;
    // "Conference of April 1955": a date, not the rest of a name.
    if (end === 0 || MONTHS.test(rest[0].text)) continue;
    // Capitalised words before the head belong to the name: "American Convention on Human Rights".
    const span = tokens.slice(0, (direct ? i + 1 : i + 2) + end);
    found.push(withYear(text, { start: span[0].start, end: span[span.length - 1].end, rule: 'head-word', type: head.type, subtype: head.subtype, name: NAME(span) }));
    return;
  }
}

/** "of 1992" or "(1992)" after a name on a head word belongs to the name. */
function withYear(text: string, candidate: NamedCandidate): NamedCandidate {
  const year = /^(?: of (?:1[6-9]|20)\d\d\b| \((?:1[6-9]|20)\d\d\))/.exec(text.slice(candidate.end, candidate.end + 10));
  return year ? { ...candidate, end: candidate.end + year[0].length } : candidate;
}

/** "Full Name (ACR)", where the acronym's letters are initials of the name's words, in order. */
function readAcronymDefinition(text: string, tokens: Token[], found: NamedCandidate[]): boolean {
  const last = tokens[tokens.length - 1];
  const after = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&./-]{1,11})\)/u.exec(text.slice(last.end, last.end + 20));
  if (after && tokens.length >= 2) {
    const acronym = after[1];
    const startAt = initialsMatch(tokens, acronym);
    if (startAt >= 0) {
      const name = tokens.slice(startAt);
      const head = name[name.length - 1].head ?? name.map((t) => t.head).find((h) => h?.at.includes('start'));
      const acronymStart = last.end + after[0].indexOf(acronym);
      found.push({
        start: name[0].start,
        end: name[name.length - 1].end,
        rule: 'acronym',
        type: head?.type ?? 'actor',
        subtype: head?.subtype ?? 'organization',
        name: NAME(name),
        acronym: { text: acronym, start: acronymStart, end: acronymStart + acronym.length },
      });
      return true;
    }
  }
  // "ACR (Full Name)": the acronym, then the name in brackets.
  const first = tokens[0];
  if (tokens.length === 1 && /^[\p{Lu}][\p{Lu}\p{N}&]{1,9}$/u.test(first.text)) {
    const inside = /^\s*\(([^()\n]{5,120})\)/.exec(text.slice(first.end, first.end + 130));
    if (inside) {
      const words = inside[1].split(/\s+/);
      const pseudo: Token[] = words.map((w) => ({ start: 0, end: 0, text: w, capitalised: CAPITALISED.test(w), head: undefined }));
      if (pseudo[0].capitalised && initialsMatch(pseudo, first.text) === 0) {
        const nameStart = first.end + inside[0].indexOf(inside[1]);
        const lastWord = words[words.length - 1];
        const head = headWordOf(lastWord);
        found.push({
          start: nameStart,
          end: nameStart + inside[1].length,
          rule: 'acronym',
          type: head?.type ?? 'actor',
          subtype: head?.subtype ?? 'organization',
          name: inside[1].trim(),
          acronym: { text: first.text, start: first.start, end: first.end },
        });
        return true;
      }
    }
  }
  return false;
}

/**
 * Where the acronym's letters are the initials of the tokens from some start to the end (particles may
 * be skipped; hyphenated words give an initial per part): the start index, or -1.
 */
export function initialsMatch(tokens: readonly Token[], acronym: string): number {
  const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '');
  if (letters.length < 2) return -1;
  for (let start = 0; start < tokens.length; start++) {
    if (!tokens[start].capitalised) continue;
    const initials: { letter: string; optional: boolean }[] = [];
    for (const token of tokens.slice(start)) {
      const particle = NAME_PARTICLES.has(token.text.toLowerCase()) || /^(?:au|aux|en|et|und|i|a)$/.test(token.text);
      for (const part of token.text.split(/[-‐–]/)) if (part) initials.push({ letter: part[0].toUpperCase(), optional: particle || !/^\p{Lu}/u.test(part) });
    }
    if (matchesInOrder(initials, letters)) return start;
  }
  return -1;
}

function matchesInOrder(initials: readonly { letter: string; optional: boolean }[], letters: string): boolean {
  // Every required initial is used, in order; optional ones may be used or skipped.
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    if (j === letters.length) return initials.slice(i).every((x) => x.optional);
    if (i === initials.length) return false;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = (initials[i].letter === letters[j] && go(i + 1, j + 1)) || (initials[i].optional && go(i + 1, j));
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

/** "Prime Minister Jacinda Ardern", "General Schwarzkopf", "historian Odd Arne Westad". */
function readTitledPerson(text: string, tokens: Token[], found: NamedCandidate[]): boolean {
  let i = 0;
  while (i < tokens.length && (isTitle(tokens[i].text) || (i > 0 && i + 1 < tokens.length && NAME_PARTICLES.has(tokens[i].text)))) i++;
  const titled = i > 0 || isTitle(wordBefore(text, tokens[0].start)?.text ?? '');
  if (!titled || i >= tokens.length) return false;
  const name = tokens.slice(i);
  if (name.length > 4 || !name[0].capitalised || name.some((t) => t.head || NOT_PERSON.test(t.text))) return false;
  if (!name.every((t) => t.capitalised || PERSON_PARTICLES.has(t.text))) return false;
  // One word after a title is a person only as a surname-like word, not an acronym or a number.
  if (name.length === 1 && (/^[\p{Lu}\d]+$/u.test(name[0].text) || name[0].text.length < 3)) return false;
  found.push({ start: name[0].start, end: name[name.length - 1].end, rule: 'titled-person', type: 'actor', subtype: 'person', name: NAME(name) });
  return true;
}

const NUMBERED = [
  /\b(?:(?:UN |U\.N\. |United Nations )?(?:Security Council|General Assembly) )?[Rr]esolution (?:No\. ?)?\d{1,4}(?: ?\((?:1[9]|20)\d\d\))?(?![\d/])/g,
  /\b[AS]\/RES\/(?:ES-)?\d{1,4}(?:\/\d{1,4})?(?:\s?\((?:19|20)\d\d\))?/g,
  /\b(?:PD|PDD|NSC|NSDD|NSPM|NSSM|NSAM|HSPD|PPD)-\d{1,4}\b/g,
];

/** Strings every numbered document's name contains: most paragraphs have none, and need no search. */
const NUMBERED_HINTS = /esolution|\/RES\/|(?:PD|PDD|NSC|NSDD|NSPM|NSSM|NSAM|HSPD|PPD)-/;

function findNumbered(text: string, range: Span, found: NamedCandidate[]): void {
  const slice = text.slice(range.start, range.end);
  if (!NUMBERED_HINTS.test(slice)) return;
  for (const pattern of NUMBERED) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = range.start + m.index;
      const name = m[0].replace(/\s+/g, ' ');
      const isResolution = /resolution|RES\//i.test(name);
      found.push({ start, end: start + m[0].length, rule: 'numbered', type: 'treaty', subtype: 'document', name: isResolution ? name.replace(/^resolution/, 'Resolution') : name });
    }
  }
}
