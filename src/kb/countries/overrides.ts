/**
 * Corrections to the generated country entries, reviewed by hand (December 2026). The world-countries
 * dataset gives each state its official and common names in several languages; IR prose also uses
 * short, older and informal English names that it lacks, and a few of its Russian and Chinese names
 * are garbled, in the genitive case or belong to another state. Keyed by ISO 3166-1 alpha-3 code.
 *
 * - `english`: names English-language IR prose uses for the state (aliases, matched with the
 *   dataset's names). Older names are listed only where they meant the same state ("Burma", "Zaire").
 * - `fix`: dataset aliases to replace (`to`) or to drop (`to` undefined), matched exactly.
 * - `add`: aliases in other languages that the dataset lacks.
 * - `capitals`: other spellings of the capital, read as the state's government like the capital itself.
 */
export interface CountryOverride {
  readonly english?: readonly string[];
  readonly fix?: readonly { readonly from: string; readonly to?: string }[];
  readonly add?: readonly { readonly text: string; readonly lang: 'ru' | 'zh' }[];
  readonly capitals?: readonly string[];
}

export const COUNTRY_OVERRIDES: Readonly<Record<string, CountryOverride>> = {
  GBR: { english: ['UK', 'U.K.', 'Britain', 'Great Britain'] },
  TUR: { english: ['Turkey', 'Republic of Turkey'], fix: [{ from: 'Республика Турции' }] },
  NLD: { english: ['Holland'] },
  MMR: { english: ['Burma'], fix: [{ from: 'Республика Союза Мьянма' }] },
  CIV: { english: ["Côte d'Ivoire", 'Côte d’Ivoire', "Cote d'Ivoire"], fix: [{ from: "Республика Кот-д'Ивуаре", to: 'Республика Кот-д’Ивуар' }] },
  COD: { english: ['DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Zaire'] },
  COG: { english: ['Congo-Brazzaville'], fix: [{ from: '刚果' }] },
  ARE: { english: ['UAE'] },
  KOR: { english: ['ROK'] },
  PRK: {
    english: ['DPRK'],
    fix: [{ from: 'Корейская Народно-Демократическая Республика Корея' }, { from: '朝鲜人民民主共和国', to: '朝鲜民主主义人民共和国' }],
  },
  TLS: { english: ['East Timor'], fix: [{ from: 'Демократическая Республика Тимор -Лешти', to: 'Демократическая Республика Тимор-Лешти' }] },
  SWZ: { english: ['Swaziland'], add: [{ text: 'Эсватини', lang: 'ru' }, { text: 'Королевство Эсватини', lang: 'ru' }] },
  MKD: { english: ['Macedonia', 'Former Yugoslav Republic of Macedonia'] },
  VAT: { english: ['Holy See', 'Vatican'] },
  LKA: { english: ['Ceylon'] },
  VNM: { english: ['Viet Nam'] },
  LAO: { english: ['Lao PDR'] },
  CZE: { english: ['Czech Republic'] },
  BIH: { english: ['Bosnia'] },
  CPV: { english: ['Cabo Verde'], fix: [{ from: 'Республика Кабо -Верде', to: 'Республика Кабо-Верде' }] },
  UKR: { capitals: ['Kiev'] },
  CHN: { english: ['Mainland China', 'Communist China', 'Red China'], fix: [{ from: 'Народная Республика Китай', to: 'Китайская Народная Республика' }] },
  DMA: { fix: [{ from: '多米尼加' }, { from: '多米尼加共和国' }], add: [{ text: '多米尼克', lang: 'zh' }, { text: '多米尼克国', lang: 'zh' }] },
  JOR: { fix: [{ from: 'Иорданского Хашимитского Королевства', to: 'Иорданское Хашимитское Королевство' }] },
  TUN: { fix: [{ from: 'Тунисской Республики', to: 'Тунисская Республика' }] },
  URY: { fix: [{ from: 'Восточной Республики Уругвай', to: 'Восточная Республика Уругвай' }] },
  KIR: { fix: [{ from: 'Независимой и суверенной Республики Кирибати', to: 'Республика Кирибати' }] },
  LBY: { fix: [{ from: 'Государство Ливии', to: 'Государство Ливия' }] },
  PNG: { fix: [{ from: 'Независимое Государство Папуа-Новой Гвинеи', to: 'Независимое Государство Папуа — Новая Гвинея' }] },
  ITA: { fix: [{ from: 'итальянская Республика', to: 'Итальянская Республика' }] },
  GAB: { fix: [{ from: 'Габона Республика', to: 'Габонская Республика' }] },
  TGO: { fix: [{ from: 'Того Республика', to: 'Тоголезская Республика' }] },
  SMR: { fix: [{ from: 'Большинство Serene Республика Сан-Марино', to: 'Республика Сан-Марино' }] },
  KNA: { fix: [{ from: 'Федерация Сент-Кристофер и Н е в и с', to: 'Федерация Сент-Кристофер и Невис' }] },
  BFA: { fix: [{ from: 'Буркина -Фасо' }] },
  GNB: { fix: [{ from: 'Республика Гвинея -Бисау', to: 'Республика Гвинея-Бисау' }] },
};
