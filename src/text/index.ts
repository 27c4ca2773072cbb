/** Ground layer: character classes, spans and their searches, the line index, Markdown escaping. */
export * from './charClass';
export * from './ranges';
export * from './lineIndex';
export * from './markdownEscape';
export * from './occurrences';
