import type { AnnotatedFile, AnnotatedMention } from '../core/annotateText';
import { alignToCodePoint, CodePointIndex } from './codePoints';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** How much neighbouring text a TextQuoteSelector carries on each side, in UTF-16 code units. */
const QUOTE_CONTEXT = 32;

export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

export type AnnotationBody =
  | { readonly type: 'SpecificResource'; readonly source: string; readonly purpose: 'identifying' }
  | { readonly type: 'TextualBody'; readonly value: string; readonly format: 'text/plain'; readonly purpose: 'describing' | 'classifying' };

export interface WebAnnotation {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'identifying';
  readonly body: readonly AnnotationBody[];
  readonly target: {
    readonly source: string;
    readonly selector: readonly [TextPositionSelector, TextQuoteSelector];
  };
}

export interface AnnotationCollection {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label: string;
  readonly total: number;
  readonly first?: {
    readonly id: string;
    readonly type: 'AnnotationPage';
    readonly startIndex: 0;
    readonly items: readonly WebAnnotation[];
  };
}

/** The IRI of a knowledge-base entry in exported annotations: `urn:ir-lens:sco`. */
export function entityIri(id: string): string {
  return `urn:ir-lens:${encodeURIComponent(id)}`;
}

/**
 * Mentions as a W3C Web Annotation collection (JSON-LD), one `Annotation` per mention:
 *
 *   body:   [{ type: SpecificResource, source: "urn:ir-lens:sco", purpose: identifying },
 *            { type: TextualBody, value: "Shanghai Cooperation Organisation", purpose: describing },
 *            { type: TextualBody, value: "actor", purpose: classifying }]
 *   target: { source: <file URI>, selector: [TextPositionSelector, TextQuoteSelector] }
 *
 * As the Web Annotation model requires, TextPositionSelector counts Unicode code points, not UTF-16
 * code units (they differ only after an astral character such as an emoji). Each annotation carries
 * its own `@context` so it stays valid when taken out of the collection (e.g. sent to an annotation
 * server). Ids are URNs derived from the source URI, so the same file exports the same ids.
 */
export function toWebAnnotations(annotated: AnnotatedFile, text: string, source: string): AnnotationCollection {
  const collectionId = `urn:ir-lens:annotations:${fnv1a(source)}`;
  const points = new CodePointIndex(text);
  const items = annotated.mentions.map((m, i) => annotationOf(m, i, text, source, collectionId, points));
  const collection: AnnotationCollection = {
    '@context': ANNO_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: `IR Lens mentions in ${source}`,
    total: items.length,
  };
  // A page holds at least one annotation, so an empty collection has no page.
  if (items.length === 0) return collection;
  return { ...collection, first: { id: `${collectionId}:page1`, type: 'AnnotationPage', startIndex: 0, items } };
}

function annotationOf(
  m: AnnotatedMention,
  index: number,
  text: string,
  source: string,
  collectionId: string,
  points: CodePointIndex,
): WebAnnotation {
  const prefixStart = alignToCodePoint(text, Math.max(0, m.start - QUOTE_CONTEXT), -1);
  const suffixEnd = alignToCodePoint(text, Math.min(text.length, m.end + QUOTE_CONTEXT), 1);
  const prefix = text.slice(prefixStart, m.start);
  const suffix = text.slice(m.end, suffixEnd);
  return {
    '@context': ANNO_CONTEXT,
    id: `${collectionId}:${index + 1}`,
    type: 'Annotation',
    motivation: 'identifying',
    body: [
      { type: 'SpecificResource', source: entityIri(m.id), purpose: 'identifying' },
      { type: 'TextualBody', value: m.name, format: 'text/plain', purpose: 'describing' },
      { type: 'TextualBody', value: m.type, format: 'text/plain', purpose: 'classifying' },
    ],
    target: {
      source,
      selector: [
        { type: 'TextPositionSelector', start: points.at(m.start), end: points.at(m.end) },
        { type: 'TextQuoteSelector', exact: text.slice(m.start, m.end), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) },
      ],
    },
  };
}

/** 32-bit FNV-1a of a string's UTF-16 code units, as 8 hex digits: a short, stable id part. */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
