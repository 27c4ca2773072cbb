import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../../src/core/analysis';
import { createDocument, type DocumentLanguage } from '../../../src/core/document';
import type { KnowledgeBase } from '../../../src/kb/knowledgeBase';
import { extractArgumentOutline } from '../../../src/outline/extractArgumentOutline';
import { flattenOutline } from '../../../src/outline/findUnit';
import type { OutlineUnit } from '../../../src/outline/types';
import { kbFromYaml, repoRoot } from '../helpers';

export const fixturesDir = resolve(repoRoot, 'test/fixtures/outline');

let kb: KnowledgeBase | undefined;
/** The outline tests' small KB (test/fixtures/outline/kb.yaml). */
export function outlineKb(): KnowledgeBase {
  return (kb ??= kbFromYaml(readFileSync(resolve(fixturesDir, 'kb.yaml'), 'utf8')));
}

/** The outline of a text, with mentions from the fixture KB, as the extension will compute it. */
export function outlineOf(text: string, language: DocumentLanguage = 'plaintext', knowledge: KnowledgeBase = outlineKb()): OutlineUnit[] {
  const analysis = analyzeDocument(createDocument(language === 'markdown' ? 'test.md' : 'test.txt', text, language), knowledge);
  return extractArgumentOutline({
    text,
    language,
    ...(analysis.markdown ? { tree: analysis.markdown.tree } : {}),
    mentions: analysis.mentions,
  });
}

/** Each unit as "role: text of its span" (whitespace collapsed), in document order. */
export function unitTexts(text: string, units: readonly OutlineUnit[]): string[] {
  return flattenOutline(units).map((u) => `${u.role}: ${spanText(text, u)}`);
}

export function spanText(text: string, unit: OutlineUnit): string {
  return text.slice(unit.start, unit.end).replace(/\s+/g, ' ').trim();
}

/** The first unit (depth first) whose span contains `snippet` (whitespace collapsed). */
export function unitContaining(text: string, units: readonly OutlineUnit[], snippet: string): OutlineUnit | undefined {
  return flattenOutline(units).find((u) => spanText(text, u).includes(snippet));
}

/** Role and label, nested: a compact shape for asserting a whole outline. */
export interface Shape {
  readonly role: string;
  readonly label: string;
  readonly children?: readonly Shape[];
}

export function shapeOf(units: readonly OutlineUnit[]): Shape[] {
  return units.map((u) => ({ role: u.role, label: u.label, ...(u.children.length > 0 ? { children: shapeOf(u.children) } : {}) }));
}

/** "role: label" lines indented by level, for readable failures. */
export function describe_(units: readonly OutlineUnit[]): string {
  return flattenOutline(units)
    .map((u) => `${'  '.repeat(u.level)}${u.role}: ${u.label}`)
    .join('\n');
}
