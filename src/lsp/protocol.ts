/** IR Lens's own requests over LSP: the same data as the VS Code views. */
export const ENTITIES_REQUEST = 'irLens/entities';
export const OUTLINE_REQUEST = 'irLens/outline';
