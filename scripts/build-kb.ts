// Compiles the bundled knowledge base: generates the country entries from the world-countries
// dataset, copies the YAML sources next to the bundle (go-to-definition opens them), validates
// every layer and writes dist/kb/kb.jsonl with each entry's source file and line.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'world-countries';
import { stringify } from 'yaml';
import { BUNDLE_FILE, layerOfFile, writeBundle } from '../src/kb/bundle';
import { generateCountryEntries, type CountryRecord } from '../src/kb/countries/generateCountries';
import { formatDiagnostic } from '../src/kb/diagnostics';
import { kbJsonSchema } from '../src/kb/jsonSchema';
import { loadKnowledge, type KbSource } from '../src/kb/loadKnowledge';
import { KnowledgeBase } from '../src/kb/knowledgeBase';
import { serializeTrie } from '../src/matcher/aliasTrie';

const sourceDir = 'src/kb/data';
const outDir = 'dist/kb';
const dataOut = join(outDir, 'data');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(dataOut, { recursive: true });

const countriesYaml =
  '# Generated at build time from the world-countries npm package (ODbL 1.0); do not edit.\n' +
  stringify(generateCountryEntries(countries as unknown as CountryRecord[]), { lineWidth: 0 });
writeFileSync(join(dataOut, 'countries.yaml'), countriesYaml);

for (const name of readdirSync(sourceDir).filter((n) => /\.ya?ml$/.test(n))) {
  writeFileSync(join(dataOut, name), readFileSync(join(sourceDir, name)));
}

const sources: KbSource[] = readdirSync(dataOut)
  .filter((n) => /\.ya?ml$/.test(n))
  .sort()
  .map((name) => ({ file: `${dataOut}/${name}`, text: readFileSync(join(dataOut, name), 'utf8'), layer: layerOfFile(name) }));

// The JSON Schema that YAML/JSON tooling uses for *.irkb.* files (contributes.yaml/jsonValidation).
writeFileSync(join(outDir, 'irkb.schema.json'), JSON.stringify(kbJsonSchema(), null, 2) + '\n');

const { entries, diagnostics } = loadKnowledge(sources);
writeFileSync(join(outDir, BUNDLE_FILE), writeBundle(entries, diagnostics, serializeTrie(new KnowledgeBase(entries).trie)));

const errors = diagnostics.filter((d) => d.severity === 'error');
const warnings = diagnostics.length - errors.length;
for (const d of diagnostics.slice(0, 40)) console.warn(formatDiagnostic(d));
if (diagnostics.length > 40) console.warn(`... and ${diagnostics.length - 40} more`);
console.log(`KB: ${entries.length} entries from ${sources.length} files; ${errors.length} errors, ${warnings} warnings`);
