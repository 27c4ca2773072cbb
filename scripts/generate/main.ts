/** `npm run generate`: rewrites every generated file or part (see generated.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describePart, GENERATED, withPart } from './generated';

const root = resolve(__dirname, '..', '..');
for (const part of GENERATED) {
  const path = resolve(root, part.file);
  const before = readFileSync(path, 'utf8');
  const after = withPart(before, part);
  if (after !== before) {
    writeFileSync(path, after);
    console.log(`updated ${describePart(part)}`);
  }
}
