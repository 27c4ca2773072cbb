/**
 * Generators and oracles shared by the property-based (fuzz) tests. Not a spec file itself: the
 * `*.fuzz.test.ts` files import it.
 *
 * Runs per property come from FUZZ_RUNS (default 2000). The unit suite uses a fixed seed, so CI runs
 * the same cases every time; `npm run test:fuzz` sets FUZZ_RANDOM=1 to explore new ones, and
 * FUZZ_SEED replays a failing run.
 */
import fc from 'fast-check';
import { canonicalForm, defaultCaseFor, foldedForm, pluralOf } from '../../../src/matcher/aliasForms';
import { loadKnowledge } from '../../../src/kb/loadKnowledge';
import { ENTITY_TYPES, SUBTYPES, type Alias, type EntityType, type KbEntry } from '../../../src/kb/schema';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

/** fast-check parameters for one property; `scale` lowers the runs of the slowest properties. */
export function fuzzParams(scale = 1): fc.Parameters<unknown> {
  const seed = fuzzSeed();
  return {
    numRuns: Math.max(1, Math.round(FUZZ_RUNS * scale)),
    ...(seed !== undefined ? { seed: Number(seed) } : {}),
  };
}

/** FUZZ_SEED if given; none (a random seed) under FUZZ_RANDOM=1; otherwise the suite's fixed seed. */
export function fuzzSeed(): string | undefined {
  return process.env.FUZZ_SEED ?? (process.env.FUZZ_RANDOM === '1' ? undefined : '20261205');
}

/** A mocha timeout that grows with the number of runs (a hang still fails instead of blocking). */
export function fuzzTimeout(msPerRun: number): number {
  return 20_000 + FUZZ_RUNS * msPerRun;
}

// ---------------------------------------------------------------------------------------------
// Text pieces

