import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bundledKbPath, loadBundledKnowledge } from '../../../src/cli/bundledKnowledge';
import { readBundleHeader } from '../../../src/kb/bundle';
import { formatDiagnostic } from '../../../src/kb/diagnostics';
import { FACT_FIELDS, type KbEntry } from '../../../src/kb/schema';
import { fieldProblem, normalise } from '../../../src/kb/schemaCheck';
import { found } from '../helpers';

/** The seed entities the KB issue names; each must exist (ids as the seed files define them). */
const SEED_IDS = [
  'china', 'russia', 'united-states', 'soviet-union', 'sco', 'brics', 'eaeu', 'cis', 'asean', 'nato',
  'un-security-council', 'cica', 'cpc', 'state-council-information-office', 'ministry-of-foreign-affairs-of-china',
  'presidential-administration-of-russia', 'global-times', 'pravda', 'the-diplomat', 'valdai-discussion-club', 'riac',
  'vladimir-putin', 'xi-jinping', 'alexander-wendt', 'arnold-wolfers', 'stephen-walt', 'yan-xuetong',
  'li-lobanov-treaty', 'sino-soviet-treaty-1945', 'sino-soviet-treaty-1950', 'china-russia-joint-statement-1992',
  'china-russia-joint-statement-1994', 'china-russia-joint-statement-1996', 'treaty-of-good-neighbourliness',
  'china-russia-joint-statement-2010', 'china-russia-joint-statement-2012', 'china-russia-joint-statement-2013',
  'china-russia-joint-statement-2014', 'trans-pacific-partnership', 'alliance', 'alignment', 'non-alliance-policy',
  'strategic-partnership', 'balance-of-power', 'balance-of-threat', 'constructivism', 'realism', 'liberalism',
  'cultures-of-anarchy', 'hobbesian-culture', 'lockean-culture', 'kantian-culture', 'soft-power', 'smart-power',
  'hard-power', 'multipolarity', 'zero-sum-game', 'new-security-concept', 'pivot-to-the-east', 'asia-pacific-rebalance',
  'five-principles-of-peaceful-coexistence', 'silk-road-economic-belt', 'cold-war', 'world-war-ii', 'ukraine-crisis',
  'annexation-of-crimea', '18th-cpc-national-congress', 'cica-summit-2014',
];

