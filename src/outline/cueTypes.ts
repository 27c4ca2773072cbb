import type { SentenceRole } from './types';

/** The shapes the cue readers share (see cues.ts). */
export type CueFamily = Exclude<SentenceRole, 'reason'>;

export interface CueHit {
  readonly role: CueFamily;
  /** The words that triggered it, as written ("Some Chinese scholars argued", "For instance"). */
  readonly cue: string;
  readonly strength: number;
  /** Found at the sentence's opening (after connectors like "However,"). */
  readonly opener: boolean;
}

/** "Secondly," "(2)", "Finally,": a sentence that opens as an item of an enumeration. */
export interface OrdinalCue {
  readonly cue: string;
  /** 1-based position; `last` for "Finally"/"Lastly". */
  readonly n: number | 'last';
}

/** "there are four reasons", "as follows": the sentence announces an enumeration. */
export interface AnnouncementCue {
  readonly cue: string;
  readonly count?: number;
}

/** Who holds an attributed position and what it is, for a counter-claim's label. */
export interface Attribution {
  readonly holder: string;
  /** Offset in the clean text where the attributed content starts. */
  readonly contentStart: number;
}

export interface SentenceCues {
  readonly hits: readonly CueHit[];
  readonly ordinal?: OrdinalCue;
  readonly announcement?: AnnouncementCue;
  readonly attribution?: Attribution;
  readonly endsWithColon: boolean;
  /** The sentence ends with a question mark. */
  readonly question: boolean;
}

export interface CueContext {
  /** The sentence has footnote markers. */
  readonly hasNotes: boolean;
  /** The sentence lies in a section headed "Conclusion" or the like. */
  readonly inConclusion: boolean;
}

/** How a cue reader reports what it found. */
export type HitSink = (role: CueFamily, cue: string, strength: number, opener: boolean) => void;
