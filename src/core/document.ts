/** A document as the core sees it: its text (UTF-16, exactly as read) and how to read it. */
export type DocumentLanguage = 'markdown' | 'plaintext';

export interface IrDocument {
  /** Path or URI string, used only for messages and output. */
  readonly uri: string;
  readonly text: string;
  readonly language: DocumentLanguage;
}

/** `.md`/`.markdown` (and VS Code's `markdown` language id) are Markdown; everything else is plain text. */
export function languageFromPath(path: string): DocumentLanguage {
  return /\.(md|markdown|mdown|mkd)$/i.test(path) ? 'markdown' : 'plaintext';
}

export function createDocument(uri: string, text: string, language: DocumentLanguage = languageFromPath(uri)): IrDocument {
  return { uri, text, language };
}
