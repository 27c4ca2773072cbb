/** Recognition in context: from raw matches and names found by their shape to the paper's mentions. */
export { recognise, type RecogniseInput, type RecognisedMention } from './recognise';
export { findNamedCandidates } from './namedCandidates';
export { readStructure, paragraphAround, type TextStructure } from './structure';
export type { DocumentEntityInfo, MentionReason, NamedCandidate, NamedRule, RecognisedEntry } from './types';
export { HEAD_WORDS, TITLES } from './lexicon';
