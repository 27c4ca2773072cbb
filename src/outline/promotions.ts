import type { SentenceItem } from './documentItems';
import type { Candidate } from './flatUnits';

/**
 * Units the paragraph budget cannot see, added from their neighbours: the claim an example
 * illustrates, and the author's reply to an objection.
 */

const EXAMPLE_CUE = /^(?:for\s+(?:instance|example)|e\.\s?g\.|to\s+illustrate)/i;

/**
 * "For instance, ..." illustrates the sentence before it: where that sentence has a claim cue, even
 * one too weak to count alone, it becomes the claim the example supports.
 */
export function promoteIllustratedClaims(sentences: readonly SentenceItem[], kept: Map<SentenceItem, Candidate>): void {
  for (let i = 1; i < sentences.length; i++) {
    const example = kept.get(sentences[i]);
    if (!example || example.choice.role !== 'evidence' || !EXAMPLE_CUE.test(example.choice.cue)) continue;
    const before = sentences[i - 1];
    if (before.paragraph !== sentences[i].paragraph || kept.has(before)) continue;
    const hit = before.cues.hits.find((h) => h.role === 'claim' || h.role === 'conclusion');
    if (hit) kept.set(before, { item: before, choice: { role: 'claim', cue: hit.cue, score: hit.strength, hit }, forced: false });
  }
}

/** The author's answer to an objection: "But ...", "That is fair, but ...", "Admittedly ...". */
const REPLY =
  /^(?:but|yet|however|nevertheless|nonetheless|still|even\s+so|obviously|clearly|of\s+course|certainly|admittedly|granted|to\s+be\s+sure|it\s+must\s+be\s+admitted|it\s+is\s+true\s+that|that\s+is\s+(?:fair|true)|this\s+(?:is|may\s+be)\s+(?:true|fair|a\s+serious)|(?:this|that|such\s+a)\s+(?:view|argument|objection|reading|claim|critique|criticism|position)\b|the\s+(?:objection|argument|critique|criticism)\s+(?:loses|fails|ignores|overlooks|misses|rests))/i;

/**
 * The sentence after a counter-claim that answers it becomes a claim (the reply): the next sentence
 * of its paragraph, or the opening of the next paragraph where the objection ends its own.
 */
export function promoteReplies(sentences: readonly SentenceItem[], kept: Map<SentenceItem, Candidate>): void {
  for (let i = 0; i + 1 < sentences.length; i++) {
    const objection = kept.get(sentences[i]);
    if (!objection || objection.choice.role !== 'counterclaim') continue;
    const { paragraph, section } = sentences[i];
    let opener = i + 1;
    while (opener < sentences.length && sentences[opener].paragraph === paragraph) opener++;
    const candidates = [
      ...(sentences[i + 1].paragraph === paragraph ? [sentences[i + 1]] : []),
      // Where the objection fills the rest of its paragraph, the next paragraph may open with the reply.
      ...(opener < sentences.length && sentences[opener].paragraph === paragraph + 1 && sentences[opener].section === section ? [sentences[opener]] : []),
    ];
    for (const after of candidates) {
      const existing = kept.get(after);
      if (existing && existing.choice.role !== 'evidence') continue;
      const reply = REPLY.exec(after.clean);
      if (!reply) continue;
      kept.set(after, { item: after, choice: { role: 'claim', cue: reply[0], score: 2 }, forced: true, replyTo: sentences[i] });
      break;
    }
  }
}