const ASCII_WORDS = ['the', 'and', 'of', 'in', 'to', 'visit', 'China', 'Russia', 'alliance', 'SCO', 'US', 'us', 'Kant', 'Kantian', 'McFaul', 'treaty', 'Good', 'Neighbourliness', 'balance', 'power', 'crisis', 'crises', 'Beijing', 'Moscow', 'based'];
const SURROGATES = ['𠀀', '𝐀', '𐐀', '𝔘𝔖', '\ud83d', '\ude00', '\udbff\udfff'];
const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧', '🇨🇳', '🇷🇺', '🏳️‍🌈', '1️⃣', '❤️', '🧑🏿‍🚀'];
const COMBINING = ['e\u0301', '\u0301', 'a\u20dd', 'n\u0303\u0323', '\u0308'];
const RTL = ['الصين', 'روسيا', 'סין', 'רוסיה', '\u200f', '\u202e', '\u202c', 'שנגחאי'];
const ZERO_WIDTH = ['\u200b', '\u200d', '\ufeff', '\u2060', '\u00ad'];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\r\r', '\u2028', '\u2029', '\u0085'];
const CONTROLS = ['\0', '\x01', '\x7f', '\x1b', '\f', '\v'];
const CJK = ['中国', '俄罗斯', '上海合作组织', 'ロシア', 'ちゅうごく', '한국', '中', '国'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', "'", '"', '’', '‘', '-', '‐', '–', '—', '/', '\\', "'s", '’s', '*', '+', '$', '^', '|', '#', '&', '<', '>', '`', '_', '~'];
const SPACES = [' ', ' ', '  ', '\t', '\u00a0', '\u3000', '\u2009'];

const asciiWord = fc.oneof(fc.constantFrom(...ASCII_WORDS), fc.stringMatching(/^[A-Za-z]{1,8}$/));

/** One piece of "hostile" text; a text is a concatenation of pieces. */
export function textPiece(aliasTexts: readonly string[] = []): fc.Arbitrary<string> {
  const pieces: fc.WeightedArbitrary<string>[] = [
    { weight: 6, arbitrary: asciiWord },
    { weight: 6, arbitrary: fc.constantFrom(...SPACES) },
    { weight: 2, arbitrary: fc.constantFrom(...SURROGATES) },
    { weight: 2, arbitrary: fc.constantFrom(...EMOJI) },
    { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
    { weight: 1, arbitrary: fc.constantFrom(...RTL) },
    { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
    { weight: 3, arbitrary: fc.constantFrom(...LINE_ENDS) },
    { weight: 1, arbitrary: fc.constantFrom(...CONTROLS) },
    { weight: 2, arbitrary: fc.constantFrom(...CJK) },
    { weight: 4, arbitrary: fc.constantFrom(...PUNCT) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  ];
  if (aliasTexts.length > 0) pieces.push({ weight: 12, arbitrary: fc.constantFrom(...aliasTexts).chain(variantOf) });
  return fc.oneof(...pieces);
}

/** Random text mixing every kind of piece (and the given aliases, written in many ways). */
export function hostileText(aliasTexts: readonly string[] = [], maxPieces = 40): fc.Arbitrary<string> {
  return fc.array(textPiece(aliasTexts), { maxLength: maxPieces }).map((parts) => parts.join(''));
}

/** An alias as a writer might type it: other case, other whitespace, a line-end hyphen, a plural. */
export function variantOf(alias: string): fc.Arbitrary<string> {
  return fc
    .record({
      casing: fc.constantFrom('as-is', 'as-is', 'upper', 'lower', 'capitalised'),
      space: fc.constantFrom(' ', ' ', '\n', '\r\n', '  \r\n\r\n', '\r', '\t', '\u00a0'),
      hyphen: fc.constantFrom('-', '-', '-\n', '-\r\n\r\n', '‐', '- '),
      suffix: fc.constantFrom('', '', '', 's', 'es', "'s", '’s', '-based', 'ian'),
    })
    .map(({ casing, space, hyphen, suffix }) => {
      let text = casing === 'upper' ? alias.toUpperCase() : casing === 'lower' ? alias.toLowerCase() : casing === 'capitalised' ? alias.charAt(0).toUpperCase() + alias.slice(1) : alias;
      text = text.replace(/ /g, space).replace(/-/g, hyphen);
      return text + suffix;
    });
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Random Markdown built from block and inline structures around hostile text. */
export function markdownText(aliasTexts: readonly string[] = [], maxBlocks = 6): fc.Arbitrary<string> {
  const inline = hostileText(aliasTexts, 8);
  const nl = fc.constantFrom('\n', '\r\n', '\r');
  const url = fc.constantFrom('https://example.org/SCO', 'http://x.y/China?a=b#Russia', 'mailto:a@b.c', '#kant', './China.md');
  const span: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: inline },
    { weight: 1, arbitrary: inline.map((t) => `*${t}*`) },
    { weight: 1, arbitrary: inline.map((t) => `**${t}**`) },
    { weight: 1, arbitrary: inline.map((t) => `_${t}_`) },
    { weight: 1, arbitrary: inline.map((t) => `~~${t}~~`) },
    { weight: 1, arbitrary: inline.map((t) => `\`${t}\``) },
    { weight: 1, arbitrary: inline.map((t) => `\`\`${t}\`\``) },
    { weight: 1, arbitrary: fc.tuple(inline, url).map(([t, u]) => `[${t}](${u} "${t}")`) },
    { weight: 1, arbitrary: fc.tuple(inline, inline).map(([t, l]) => `[${t}][${l}]`) },
    { weight: 1, arbitrary: url.map((u) => `<${u}>`) },
    { weight: 1, arbitrary: url.map((u) => ` ${u} `) },
    { weight: 1, arbitrary: fc.tuple(inline, url).map(([t, u]) => `![${t}](${u})`) },
    { weight: 1, arbitrary: inline.map((t) => `<span title="${t}">${t}</span>`) },
    { weight: 1, arbitrary: inline.map((t) => `<!-- ${t} -->`) },
    { weight: 1, arbitrary: inline.map((t) => `$${t}$`) },
    { weight: 1, arbitrary: inline.map((t) => `[^${t}]`) },
    { weight: 1, arbitrary: fc.constantFrom('\\*', '\\`', '&amp;', '&#x4e2d;', '\\', '*', '_', '`', '[', ']', '<', '$$', '|') },
  );
  const line = fc.array(span, { minLength: 1, maxLength: 5 }).map((s) => s.join(''));
  const block: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: line },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
    { weight: 1, arbitrary: fc.tuple(line, fc.constantFrom('===', '---')).map(([t, u]) => `${t}\n${u}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '1. ', '2) ', '- [ ] ', '  - '), line).map(([m, t]) => m + t) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('> ', '>> ', '> - '), line).map(([m, t]) => m + t) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', 'yaml {x}'), inline, nl, fc.boolean()).map(([f, info, t, n, closed]) => `${f}${info}${n}${t}${n}${closed ? f : ''}`) },
    { weight: 1, arbitrary: inline.map((t) => `    ${t}`) },
    { weight: 1, arbitrary: fc.tuple(inline, nl).map(([t, n]) => `$$${n}${t}${n}$$`) },
    { weight: 1, arbitrary: fc.tuple(inline, inline, nl).map(([a, b, n]) => `| ${a} | ${b} |${n}| --- | :-: |${n}| ${b} | ${a} |`) },
    { weight: 1, arbitrary: fc.tuple(inline, nl).map(([t, n]) => `<div>${n}${t}${n}</div>`) },
    { weight: 1, arbitrary: fc.tuple(inline, url).map(([t, u]) => `[${t}]: ${u} "${t}"`) },
    { weight: 1, arbitrary: inline.map((t) => `[^1]: ${t}`) },
    { weight: 1, arbitrary: fc.constantFrom('***', '---', '', '\t', '<br>') },
  );
  const frontMatter = fc.oneof(
    fc.constant(''),
    fc.tuple(inline, nl).map(([t, n]) => `---${n}title: ${t}${n}---${n}`),
    fc.tuple(inline, nl).map(([t, n]) => `+++${n}title = "${t}"${n}+++${n}`),
    fc.tuple(inline, nl).map(([t, n]) => `---${n}title: ${t}${n}`), // unclosed
  );
  return fc
    .tuple(frontMatter, fc.array(fc.tuple(block, fc.constantFrom('\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r')), { maxLength: maxBlocks }))
    .map(([fm, blocks]) => fm + blocks.map(([b, sep]) => b + sep).join(''));
}

// ---------------------------------------------------------------------------------------------
// Knowledge bases

const ALIAS_WORDS = ['Alpha', 'alpha', 'Beta', 'Gamma', 'SCO', 'U.S.', 'US', 'McFaul', 'Kant', 'Good', 'Neighbourliness', 'Treaty', 'balance', 'power', 'crisis', 'analysis', 'policy', 'box', 'Beijing', 'Moscow', 'ШОС', 'Россия', 'É', 'école', 'ß', 'İstanbul', 'ǅ', 'Σ', 'C++', '.NET', "'t", 'O’Neill', 'Al-Qaeda', '中国', '上海合作组织', 'ロシア', '𝐀bc', 'Foo😀', 'e\u0301', 'الصين', 'X\ud83d', '\ude00Y', 'Sino-', 'Euro–'];
const REGEX_ALIASES = ['(.*)+', '[a-z]', '\\d', 'a.b', 'x|y', '^Start$', 'a+b', '(?:x)', 'x{2}', 'w*', '\\\\', '$1'];
const JOINERS = [' ', ' ', ' ', '-', "'", '.', ' of ', ' and ', '', '  ', '\t'];

/** A random alias text: vocabulary words, regex metacharacters, CJK, joined by spaces and punctuation. */
export const aliasText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(fc.constantFrom(...ALIAS_WORDS), fc.constantFrom(...JOINERS)), { minLength: 1, maxLength: 3 }).map((parts) => parts.map(([w, j], i) => (i === 0 ? w : j + w)).join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...REGEX_ALIASES) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z][a-z]{0,6}( [A-Za-z][a-z]{0,6})?$/) },
  { weight: 1, arbitrary: fc.constantFrom(...CJK) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
);

const aliasArb: fc.Arbitrary<Alias> = fc.record(
  {
    text: aliasText,
    case: fc.constantFrom('exact', 'proper', 'insensitive'),
    plural: fc.boolean(),
    kind: fc.constantFrom('name', 'capital'),
    preferred: fc.boolean(),
  },
  { requiredKeys: ['text'] },
) as fc.Arbitrary<Alias>;

/**
 * A small random KB: up to 5 entries with random types, names and aliases, loaded through the real
 * loader from their JSON text (JSON is YAML), so the matcher sees what a user's KB file would give it.
 */
export const kbEntries: fc.Arbitrary<KbEntry[]> = fc
  .array(
    fc.record({
      type: fc.constantFrom(...ENTITY_TYPES),
      pick: fc.nat(),
      name: aliasText,
      aliases: fc.array(aliasArb, { maxLength: 4 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((raw) => {
    const entries = raw.map(({ type, pick, name, aliases }, i) => {
      const subtypes = SUBTYPES[type as EntityType] as readonly string[];
      return { id: `e${i}`, type, subtype: subtypes[pick % subtypes.length], name, aliases };
    });
    return loadKnowledge([{ file: 'fuzz.irkb.json', text: JSON.stringify(entries), layer: 1 }], { crossCheck: false }).entries;
  })
  .filter((entries) => entries.length > 0);

/** Every text a KB's entries can be written as (names and aliases). */
export function aliasTextsOf(entries: readonly KbEntry[]): string[] {
  return entries.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]);
}

/** A KB and a text that mentions its aliases among hostile pieces. */
export const kbAndText: fc.Arbitrary<{ entries: KbEntry[]; text: string }> = kbEntries.chain((entries) =>
  hostileText(aliasTextsOf(entries)).map((text) => ({ entries, text })),
);

export const kbAndMarkdown: fc.Arbitrary<{ entries: KbEntry[]; text: string }> = kbEntries.chain((entries) =>
  markdownText(aliasTextsOf(entries)).map((text) => ({ entries, text })),
);

// ---------------------------------------------------------------------------------------------
// Oracles

const WORD = /[\p{L}\p{N}\p{M}]/u;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

export const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
export const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** The code point ending just before `offset` (a pair read whole), as a string. */
function codePointBefore(text: string, offset: number): string {
  if (offset <= 0) return '';
  const low = text.charCodeAt(offset - 1);
  if (isLow(low) && offset >= 2 && isHigh(text.charCodeAt(offset - 2))) return text.slice(offset - 2, offset);
  return text.slice(offset - 1, offset);
}

function codePointAt(text: string, offset: number): string {
  if (offset >= text.length) return '';
  const point = text.codePointAt(offset)!;
  return String.fromCodePoint(point);
}

/** A hyphen (any variant the matcher knows) followed by whitespace containing a line break joins the lines. */
const LINE_END_HYPHEN = /([-\u2010-\u2013])\s*?[\n\r\u2028\u2029]\s*/gu;

function hasLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch.toUpperCase() !== ch) return true;
  }
  return false;
}

interface Candidate {
  readonly text: string;
  readonly rule: 'exact' | 'proper' | 'insensitive';
  readonly plural: boolean;
}

function candidatesOf(entry: KbEntry): Candidate[] {
  const isTheory = entry.type === 'theory';
  return [{ text: entry.name } as Alias, ...entry.aliases].map((a) => ({
    text: a.text,
    rule: a.case ?? defaultCaseFor(canonicalForm(a.text), isTheory),
    plural: a.plural !== false,
  }));
}

/** Whether `written` is `alias` under the alias's case rule, re-derived from the documented rules. */
function writtenAs(written: string, candidate: Candidate): boolean {
  const alias = canonicalForm(candidate.text);
  if (!/[\p{L}\p{N}]/u.test(alias)) return false;
  if (candidate.rule === 'insensitive') {
    const folded = foldedForm(written);
    if (folded === foldedForm(alias)) return true;
    const plural = candidate.plural ? pluralOf(alias) : undefined;
    return plural !== undefined && folded === foldedForm(plural);
  }
  if (written === alias) return true;
  if (candidate.rule === 'exact') return false;
  // proper: first letter capitalised ("The Kremlin"), or the whole mention in capitals ("CHINA").
  if (written.length === alias.length && foldedForm(written[0]) === alias[0] && written.slice(1) === alias.slice(1)) return true;
  return foldedForm(written) === foldedForm(alias) && !hasLowerCase(written);
}

/**
 * Explains why a mention is wrong, or returns undefined when its text is one of its entry's aliases
 * (under the case, whitespace and line-end-hyphen rules) and it stands as a whole word.
 */
export function mentionProblem(text: string, start: number, end: number, entry: KbEntry): string | undefined {
  const slice = text.slice(start, end);
  const written = canonicalForm(slice.replace(LINE_END_HYPHEN, '$1'));
  const before = codePointBefore(text, start);
  const after = codePointAt(text, end);
  for (const candidate of candidatesOf(entry)) {
    if (!writtenAs(written, candidate)) continue;
    const alias = canonicalForm(candidate.text);
    const freeStart = CJK_START.test(alias);
    const freeEnd = CJK_END.test(alias);
    if (!freeStart && before !== '' && WORD.test(before)) continue;
    if (!freeEnd && after !== '' && WORD.test(after)) continue;
    return undefined;
  }
  return `${JSON.stringify(slice)} at [${start}, ${end}) is not a whole-word alias of ${entry.id} (${JSON.stringify(candidatesOf(entry))}); before ${JSON.stringify(before)}, after ${JSON.stringify(after)}`;
}

/** Common checks on any list of mentions: sorted, non-overlapping, inside the text, whole code points. */
export function spanProblems(text: string, mentions: readonly { start: number; end: number }[]): string | undefined {
  let previousEnd = 0;
  for (const m of mentions) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) return `non-integer span ${m.start}..${m.end}`;
    if (m.start < 0 || m.end > text.length || m.start >= m.end) return `span [${m.start}, ${m.end}) outside text of length ${text.length} or empty`;
    if (m.start < previousEnd) return `span [${m.start}, ${m.end}) overlaps or is out of order (previous end ${previousEnd})`;
    if (splitsSurrogatePair(text, m.start) || splitsSurrogatePair(text, m.end)) return `span [${m.start}, ${m.end}) splits a surrogate pair`;
    if (/^\s|\s$/u.test(text.slice(m.start, m.end))) return `span [${m.start}, ${m.end}) ${JSON.stringify(text.slice(m.start, m.end))} starts or ends with whitespace`;
    previousEnd = m.end;
  }
  return undefined;
}
