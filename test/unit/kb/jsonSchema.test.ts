import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../helpers';

/** The JSON Schema contributed for *.irkb.yaml / *.irkb.json must agree with the loader. */
describe('KB JSON Schema', () => {
  const schema = JSON.parse(readFileSync(resolve(repoRoot, 'src/kb/irkb.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it('accepts every bundled KB file', () => {
    const dir = resolve(repoRoot, 'src/kb/data');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const ok = validate(parse(readFileSync(join(dir, name), 'utf8')));
      assert.ok(ok, `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  });

  it('rejects what the loader rejects: unknown types and subtypes, bad dates, missing names, unknown fields', () => {
    const bad = [
      [{ id: 'x', type: 'planet', name: 'X' }],
      [{ id: 'x', type: 'actor', subtype: 'treaty', name: 'X' }],
      [{ id: 'x', type: 'event', name: 'X', start: '2001-13-01' }],
      [{ id: 'x', type: 'event' }],
      [{ id: 'x', type: 'event', name: 'X', colour: 'red' }],
      [{ id: 'x', type: 'event', name: 'X', aliases: [{ text: 'a', b: 'c' }] }],
      { id: 'x', type: 'event', name: 'X' },
    ];
    for (const value of bad) assert.equal(validate(value), false, JSON.stringify(value));
  });
});
