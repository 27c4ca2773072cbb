/** Recognition in context: from raw matches and names found by their shape to the paper's mentions. */
export { CONTEXT_REACH, introduces, isAcronymText, isReadAsOwnName, knownNames, nameKey, recognise, usableCandidates, type RecogniseInput, type RecognisedMention } from './recognise';
export { DATELINE_LENGTH } from './datedIdentity';
export { findNamedCandidates } from './namedCandidates';
export { isInside, readStructure, updateStructure, paragraphAround, type TextStructure } from './structure';
export { DOCUMENT_ENTITY_ID_PREFIX, entryMover, isDocumentEntityId, NAMED_RULE_TEXT, shiftReason, sourceOf, type EntitySource, type DocumentEntityInfo, type MentionReason, type NamedCandidate, type NamedRule, type RecognisedEntry } from './types';
export { HEAD_WORDS, isTitle } from './lexicon';
