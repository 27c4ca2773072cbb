import { BUNDLE_FILE, parseBundle, type KnowledgeBase } from '../kb';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the compiled KB lives: beside dist/cli.js, or in dist/ when run from the sources. */
export function bundledKbPath(): string {
  const candidates = [join(__dirname, 'kb', BUNDLE_FILE), join(__dirname, '..', '..', 'dist', 'kb', BUNDLE_FILE)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('the compiled knowledge base is missing: run "npm run build" first');
  return found;
}

export function loadBundledKnowledge(): KnowledgeBase {
  return parseBundle(readFileSync(bundledKbPath()));
}
