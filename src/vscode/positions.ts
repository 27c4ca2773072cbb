import type { LineIndex, Span } from '../text';
import * as vscode from 'vscode';

/**
 * The adapter's one conversion from core spans (UTF-16 offsets) to editor ranges. VS Code's own
 * `positionAt` counts in the same units, so no other arithmetic is needed.
 */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

export function toLocation(document: vscode.TextDocument, span: Span): vscode.Location {
  return new vscode.Location(document.uri, toRange(document, span));
}

/** The same conversion for a file read from disk (not open in an editor), through the core's LineIndex. */
export function toRangeInText(lines: LineIndex, span: Span): vscode.Range {
  const start = lines.positionAt(span.start);
  const end = lines.positionAt(span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}
