/** The IR Lens service: the runtime every client (VS Code, the language server, tests) drives. */
export { createIrService, type IrService } from './irService';
export type { AnalysisStatus } from './documents';
export { entitiesOf, outlineOf, paragraphMapOf } from './features';
export type { CodeActionResult, DefinitionTarget, EntitiesByType, EntityGroup, HoverResult, Position, Reference, TextEdit } from './features';
export { SILENT_LOGGER, type CancellationToken, type Disposable, type IrServiceHost, type Logger } from './types';
