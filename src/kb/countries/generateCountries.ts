import { slugify } from '../slug';
import { COUNTRY_OVERRIDES } from './overrides';
import { NON_MEMBER_STATES, UN_ADMISSION_YEAR, UN_OBSERVER_STATES } from './unAdmission';

/** The fields of a `world-countries` record that the KB uses. */
export interface CountryRecord {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly cca3: string;
  readonly unMember: boolean;
  readonly capital?: readonly string[];
  readonly translations?: Readonly<Record<string, { readonly common: string; readonly official: string }>>;
}

/**
 * Capitals whose name is mostly something else in IR prose (a person, another city, a contested
 * claim, or not the seat of government), so they are not offered as metonyms.
 */
const NO_METONYM = new Set(['Victoria', 'Kingston', 'Georgetown', 'Jerusalem', 'Ramallah', 'Lobamba', 'Sucre', 'Tripoli', 'Amsterdam', 'South Tarawa', 'Yaren']);

const LANGUAGES = [
  ['rus', 'ru'],
  ['zho', 'zh'],
  ['fra', 'fr'],
] as const;

export function countryId(commonName: string): string {
  return slugify(commonName);
}

export function isCoveredCountry(record: CountryRecord): boolean {
  return record.unMember || UN_OBSERVER_STATES.has(record.cca3) || NON_MEMBER_STATES.has(record.cca3);
}

/**
 * KB entries (as plain objects, ready to write as YAML) for the UN member and observer states,
 * Taiwan and Kosovo. Aliases claimed by two countries (e.g. the French "Congo") are dropped.
 */
export function generateCountryEntries(records: readonly CountryRecord[]): Record<string, unknown>[] {
  const covered = records.filter(isCoveredCountry).sort((a, b) => a.name.common.localeCompare(b.name.common, 'en'));
  const entries = covered.map((record) => countryEntry(record));
  const claims = new Map<string, number>();
  for (const entry of entries) {
    for (const text of aliasTexts(entry)) claims.set(text, (claims.get(text) ?? 0) + 1);
  }
  for (const entry of entries) {
    entry.aliases = (entry.aliases as { text: string }[]).filter((a) => claims.get(a.text) === 1);
  }
  return entries;
}

function aliasTexts(entry: Record<string, unknown>): string[] {
  return [entry.name as string, ...(entry.aliases as { text: string }[]).map((a) => a.text)];
}

function countryEntry(record: CountryRecord): Record<string, unknown> {
  const name = record.name.common;
  const aliases: Record<string, unknown>[] = [];
  const add = (text: string | undefined, extra: Record<string, unknown> = {}): void => {
    if (!text || text === name || aliases.some((a) => a.text === text)) return;
    aliases.push({ text, ...extra });
  };
  const override = COUNTRY_OVERRIDES[record.cca3] ?? {};
  const fixed = (text: string | undefined): string | undefined => {
    const fix = text === undefined ? undefined : override.fix?.find((f) => f.from === text);
    return fix ? fix.to : text;
  };
  add(record.name.official);
  for (const text of override.english ?? []) add(text);
  for (const [key, lang] of LANGUAGES) {
    const translation = record.translations?.[key];
    add(fixed(translation?.common), { lang });
    add(fixed(translation?.official), { lang });
  }
  for (const { text, lang } of override.add ?? []) add(text, { lang });
  const capital = record.capital?.[0];
  if (capital && capital !== name && !NO_METONYM.has(capital)) {
    add(capital, { kind: 'capital' });
    for (const text of override.capitals ?? []) add(text, { kind: 'capital' });
  }

  // The observer list wins over the dataset's flag, which marks the Holy See as a member.
  const unStatus = UN_OBSERVER_STATES.has(record.cca3) ? 'observer' : record.unMember ? 'member' : 'non-member';
  const entry: Record<string, unknown> = {
    id: countryId(name),
    type: 'actor',
    subtype: 'state',
    name,
    aliases,
    summary: summaryFor(record, unStatus),
    officialName: record.name.official,
    iso2: record.cca2,
    iso3: record.cca3,
    unStatus,
  };
  if (capital) entry.capital = capital;
  const admitted = UN_ADMISSION_YEAR.get(record.cca3);
  if (unStatus === 'member' && admitted) entry.unMemberSince = admitted;
  return entry;
}

function summaryFor(record: CountryRecord, unStatus: string): string {
  const capital = record.capital?.[0];
  const where = capital ? ` Its capital is ${capital}.` : '';
  switch (unStatus) {
    case 'member':
      return `${record.name.official}, a member state of the United Nations.${where}`;
    case 'observer':
      return `${record.name.official}, a non-member observer state of the United Nations.${where}`;
    default:
      return `${record.name.official}, a state outside the United Nations whose status is recognised by some states and not others.${where}`;
  }
}
