/**
 * Files (or parts of files) that are made from one source in the code. `npm run generate` rewrites
 * them; test/unit/generated.test.ts fails when one is stale.
 */
import { colours, configurationProperties, settingsTable } from './extensionManifest';
import { GRAMMAR_SCOPES, grammarEntry } from './discourseGrammar';
import { kbFormatTables } from './kbFormatTables';
import { previewColourRules } from './previewCss';

export type GeneratedPart =
  | {
      /** Text between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` (`/* ... *\/` in CSS). */
      readonly kind: 'text';
      readonly file: string;
      readonly marker: string;
      readonly content: () => string;
    }
  | {
      /** A value inside a JSON file, at a path of keys. */
      readonly kind: 'json';
      readonly file: string;
      readonly path: readonly string[];
      readonly content: () => unknown;
    };

export const GENERATED: readonly GeneratedPart[] = [
  { kind: 'text', file: 'src/kb/data/FORMAT.md', marker: 'fields', content: kbFormatTables },
  { kind: 'json', file: 'package.json', path: ['contributes', 'configuration', 'properties'], content: configurationProperties },
  { kind: 'json', file: 'package.json', path: ['contributes', 'colors'], content: colours },
  { kind: 'text', file: 'README.md', marker: 'settings', content: settingsTable },
  { kind: 'text', file: 'media/preview.css', marker: 'colours', content: previewColourRules },
  ...GRAMMAR_SCOPES.map(
    ({ key, cues, scope }): GeneratedPart => ({ kind: 'json', file: 'syntaxes/ir-discourse.injection.tmLanguage.json', path: ['repository', key], content: () => grammarEntry(cues, scope) }),
  ),
];

export function describePart(part: GeneratedPart): string {
  return `${part.file} (${part.kind === 'text' ? part.marker : part.path.join('.')})`;
}

/** The file's text with the part brought up to date. */
export function withPart(text: string, part: GeneratedPart): string {
  if (part.kind === 'json') {
    const json = JSON.parse(text) as Record<string, unknown>;
    let at = json;
    for (const key of part.path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[part.path[part.path.length - 1]] = part.content();
    return JSON.stringify(json, null, 2) + '\n';
  }
  const css = part.file.endsWith('.css');
  const open = css ? `/* generated:${part.marker} */` : `<!-- generated:${part.marker} -->`;
  const close = css ? `/* /generated:${part.marker} */` : `<!-- /generated:${part.marker} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${part.file}: markers ${open} ... ${close} not found`);
  return text.slice(0, start + open.length) + '\n' + part.content().trim() + '\n' + text.slice(end);
}
