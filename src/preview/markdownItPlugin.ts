/**
 * A markdown-it plugin that marks recognised mentions in the rendered Markdown preview:
 *
 *   "the SCO met" -> `the <span class="ir-lens-mention ir-lens-actor" data-ir-lens-id="sco"
 *                     title="Shanghai Cooperation Organisation — A regional organisation…">SCO</span> met`
 *
 * Pure: it uses only the `md` instance it is given (VS Code passes its own to `extendMarkdownIt`) and
 * never imports `vscode`. Only prose is marked: code, inline code, HTML, math and the text of links
 * (Markdown, autolinked and raw `<a>` links) stay as markdown-it renders them. KB text goes into
 * attribute values only, always HTML-escaped. With the plugin disabled, or before the knowledge base
 * is loaded, the output is exactly markdown-it's.
 */
import type { Span } from '../text';
import type { KnowledgeBase } from '../kb';
import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { DEFAULT_ANALYSIS_OPTIONS, recogniseInProse, type AnalysisOptions, type Mention } from '../core/analysis';
import { createDocument } from '../core/document';
import type { RecognisedEntry } from '../core/recognition';

export interface IrLensPreviewOptions {
  /** The knowledge base, or undefined while it is still loading (the preview is then left alone). */
  getKnowledge(): KnowledgeBase | undefined;
  /** Read on every render, so a settings change applies at the next preview refresh. */
  isEnabled(): boolean;
  /** How to read the prose (the editor's settings); read on every render. */
  analysisOptions?(): AnalysisOptions;
}

/** Between two blocks in the text recognition reads: a paragraph break, so no name runs across. */
const BLOCK_BREAK = '\n\n';

const OPEN = 'ir_lens_mention_open';
const CLOSE = 'ir_lens_mention_close';
/** Stands for a token that is not prose (inline code, an image, HTML, math): not a word, not a space. */
const OPAQUE = '\uFFFC';
/** A bare URL in text: a scheme and "://", or "www.", up to the next space. */
const URL_LIKE = /(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.)[^\s<>]*/gi;
/** Longest summary shown in the tooltip before it is cut at a word boundary. */
const MAX_SUMMARY = 200;

export function irLensMarkdownItPlugin(md: MarkdownIt, options: IrLensPreviewOptions): void {
  md.core.ruler.push('ir_lens_mentions', (state: StateCore) => {
    if (!options.isEnabled()) return;
    const kb = options.getKnowledge();
    if (!kb) return;
    // All inline blocks are read as one text, so the rules in context see the whole paper: a surname
    // after the full name, an acronym the paper spelt out, an everyday word beside other IR names.
    const blocks: { token: Token; layout: ReturnType<typeof layOut>; offset: number }[] = [];
    let text = '';
    const prose: Span[] = [];
    for (const token of state.tokens) {
      if (token.type !== 'inline' || !token.children || token.children.length === 0) continue;
      const layout = layOut(token.children);
      if (layout.prose.length === 0) continue;
      if (text) text += BLOCK_BREAK;
      const offset = text.length;
      text += layout.text;
      for (const span of layout.prose) prose.push({ start: span.start + offset, end: span.end + offset });
      blocks.push({ token, layout, offset });
    }
    if (blocks.length === 0) return;
    const { mentions } = recogniseInProse(createDocument('preview', text, 'plaintext'), prose, kb, options.analysisOptions?.() ?? DEFAULT_ANALYSIS_OPTIONS);
    let next = 0;
    for (const { token, layout, offset } of blocks) {
      const end = offset + layout.text.length;
      const own: Mention[] = [];
      while (next < mentions.length && mentions[next].start < end) {
        const m = mentions[next++];
        if (m.start >= offset && m.end <= end) own.push({ ...m, start: m.start - offset, end: m.end - offset });
      }
      if (own.length > 0) token.children = markMentions(layout, own, state);
    }
  });
  md.renderer.rules[OPEN] = (tokens, idx) => {
    const entry = tokens[idx].meta?.entry as RecognisedEntry;
    return mentionOpenTag(entry);
  };
  md.renderer.rules[CLOSE] = () => '</span>';
}

/** The opening tag for one mention; every KB value is escaped. Entities the paper names itself are dashed. */
export function mentionOpenTag(entry: RecognisedEntry): string {
  const summary = entry.document ? 'named in this document; not in the knowledge base' : oneLine(entry.summary ?? '');
  const title = summary ? `${oneLine(entry.name)} — ${summary}` : oneLine(entry.name);
  return (
    `<span class="ir-lens-mention ir-lens-${escapeAttribute(entry.type)}${entry.document ? ' ir-lens-document' : ''}"` +
    ` data-ir-lens-id="${escapeAttribute(entry.id)}" title="${escapeAttribute(title)}">`
  );
}

