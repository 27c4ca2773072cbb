/**
 * Discourse connectors stripped before looking for an opening cue ("However, it is clear that"),
 * and a leading tag like "[Abstract]".
 */
const CONNECTOR =
  /^(?:(?:and|but|yet|so|or)\s*,?\s+|(?:however|moreover|furthermore|nevertheless|nonetheless|meanwhile|besides|additionally|in addition|still|then|now|rather|instead|again|also|here|similarly|likewise|at the same time|on the other hand|by contrast|in contrast|in turn|generally speaking|strictly speaking|historically|simultaneously|first and foremost)\s*,\s*)/i;
const TAG = /^\[[^\]]{1,30}\]\s*/;

/** Strips leading connectors; returns how many characters they took. */
export function connectorLength(text: string): number {
  let at = 0;
  const tag = TAG.exec(text);
  if (tag) at = tag[0].length;
  for (let i = 0; i < 3; i++) {
    const match = CONNECTOR.exec(text.slice(at, at + 40));
    if (!match) break;
    at += match[0].length;
  }
  return at;
}
