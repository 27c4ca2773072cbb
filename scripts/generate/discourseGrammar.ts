/**
 * The TextMate discourse grammar's cue patterns, written from the outline's own cue lexicon
 * (src/outline/cueLexicon.ts), so the editor colours exactly the phrases the Argument view reads.
 */
import { DISCOURSE_CUES, type DiscourseScope } from '../../src/outline/cueLexicon';

/** Grammar repository keys and scope names, per cue family. */
export const GRAMMAR_SCOPES: readonly { readonly key: string; readonly cues: DiscourseScope; readonly scope: string }[] = [
  { key: 'thesis', cues: 'thesis', scope: 'keyword.other.discourse.thesis.irlens' },
  { key: 'enumeration', cues: 'reason', scope: 'keyword.other.discourse.reason.irlens' },
  { key: 'counterclaim', cues: 'counterclaim', scope: 'keyword.other.discourse.counterclaim.irlens' },
  { key: 'evidence', cues: 'evidence', scope: 'keyword.other.discourse.evidence.irlens' },
  { key: 'conclusion', cues: 'conclusion', scope: 'keyword.other.discourse.conclusion.irlens' },
];

/** One repository entry: a pattern per lexicon regex (each keeps its own case rule). */
export function grammarEntry(cues: DiscourseScope, scope: string): { patterns: { match: string; name: string }[] } {
  return { patterns: DISCOURSE_CUES[cues].map((re) => ({ match: oniguruma(re), name: scope })) };
}

/**
 * A lexicon regex as an Oniguruma pattern: one anchored at a sentence's start (`^`) matches after a
 * sentence end, a list or heading marker, or at a line's start; every pattern stands between
 * non-letters. The syntax the lexicon uses (groups, classes, \b, \s, \p{L}) reads the same in both.
 */
function oniguruma(re: RegExp): string {
  const anchored = re.source.startsWith('^');
  const body = anchored ? re.source.slice(1) : re.source;
  const before = anchored ? '(?<=^|[.!?;:]\\s|[-*+#>]\\s)' : '(?<![\\p{L}\\p{N}])';
  return `${re.flags.includes('i') ? '(?i)' : ''}${before}(?:${body})(?![\\p{L}\\p{N}‐-])`;
}
