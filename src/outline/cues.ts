import { connectorLength } from './connectors';
import { findCounterclaim } from './counterclaimCues';
import type { CueContext, CueFamily, CueHit, SentenceCues } from './cueTypes';
import { findAnnouncement, findOrdinal } from './enumerationCues';
import { EVIDENCE_AS_AUTHOR, EVIDENCE_OPENER, findInnerEvidence } from './evidenceCues';

/**
 * The lexical cue families of argumentative prose, read from one sentence's clean text. Every
 * pattern is anchored or built from literal alternatives with bounded repeats, so matching is
 * linear in the sentence; only the first `MAX_CUE_TEXT` characters are read.
 */

export type { AnnouncementCue, Attribution, CueContext, CueFamily, CueHit, OrdinalCue, SentenceCues } from './cueTypes';
export { connectorLength } from './connectors';
export { findAnnouncement, findOrdinal, markerNumber } from './enumerationCues';

export const MAX_CUE_TEXT = 400;

// ---- Thesis --------------------------------------------------------------------------------------

export const THESIS = [
  /\b(?:I|[Ww]e)\s+(?:will\s+|would\s+|shall\s+|also\s+|further\s+|therefore\s+|thus\s+)?(?:(?:want|wish|intend|aim|seek|try|hope|propose|set\s+out)\s+to\s+)?(?:argue|contend|maintain|propose|submit|suggest|show|demonstrate|claim|posit)\b/,
  /\b(?:[Tt]his|[Tt]he\s+present|[Oo]ur|[Mm]y)\s+(?:paper|article|essay|study|chapter|thesis|dissertation|analysis|contribution|book|report|note)\s+(?:argues|contends|maintains|claims|presents|proposes|advances|defends|shows|demonstrates|suggests|holds|posits|develops)\b/,
  /\b(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:main\s+|central\s+|primary\s+|overall\s+)?(?:aim|purpose|goal|objective|argument|thesis|contention|claim)\s+(?:of|in)\s+(?:this|the\s+present)\s+(?:paper|article|essay|study|chapter|thesis)\s+is\b/,
  /\b(?:[Mm]y|[Oo]ur)\s+(?:main\s+|central\s+|core\s+)?(?:argument|thesis|claim|contention)\s+is\b/,
];

// ---- Conclusion ----------------------------------------------------------------------------------

/** Summing up the argument so far: closes an open "Firstly ... Finally" series. */
export const CONCLUSION_CLOSING =
  /^(?:in\s+sum|in\s+summary|to\s+sum\s+up|summing\s+up|to\s+summari[sz]e|in\s+conclusion|to\s+conclude|all\s+in\s+all|in\s+the\s+final\s+analysis|on\s+balance|taken\s+together|overall\s*,|it\s+can\s+(?:thus\s+|therefore\s+|then\s+)?be\s+concluded|we\s+can\s+(?:thus\s+|therefore\s+)?conclude|this\s+leads\s+(?:me|us)\s+to\s+conclude)\b/i;
/** Summing up a paragraph or a reason ("In one word", "In short"). */
export const CONCLUSION_LOCAL = /^(?:in\s+a\s+word|in\s+one\s+word|in\s+short|in\s+brief|to\s+put\s+it\s+(?:briefly|simply))\b/i;
export const CONCLUSION_MEDIUM =
  /^(?:therefore|thus|hence|consequently|accordingly|as\s+a\s+(?:result|consequence)|it\s+follows\s+that|for\s+all\s+(?:these\s+reasons|this|that)|for\s+these\s+reasons)\b/i;
const CONCLUSION_RECAP =
  /^(?:this|the\s+present)\s+(?:paper|article|study|essay|chapter)\s+(?:has\s+)?(?:introduced|introduces|examined|examines|analy[sz]ed|analy[sz]es|shown|shows|demonstrated|demonstrates|argued|argues|explored|explores|discussed|discusses|reviewed|reviews|traced|traces)\b/i;

// ---- Claims --------------------------------------------------------------------------------------

const CLAIM_OPENER_STRONG =
  /^(?:obviously|clearly|evidently|undoubtedly|certainly|surely|in\s+other\s+words|most\s+importantly|above\s+all|crucially|it\s+must\s+be\s+(?:emphasi[sz]ed|stressed|noted|underlined|recogni[sz]ed|acknowledged|borne\s+in\s+mind|taken\s+into\s+account)|let\s+(?:me|us)\s+(?:emphasi[sz]e|stress|note|be\s+clear)|what\s+is\s+(?:most\s+|more\s+|really\s+|particularly\s+)?(?:important|crucial|clear|striking|certain|significant|remarkable|needed|necessary|missing|at\s+stake))\b/i;
