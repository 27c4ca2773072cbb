import * as assert from 'node:assert/strict';
import countries from 'world-countries';
import { countryId, generateCountryEntries, type CountryRecord } from '../../../src/kb/countries/generateCountries';
import { COUNTRY_OVERRIDES } from '../../../src/kb/countries/overrides';

describe('generated country entries', () => {
  const entries = generateCountryEntries(countries as unknown as CountryRecord[]);
  const byId = new Map(entries.map((e) => [e.id as string, e]));

  it('covers the 193 UN members, the 2 observer states, Taiwan and Kosovo', () => {
    assert.equal(entries.filter((e) => e.unStatus === 'member').length, 193);
    assert.deepEqual(entries.filter((e) => e.unStatus === 'observer').map((e) => e.id).sort(), ['palestine', 'vatican-city']);
    assert.deepEqual(entries.filter((e) => e.unStatus === 'non-member').map((e) => e.id).sort(), ['kosovo', 'taiwan']);
  });

  it('derives ids from common names', () => {
    assert.equal(countryId('Côte d’Ivoire'), 'cote-d-ivoire');
    assert.ok(byId.has('united-states') && byId.has('south-korea') && byId.has('turkiye'));
  });

  it('adds the capital as a metonym, except where the name is mostly something else', () => {
    const aliases = (id: string) => byId.get(id)!.aliases as { text: string; kind?: string }[];
    assert.ok(aliases('russia').some((a) => a.text === 'Moscow' && a.kind === 'capital'));
    assert.ok(!aliases('seychelles').some((a) => a.text === 'Victoria'));
    assert.ok(!aliases('singapore').some((a) => a.text === 'Singapore'));
  });

  it('gives a UN admission year to every member and none to the others', () => {
    for (const e of entries) assert.equal(e.unMemberSince !== undefined, e.unStatus === 'member', String(e.id));
    assert.equal(byId.get('switzerland')!.unMemberSince, '2002');
  });

  it('never lets two countries claim the same alias', () => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      for (const text of [e.name as string, ...(e.aliases as { text: string }[]).map((a) => a.text)]) {
        assert.ok(!seen.has(text) || seen.get(text) === e.id, `${text}: ${seen.get(text)} and ${e.id}`);
        seen.set(text, e.id as string);
      }
    }
  });
});

describe('the reviewed country overrides', () => {
  const records = countries as unknown as CountryRecord[];
  const entries = generateCountryEntries(records);
  const byIso3 = new Map(entries.map((e) => [e.iso3 as string, e]));
  const aliasTexts = (iso3: string): string[] => (byIso3.get(iso3)!.aliases as { text: string }[]).map((a) => a.text);

  it('names a state the dataset has, and fixes only names the dataset really gives (no stale entries)', () => {
    for (const [iso3, override] of Object.entries(COUNTRY_OVERRIDES)) {
      const record = records.find((r) => r.cca3 === iso3);
      assert.ok(record && byIso3.has(iso3), iso3);
      const given = Object.values(record.translations ?? {}).flatMap((t) => [t.common, t.official]);
      for (const fix of override.fix ?? []) assert.ok(given.includes(fix.from), `${iso3}: "${fix.from}" is not in the dataset any more`);
    }
  });

  it('gives the English names IR prose uses, and replaces garbled or wrong translations', () => {
    assert.ok(['UK', 'Britain', 'Great Britain'].every((t) => aliasTexts('GBR').includes(t)));
    assert.ok(aliasTexts('TUR').includes('Turkey') && aliasTexts('NLD').includes('Holland') && aliasTexts('MMR').includes('Burma'));
    assert.ok(!aliasTexts('DMA').includes('多米尼加') && aliasTexts('DMA').includes('多米尼克'), 'Dominica has its own Chinese name, not the Dominican Republic\'s');
    assert.ok(!aliasTexts('COG').includes('刚果'), 'the bare Chinese "Congo" names neither Congo');
    assert.ok(!aliasTexts('BFA').some((t) => t.includes(' -')), 'no stray space in Burkina Faso\'s Russian name');
    assert.ok(aliasTexts('ITA').includes('Итальянская Республика') && !aliasTexts('ITA').includes('итальянская Республика'));
  });

});
