/**
 * Year each state was admitted to the United Nations, by ISO 3166 alpha-3 code. Year precision only:
 * the days are easy to get wrong and rarely matter in a hover. States that succeeded an original
 * member keep the original year (Russia the USSR's seat, China the seat held by the ROC until 1971);
 * states formed from one (Czechia, Slovakia, Serbia) carry their own year.
 */
const BY_YEAR: Readonly<Record<string, readonly string[]>> = {
  '1945': [
    'ARG', 'AUS', 'BEL', 'BOL', 'BRA', 'BLR', 'CAN', 'CHL', 'CHN', 'COL', 'CRI', 'CUB', 'DNK', 'DOM', 'ECU',
    'EGY', 'SLV', 'ETH', 'FRA', 'GRC', 'GTM', 'HTI', 'HND', 'IND', 'IRN', 'IRQ', 'LBN', 'LBR', 'LUX', 'MEX',
    'NLD', 'NZL', 'NIC', 'NOR', 'PAN', 'PRY', 'PER', 'PHL', 'POL', 'RUS', 'SAU', 'ZAF', 'SYR', 'TUR', 'UKR',
    'GBR', 'USA', 'URY', 'VEN',
  ],
  '1946': ['AFG', 'ISL', 'SWE', 'THA'],
  '1947': ['PAK', 'YEM'],
  '1948': ['MMR'],
  '1949': ['ISR'],
  '1950': ['IDN'],
  '1955': ['ALB', 'AUT', 'BGR', 'KHM', 'FIN', 'HUN', 'IRL', 'ITA', 'JOR', 'LAO', 'LBY', 'NPL', 'PRT', 'ROU', 'ESP', 'LKA'],
  '1956': ['JPN', 'MAR', 'SDN', 'TUN'],
  '1957': ['GHA', 'MYS'],
  '1958': ['GIN'],
  '1960': ['BEN', 'BFA', 'CMR', 'CAF', 'TCD', 'COG', 'COD', 'CYP', 'GAB', 'CIV', 'MDG', 'MLI', 'NER', 'NGA', 'SEN', 'SOM', 'TGO'],
  '1961': ['MNG', 'SLE', 'MRT', 'TZA'],
  '1962': ['DZA', 'BDI', 'JAM', 'RWA', 'TTO', 'UGA'],
  '1963': ['KEN', 'KWT'],
  '1964': ['MWI', 'MLT', 'ZMB'],
  '1965': ['GMB', 'MDV', 'SGP'],
  '1966': ['BRB', 'BWA', 'GUY', 'LSO'],
  '1968': ['MUS', 'SWZ', 'GNQ'],
  '1970': ['FJI'],
  '1971': ['BHR', 'BTN', 'OMN', 'QAT', 'ARE'],
  '1973': ['BHS', 'DEU'],
  '1974': ['BGD', 'GRD', 'GNB'],
  '1975': ['CPV', 'COM', 'MOZ', 'PNG', 'STP', 'SUR'],
  '1976': ['AGO', 'WSM', 'SYC'],
  '1977': ['DJI', 'VNM'],
  '1978': ['DMA', 'SLB'],
  '1979': ['LCA'],
  '1980': ['ZWE', 'VCT'],
  '1981': ['ATG', 'BLZ', 'VUT'],
  '1983': ['KNA'],
  '1984': ['BRN'],
  '1990': ['NAM', 'LIE'],
  '1991': ['PRK', 'KOR', 'EST', 'LVA', 'LTU', 'MHL', 'FSM'],
  '1992': ['ARM', 'AZE', 'KAZ', 'KGZ', 'MDA', 'TJK', 'TKM', 'UZB', 'SMR', 'SVN', 'HRV', 'BIH', 'GEO'],
  '1993': ['CZE', 'SVK', 'ERI', 'MCO', 'AND', 'MKD'],
  '1994': ['PLW'],
  '1999': ['KIR', 'NRU', 'TON'],
  '2000': ['TUV', 'SRB'],
  '2002': ['CHE', 'TLS'],
  '2006': ['MNE'],
  '2011': ['SSD'],
};

export const UN_ADMISSION_YEAR: ReadonlyMap<string, string> = new Map(
  Object.entries(BY_YEAR).flatMap(([year, codes]) => codes.map((code) => [code, year] as const)),
);

/** Non-member observer states of the UN General Assembly. */
export const UN_OBSERVER_STATES: ReadonlySet<string> = new Set(['VAT', 'PSE']);
/** States outside the UN that the KB covers all the same. */
export const NON_MEMBER_STATES: ReadonlySet<string> = new Set(['TWN', 'UNK']);
