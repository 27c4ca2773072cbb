import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { kbJsonSchema } from '../../../src/kb/jsonSchema';
import { repoRoot } from '../helpers';

/** The JSON Schema contributed for *.irkb.yaml / *.irkb.json (made from src/kb/schema.ts) must agree with the loader. */
describe('KB JSON Schema', () => {
  const schema = kbJsonSchema();
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
      [{ id: 'x', type: 'actor', subtype: 'person', name: 'X', founded: '1990' }],
      [{ id: 'x', type: 'actor', name: 'X', born: '1990' }],
      [{ id: 'x', type: 'actor', subtype: 'person', name: 'X', roles: [{ title: 'T', from: 'soon' }] }],
      { id: 'x', type: 'event', name: 'X' },
    ];
    for (const value of bad) assert.equal(validate(value), false, JSON.stringify(value));
  });

  it('accepts what the loader accepts: facts of the default subtype, years as numbers, new alias keys', () => {
    const good = [
      [{ id: 'x', type: 'actor', name: 'X', founded: 1990, members: ['a'], membersAsOf: '2024-01' }],
      [{ id: 'x', type: 'actor', subtype: 'person', name: 'X', aliases: [{ text: 'X', kind: 'surname' }], roles: [{ title: 'T', from: 1990 }] }],
      [{ id: 'x', type: 'theory', name: 'realism', everyday: true, notIn: ['magical realism'], aliases: [{ text: 'r', everyday: false }] }],
      [{ id: 'x', type: 'event', name: 'X', instances: [{ year: 2023, place: 'Vilnius' }] }],
    ];
    for (const value of good) assert.equal(validate(value), true, `${JSON.stringify(value)}: ${JSON.stringify(validate.errors)}`);
  });
});
