import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../../src/core/analysis';
import { createDocument, type DocumentLanguage } from '../../src/core/document';
import { KnowledgeBase } from '../../src/kb/knowledgeBase';
import { loadKnowledge } from '../../src/kb/loadKnowledge';
import { formatDiagnostic } from '../../src/kb/diagnostics';
import { runCli } from '../../src/cli/runCli';

export const repoRoot = resolve(__dirname, '..', '..');

/** A knowledge base from inline YAML; fails the test if the YAML has errors. */
export function kbFromYaml(yaml: string): KnowledgeBase {
  const { entries, diagnostics } = loadKnowledge([{ file: 'inline.yaml', text: yaml, layer: 1 }]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map(formatDiagnostic), [], 'fixture KB has errors');
  return new KnowledgeBase(entries);
}

/** Mentions as [text, id] pairs, the easiest shape to assert on. */
export function found(text: string, kb: KnowledgeBase, language: DocumentLanguage = 'plaintext'): [string, string][] {
  return analyzeDocument(createDocument('test', text, language), kb).mentions.map((m) => [text.slice(m.start, m.end), m.entry.id]);
}

/**
 * Splits a fixture with `[[...]]` markers into plain text and the expected spans, so a test can
 * say where mentions are: "the [[SCO]] met" -> text "the SCO met", spans [{start: 4, end: 7}].
 */
export function marked(fixture: string): { text: string; spans: { start: number; end: number }[] } {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  let open = -1;
  for (let i = 0; i < fixture.length; i++) {
    if (fixture.startsWith('[[', i)) {
      open = text.length;
      i++;
    } else if (fixture.startsWith(']]', i) && open >= 0) {
      spans.push({ start: open, end: text.length });
      open = -1;
      i++;
    } else {
      text += fixture[i];
    }
  }
  return { text, spans };
}

/** The seed paper, or undefined (with a message) where ../shared/seed is absent. */
export function seedPaper(): string | undefined {
  const path = process.env.IR_LENS_SEED ?? resolve(repoRoot, '..', 'shared', 'seed', 'paper.txt');
  if (!existsSync(path)) {
    console.log(`    (skipped: seed paper not found at ${path}; set IR_LENS_SEED to run these tests)`);
    return undefined;
  }
  return readFileSync(path, 'utf8');
}

/** Runs the CLI in-process over `kb`, capturing its exit code, stdout and stderr. */
export async function runCliCaptured(kb: KnowledgeBase, args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { stdout: (t) => (out += typeof t === 'string' ? t : new TextDecoder().decode(t)), stderr: (t) => (err += t) }, () => kb);
  return { code, out, err };
}
