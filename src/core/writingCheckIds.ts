/**
 * The writing checks, declared once: the setting that switches each (`irLens.checks.<id>`), its
 * default, and the code its diagnostics carry.
 */
export const WRITING_CHECKS = [
  {
    id: 'acronymBeforeIntroduction',
    code: 'acronym-before-introduction',
    enabledByDefault: true,
    setting: 'Report an acronym used before its full name is introduced.',
  },
  {
    id: 'inconsistentVariants',
    code: 'inconsistent-variants',
    enabledByDefault: true,
    setting: 'Report one entity written in several variants in a document.',
  },
  {
    id: 'unknownAcronyms',
    code: 'unknown-acronym',
    enabledByDefault: true,
    setting: 'Report all-caps acronyms that are not in the knowledge base.',
  },
  {
    id: 'unsupportedClaims',
    code: 'unsupported-claim',
    enabledByDefault: true,
    setting: 'Report a claim of the argument outline that has no reason, evidence or citation in the paper (accept one with <!-- irLens: supported -->).',
  },
] as const;

export type WritingCheckId = (typeof WRITING_CHECKS)[number]['id'];
export type WritingCheckCode = (typeof WRITING_CHECKS)[number]['code'];
