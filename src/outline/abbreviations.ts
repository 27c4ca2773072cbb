/**
 * Word lists the sentence segmenter consults before ending a sentence at a period. Kept apart so
 * the lists can grow without touching the scanner.
 */

/** Abbreviations that never end a sentence: titles before names, Latin connectors, references. */
export const NEVER_END = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Maj', 'Adm', 'Cmdr', 'Sen', 'Rep',
  'Gov', 'Pres', 'Amb', 'Rev', 'Hon', 'Messrs', 'Mme', 'Mlle', 'Jr', 'Sr', 'Mt', 'Ft', 'Fig', 'Figs', 'Vol',
  'Vols', 'Art', 'Arts', 'Ch', 'Chap', 'Para', 'Ed', 'Eds', 'Nr', 'Vs', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul',
  'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Cf', 'Viz', 'Pp',
  'e.g', 'i.e', 'cf', 'viz', 'vs', 'v', 'fig', 'figs', 'vol', 'vols', 'art', 'arts', 'ch', 'chap', 'pp', 'p',
  'para', 'paras', 'sec', 'ed', 'eds', 'trans', 'transl', 'approx', 'ca', 'c', 'esp', 'incl', 'resp', 'op', 'nr',
]);

/** Abbreviations that end a sentence only when a typical sentence opener follows ("the U.S. The"). */
export const MAY_END = new Set([
  'U.S', 'U.K', 'U.N', 'E.U', 'U.S.S.R', 'U.S.A', 'P.R.C', 'D.C', 'R.O.C', 'D.P.R.K', 'al', 'Inc', 'Ltd', 'Co',
  'Corp', 'Bros', 'a.m', 'p.m', 'ibid', 'Ibid', 'cit', 'No', 'no',
]);

/**
 * Words that open sentences and rarely follow an abbreviation inside a name: after "U.S." they
 * signal a sentence end, where "U.S. Congress" does not.
 */
export const SENTENCE_OPENERS = new Set([
  'a', 'according', 'after', 'all', 'although', 'an', 'and', 'another', 'as', 'at', 'because', 'before', 'besides',
  'both', 'but', 'by', 'consequently', 'despite', 'during', 'each', 'even', 'every', 'finally', 'first', 'firstly',
  'for', 'from', 'furthermore', 'given', 'he', 'hence', 'her', 'here', 'his', 'how', 'however', 'i', 'if', 'in',
  'indeed', 'instead', 'it', 'its', 'let', 'likewise', 'many', 'meanwhile', 'moreover', 'most', 'my', 'neither',
  'nevertheless', 'no', 'nonetheless', 'not', 'now', 'on', 'one', 'only', 'other', 'our', 'rather', 'second',
  'secondly', 'she', 'similarly', 'since', 'so', 'some', 'still', 'such', 'that', 'the', 'their', 'then', 'there',
  'therefore', 'these', 'they', 'third', 'thirdly', 'this', 'those', 'though', 'thus', 'to', 'today', 'unlike',
  'we', 'what', 'when', 'whether', 'while', 'why', 'with', 'yet',
]);