/** Escapes text for a double- or single-quoted HTML attribute value (and for element content). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function oneLine(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= MAX_SUMMARY) return collapsed;
  const cut = collapsed.lastIndexOf(' ', MAX_SUMMARY);
  return `${collapsed.slice(0, cut > MAX_SUMMARY / 2 ? cut : MAX_SUMMARY)}…`;
}

/** Where each child token sits in the virtual text the matcher reads. */
interface Placed {
  readonly token: Token;
  readonly start: number;
  readonly end: number;
  /** Text or soft break outside links: mentions may lie here. */
  readonly prose: boolean;
}

/**
 * Lays the inline children out as one string: text as it renders, a soft break as "\n" (so a name
 * wrapped across lines still matches), formatting marks as nothing (so "in *Beijing*" keeps its
 * context), anything else as one opaque character. Prose spans are runs of text and soft breaks
 * between two formatting marks, outside links, so every mention can be wrapped without breaking
 * the nesting of the HTML.
 */
function layOut(children: readonly Token[]): { text: string; placed: Placed[]; prose: Span[] } {
  let text = '';
  const placed: Placed[] = [];
  const prose: Span[] = [];
  let linkDepth = 0;
  let runStart = -1;
  const endRun = (at: number): void => {
    if (runStart >= 0 && at > runStart) prose.push({ start: runStart, end: at });
    runStart = -1;
  };
  for (const token of children) {
    const start = text.length;
    let isProse = false;
    const isText = token.type === 'text' || token.type === 'text_special'; // text_special: an escape or entity
    if (isText || token.type === 'softbreak') {
      text += isText ? token.content : '\n';
      isProse = linkDepth === 0;
      if (isProse && runStart < 0) runStart = start;
      if (!isProse) endRun(start);
      if (isProse && isText) {
        // A bare URL that linkify left as text is not prose, as in the editor.
        for (const url of token.content.matchAll(URL_LIKE)) {
          endRun(start + url.index);
          runStart = start + url.index + url[0].length;
        }
      }
    } else {
      endRun(start);
      if (token.type === 'link_open' || isHtmlLinkOpen(token)) linkDepth++;
      else if (token.type === 'link_close' || isHtmlLinkClose(token)) linkDepth = Math.max(0, linkDepth - 1);
      else if (!isFormattingMark(token)) text += OPAQUE;
    }
    placed.push({ token, start, end: text.length, prose: isProse });
  }
  endRun(text.length);
  return { text, placed, prose };
}

/** Emphasis, strong, strikethrough and the like: an empty open or close tag around prose. */
function isFormattingMark(token: Token): boolean {
  return token.nesting !== 0 && token.content === '' && token.type !== 'link_open' && token.type !== 'link_close';
}

function isHtmlLinkOpen(token: Token): boolean {
  return token.type === 'html_inline' && /^<a[>\s]/i.test(token.content);
}

function isHtmlLinkClose(token: Token): boolean {
  return token.type === 'html_inline' && /^<\/a\s*>/i.test(token.content);
}

/** The laid-out children with each mention wrapped in an open and a close token; the input is not changed. */
function markMentions({ placed }: ReturnType<typeof layOut>, mentions: readonly Mention[], state: StateCore): Token[] {
  const out: Token[] = [];
  let next = 0; // index of the first mention not yet closed
  let open = false;
  for (const { token, start, end, prose: isProse } of placed) {
    if (!isProse) {
      out.push(token);
      continue;
    }
    let position = start;
    do {
      let mention: Mention | undefined = mentions[next];
      // Mentions lie inside prose runs, so none starts before this point unopened; skipping one keeps the loop finite.
      while (mention && !open && mention.start < position) mention = mentions[++next];
      if (mention && !open && mention.start === position) {
        out.push(openToken(state, token, mention));
        open = true;
      }
      const cut = !mention ? end : Math.min(end, open ? mention.end : mention.start);
      if (cut > position || start === end) out.push(slice(state, token, position - start, cut - start, end - start));
      position = cut;
      if (mention && open && position === mention.end) {
        out.push(closeToken(state, token));
        open = false;
        next++;
      }
    } while (position < end);
  }
  return out;
}

/** The part [from, to) of a prose token: the token itself when whole, else a new text token. */
function slice(state: StateCore, token: Token, from: number, to: number, length: number): Token {
  if (from === 0 && to === length) return token;
  const piece = new state.Token('text', '', 0);
  piece.content = token.content.slice(from, to);
  piece.level = token.level;
  return piece;
}

function openToken(state: StateCore, near: Token, mention: Mention): Token {
  const token = new state.Token(OPEN, 'span', 1);
  token.level = near.level;
  token.meta = { entry: mention.entry };
  return token;
}

function closeToken(state: StateCore, near: Token): Token {
  const token = new state.Token(CLOSE, 'span', -1);
  token.level = near.level;
  return token;
}
