import type { Span } from '../text';
import { OUTLINE_ROLES, type OutlineRole } from './types';

/**
 * Author corrections written as HTML comments: `<!-- irLens: claim -->` before a sentence sets its
 * role, `<!-- irLens: ignore -->` drops the unit that would start there, `<!-- irLens: supported -->`
 * accepts a claim as it stands (no "no evidence" diagnostic). The span is the comment.
 */
export type Directive = Span & DirectiveBody;
type DirectiveBody = { readonly kind: 'role'; readonly role: OutlineRole } | { readonly kind: 'ignore' } | { readonly kind: 'supported' };

/** The directive that accepts a claim without evidence, as the code action writes it. */
export const SUPPORTED_DIRECTIVE = '<!-- irLens: supported -->';

const DIRECTIVE_BODY = /^\s*irLens\s*:\s*([A-Za-z-]+)\s*$/;
const ALIASES: Readonly<Record<string, OutlineRole>> = { 'counter-claim': 'counterclaim', counter: 'counterclaim', heading: 'section' };

/** The directive a comment's inner text holds, if any ("irLens: reason" -> reason). */
export function parseDirectiveBody(body: string): DirectiveBody | undefined {
  if (body.length > 80) return undefined;
  const match = DIRECTIVE_BODY.exec(body);
  if (!match) return undefined;
  const word = match[1].toLowerCase();
  if (word === 'ignore') return { kind: 'ignore' };
  if (word === 'supported') return { kind: 'supported' };
  const role = (OUTLINE_ROLES as readonly string[]).includes(word) ? (word as OutlineRole) : ALIASES[word];
  return role ? { kind: 'role', role } : undefined;
}

/**
 * Every directive comment in `text[from, to)`, in order. One `indexOf` pass: an unclosed `<!--`
 * ends the scan instead of being searched again from each later position.
 */
export function findDirectives(text: string, from = 0, to = text.length): Directive[] {
  const found: Directive[] = [];
  let cursor = from;
  while (cursor < to) {
    const open = text.indexOf('<!--', cursor);
    if (open < 0 || open >= to) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0 || close + 3 > to) break;
    const parsed = parseDirectiveBody(text.slice(open + 4, close));
    if (parsed) found.push({ ...parsed, start: open, end: close + 3 });
    cursor = close + 3;
  }
  return found;
}