const CLAIM_OPENER_WEAK = /^(?:indeed|in\s+fact|of\s+course|importantly|significantly|notably|truly|in\s+reality|actually)\b/i;
const CLAIM_IT_IS =
  /\bit\s+is\s+(?:\w+\s+)?(?:clear|obvious|evident|apparent|undeniable|certain|plain|important|crucial|critical|essential|necessary|vital|imperative|noteworthy|worth\s+noting|beyond\s+doubt|not\s+imperative|difficult\s+to\s+(?:see|deny|imagine))\b/i;
const CLAIM_MODAL = /\b(?:must|should|ought\s+to|cannot|can\s+not|need\s+to|has\s+to|have\s+to)\b/i;
const CLAIM_ADVERB = /\b(?:obviously|clearly|undoubtedly|apparently|evidently|certainly|inevitably|definitely|necessarily|undeniably)\b/i;

/** Every cue in one sentence. `text` is the sentence's clean text (see sentenceText). */
export function findCues(text: string, context: CueContext): SentenceCues {
  const sentence = text.length > MAX_CUE_TEXT ? text.slice(0, MAX_CUE_TEXT) : text;
  const open = connectorLength(sentence);
  const rest = sentence.slice(open);
  const hits: CueHit[] = [];
  const hit = (role: CueFamily, cue: string, strength: number, opener: boolean): void => {
    hits.push({ role, cue: cue.trim(), strength, opener });
  };

  for (const pattern of THESIS) {
    const m = pattern.exec(sentence);
    if (m) {
      hit(context.inConclusion ? 'conclusion' : 'thesis', m[0], 3, m.index <= open);
      break;
    }
  }

  const closing = CONCLUSION_CLOSING.exec(rest);
  if (closing) hit('conclusion', closing[0].replace(/\s*,$/, ''), 3, true);
  const local = CONCLUSION_LOCAL.exec(rest);
  if (local) hit('conclusion', local[0], 2, true);
  // "Thus," in mid-paragraph is a step in reasoning; at a paragraph's end it concludes (see roles.ts).
  const medium = CONCLUSION_MEDIUM.exec(rest);
  if (medium) hit('conclusion', medium[0], 1.25, true);
  if (context.inConclusion) {
    const recap = CONCLUSION_RECAP.exec(rest);
    if (recap) hit('conclusion', recap[0], 2.5, true);
  }

  const attribution = findCounterclaim(sentence, open, hit);

  const example = EVIDENCE_OPENER.exec(rest) ?? EVIDENCE_AS_AUTHOR.exec(rest);
  // "According to them" reports the view just described; "According to the data" cites a source.
  if (example) hit('evidence', example[0], /^according\s+to\s+(?:them|him|her|it)\b/i.test(rest) ? 1.5 : 3, true);
  else findInnerEvidence(sentence, context, hit);

  const claimOpener = CLAIM_OPENER_STRONG.exec(rest);
  if (claimOpener) hit('claim', claimOpener[0], 2, true);
  else {
    const weak = CLAIM_OPENER_WEAK.exec(rest);
    if (weak) hit('claim', weak[0], 0.75, true);
  }
  const itIs = CLAIM_IT_IS.exec(sentence);
  if (itIs) hit('claim', itIs[0], 2, itIs.index <= open);
  else {
    const modal = CLAIM_MODAL.exec(sentence);
    const adverb = claimOpener ? null : CLAIM_ADVERB.exec(sentence);
    if (modal && adverb) hit('claim', `${adverb[0]} … ${modal[0]}`, 1.5, false);
    else if (modal) hit('claim', modal[0], 1, false);
    else if (adverb) hit('claim', adverb[0], 1, false);
  }

  const ordinal = findOrdinal(rest) ?? findOrdinal(sentence);
  const announcement = findAnnouncement(sentence);
  return {
    hits,
    ...(ordinal ? { ordinal } : {}),
    ...(announcement ? { announcement } : {}),
    ...(attribution ? { attribution } : {}),
    endsWithColon: /:\s*$/.test(text),
    question: /\?[”"’'»)]*\s*$/.test(text),
  };
}