describe('the bundled knowledge base', () => {
  const bundle = readBundleHeader(readFileSync(bundledKbPath()));
  const kb = loadBundledKnowledge();
  const count = (pred: (e: KbEntry) => boolean) => kb.entries.filter(pred).length;

  it('compiles without errors or warnings', () => {
    assert.deepEqual(bundle.diagnostics.map(formatDiagnostic), []);
  });

  it('has unique ids and a source line for every entry', () => {
    assert.equal(new Set(kb.entries.map((e) => e.id)).size, kb.size);
    for (const e of kb.entries) assert.ok(e.source && e.source.line >= 1 && /^dist\/kb\/data\/.+\.yaml$/.test(e.source.file), e.id);
  });

  it('resolves every related id, and every fact fits its schema (dates as ISO 8601 text)', () => {
    for (const entry of kb.entries) {
      for (const id of entry.related) assert.ok(kb.get(id), `${entry.id} -> ${id}`);
      for (const [field, schema] of Object.entries(FACT_FIELDS[entry.subtype])) {
        const value = (entry as unknown as Record<string, unknown>)[field];
        if (value === undefined) continue;
        assert.equal(fieldProblem(schema, value), undefined, `${entry.id}.${field}`);
        assert.deepEqual(normalise(schema, value), value, `${entry.id}.${field} is stored normalised`);
      }
    }
  });

  it('contains every seed entity named in the KB issue', () => {
    assert.deepEqual(SEED_IDS.filter((id) => !kb.get(id)), []);
    for (const id of SEED_IDS) assert.ok(kb.get(id)!.context, `${id} has a context note`);
  });

  it('covers the field at world scale', () => {
    const states = kb.entries.filter((e) => e.type === 'actor' && e.subtype === 'state');
    assert.equal(states.filter((e) => 'unStatus' in e && e.unStatus === 'member').length, 193);
    assert.equal(states.filter((e) => 'unStatus' in e && e.unStatus === 'observer').length, 2);
    for (const id of ['taiwan', 'kosovo', 'vatican-city', 'palestine']) assert.ok(kb.get(id), id);
    assert.ok(count((e) => e.subtype === 'organization') >= 120);
    assert.ok(count((e) => e.type === 'treaty') >= 120);
    assert.ok(count((e) => e.subtype === 'person') >= 120);
    assert.ok(count((e) => e.type === 'theory') >= 200, `${count((e) => e.type === 'theory')} theory terms`);
    assert.ok(count((e) => e.type === 'event') >= 60);
  });

  it('gives states their codes, capitals and names in Russian, Chinese and French', () => {
    const china = kb.get('china') as KbEntry & { iso2?: string; iso3?: string; capital?: string; unMemberSince?: string };
    assert.equal(china.iso2, 'CN');
    assert.equal(china.iso3, 'CHN');
    assert.equal(china.capital, 'Beijing');
    assert.equal(china.unMemberSince, '1945');
    const langs = new Set(china.aliases.map((a) => a.lang));
    for (const lang of ['ru', 'zh', 'fr']) assert.ok(langs.has(lang), lang);
    assert.ok(china.aliases.some((a) => a.text === 'Beijing' && a.kind === 'capital'));
  });

  it('has Russian and Chinese aliases for major organisations and people', () => {
    for (const [id, text] of [['sco', 'ШОС'], ['sco', '上海合作组织'], ['vladimir-putin', 'Путин'], ['vladimir-putin', '普京'], ['xi-jinping', '习近平']]) {
      assert.ok(kb.get(id)!.aliases.some((a) => a.text === text), `${id}: ${text}`);
    }
  });

  it('finds the 44 names of the 40 states IR prose names most, as prose writes them (checked by hand)', () => {
    const everyday: [string, string][] = [
      ['US', 'USA'], ['China', 'CHN'], ['Russia', 'RUS'], ['Britain', 'GBR'], ['UK', 'GBR'], ['France', 'FRA'], ['Germany', 'DEU'], ['Japan', 'JPN'],
      ['India', 'IND'], ['Iran', 'IRN'], ['Israel', 'ISR'], ['Saudi Arabia', 'SAU'], ['Turkey', 'TUR'], ['Pakistan', 'PAK'], ['North Korea', 'PRK'],
      ['South Korea', 'KOR'], ['Ukraine', 'UKR'], ['Syria', 'SYR'], ['Iraq', 'IRQ'], ['Afghanistan', 'AFG'], ['Egypt', 'EGY'], ['Brazil', 'BRA'],
      ['Canada', 'CAN'], ['Australia', 'AUS'], ['Italy', 'ITA'], ['Spain', 'ESP'], ['Poland', 'POL'], ['Vietnam', 'VNM'], ['Indonesia', 'IDN'],
      ['Philippines', 'PHL'], ['Taiwan', 'TWN'], ['South Africa', 'ZAF'], ['Nigeria', 'NGA'], ['Mexico', 'MEX'], ['Cuba', 'CUB'], ['Venezuela', 'VEN'],
      ['Burma', 'MMR'], ['Libya', 'LBY'], ['Ethiopia', 'ETH'], ['Belarus', 'BLR'], ['Kazakhstan', 'KAZ'], ['Holland', 'NLD'], ['UAE', 'ARE'], ['DRC', 'COD'],
    ];
    const idOf = (iso3: string) => kb.entries.find((e) => e.subtype === 'state' && 'iso3' in e && e.iso3 === iso3)!.id;
    for (const [name, iso3] of everyday) {
      assert.deepEqual(found(`Talks with ${name} resumed in the spring.`, kb), [[name, idOf(iso3)]], name);
    }
  });
});
