/** The argument outline: a pure module (no editor API), used by the CLI and the outline view. */
export { extractArgumentOutline } from './extractArgumentOutline';
export { outlineToMarkdown, ROLE_TITLES, supportSummary } from './outlineToMarkdown';
export { buildParentMap, findUnitAt, flattenOutline, parentOf } from './findUnit';
export { OUTLINE_ROLES, type OutlineInput, type OutlineMention, type OutlineRole, type OutlineUnit, type Support } from './types';
export { SUPPORTED_DIRECTIVE } from './directives';
export { paragraphMap, paragraphMapToMarkdown, type ParagraphMapEntry } from './paragraphMap';
