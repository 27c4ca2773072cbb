/**
 * The matcher: finds every alias of a knowledge base in a text in one pass over a double-array trie.
 * The only way into this folder from outside it.
 */
export { matchAliases } from './matchAliases';
export type { AliasMatches } from './matchList';
export { ALIAS_ROLE, buildAliasTrie, deserializeTrie, serializeTrie, stepTrie, type AliasTrie, type MatchableAlias, type SerializedTrie } from './aliasTrie';
export { canonicalForm, defaultCaseFor, foldedForm, pluralOf, type MatchCase } from './aliasForms';
export { skipLineBreak } from './hyphenBreak';
