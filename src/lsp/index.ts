/** The IR Lens language server (`ir-lens lsp --stdio`). */
export { startLanguageServer } from './server';
export { ENTITIES_REQUEST, OUTLINE_REQUEST } from './protocol';
