import type { KbEntry, Role, Work } from '../kb';
import { escapeMarkdown as esc } from '../text';
import { formatIsoDate, formatPeriod } from './dates';
import { NAMED_RULE_TEXT, type DocumentEntityInfo, type MentionReason, type RecognisedEntry } from './recognition';

/** The only commands a hover may link to; the VS Code adapter trusts exactly these. */
export const HOVER_COMMANDS = ['irLens.openEntry', 'irLens.findMentions', 'irLens.revealRange', 'irLens.addToKnowledgeBase'] as const;

export interface HoverCardContext {
  /** Resolves ids of related entries, members, parties... to their entries. */
  readonly lookup: (id: string) => KbEntry | undefined;
  /** How often the entity is mentioned in the current document. */
  readonly mentionCount: number;
  /** Other entries that share the alias under the cursor. */
  readonly alternatives?: readonly string[];
  /** Command links (VS Code); false for clients that cannot run IR Lens's commands (other editors). */
  readonly links?: boolean;
  /** Why the mention under the cursor was read this way, when that needed context. */
  readonly reason?: MentionReason;
  /** The document: its URI (for links into it) and the 1-based line of an offset. */
  readonly document?: { readonly uri: string; readonly lineOf: (offset: number) => number };
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { ru: 'Russian', zh: 'Chinese', fr: 'French', de: 'German', es: 'Spanish', ar: 'Arabic', ja: 'Japanese', uk: 'Ukrainian' };

export function commandLink(label: string, command: (typeof HOVER_COMMANDS)[number], args: readonly unknown[]): string {
  return `[${esc(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}

/** A command link where the client can run commands, the plain label elsewhere. */
function linkOrLabel(context: HoverCardContext, label: string, command: (typeof HOVER_COMMANDS)[number], args: readonly unknown[]): string {
  return context.links === false ? esc(label) : commandLink(label, command, args);
}

/**
 * The hover card of one entity as Markdown. Every piece of KB text is escaped; links only ever point
 * at this extension's own commands (`HOVER_COMMANDS`).
 */
export function renderHoverCard(entry: RecognisedEntry, context: HoverCardContext): string {
  if (entry.document) return renderDocumentEntityCard(entry, entry.document, context);
  const parts: string[] = [];
  parts.push(`**${esc(entry.name)}** \u00a0 \`${entry.type} · ${entry.subtype}\``);
  if (entry.summary) parts.push(esc(entry.summary));
  const facts = factLines(entry, context.lookup);
  if (facts.length > 0) parts.push(facts.map((f) => `- ${f}`).join('\n'));
  const names = otherLanguageNames(entry);
  if (names) parts.push(`*Other names:* ${names}`);
  if (entry.context) parts.push(`*In the China–Russia alliance debate:* ${esc(entry.context)}`);
  const why = context.reason && reasonText(context.reason, context);
  if (why) parts.push(`*Why here:* ${why}`);
  const related = entry.related.map((id) => context.lookup(id)).filter((e): e is KbEntry => e !== undefined);
  if (related.length > 0) parts.push(`*Related:* ${related.map((r) => linkOrLabel(context, r.name, 'irLens.openEntry', [r.id])).join(' · ')}`);
  if (context.alternatives && context.alternatives.length > 0) {
    const alternatives = context.alternatives.map((id) => context.lookup(id)).filter((e): e is KbEntry => e !== undefined);
    parts.push(`*This name may also mean:* ${alternatives.map((a) => linkOrLabel(context, a.name, 'irLens.openEntry', [a.id])).join(' · ')}`);
  }
  const count = mentionCountText(context.mentionCount);
  parts.push(context.links === false ? count : `${count} · ${commandLink('Go to definition', 'irLens.openEntry', [entry.id])} · ${commandLink('Find all mentions', 'irLens.findMentions', [entry.id])}`);
  return parts.join('\n\n');
}

function mentionCountText(count: number): string {
  return count === 1 ? 'Mentioned once in this document' : `Mentioned ${count} times in this document`;
}

/**
 * The card of an entity the paper names itself: what IR Lens took it for and why, where the paper
 * introduces it, and a link that starts an entry for it in the workspace knowledge base.
 */
function renderDocumentEntityCard(entry: RecognisedEntry, info: DocumentEntityInfo, context: HoverCardContext): string {
  const parts: string[] = [];
  parts.push(`**${esc(entry.name)}** \u00a0 \`${entry.type} · ${entry.subtype}\``);
  parts.push(`Named in this document; not in the knowledge base. Taken for a${/^[aeiou]/.test(entry.type) ? 'n' : ''} ${entry.type === 'theory' ? 'theory term or doctrine' : entry.type} as ${esc(NAMED_RULE_TEXT[info.rule])}.`);
  const facts: string[] = [];
  if (info.acronym) facts.push(`**Acronym:** ${esc(info.acronym)}`);
  if (context.document) facts.push(`**Introduced:** line ${context.document.lineOf(info.introduced.start)}`);
  if (facts.length > 0) parts.push(facts.map((f) => `- ${f}`).join('\n'));
  const why = context.reason && reasonText(context.reason, context);
  if (why) parts.push(`*Why here:* ${why}`);
  const count = mentionCountText(context.mentionCount);
  if (context.links === false || !context.document) {
    parts.push(count);
  } else {
    const { uri } = context.document;
    const prefill = { type: entry.type, subtype: entry.subtype, name: entry.name, ...(info.acronym ? { aliases: [info.acronym] } : {}) };
    parts.push(
      [
        count,
        commandLink('Go to introduction', 'irLens.revealRange', [uri, info.introduced.start, info.introduced.end]),
        commandLink('Find all mentions', 'irLens.findMentions', [entry.id]),
        commandLink('Add to Knowledge Base', 'irLens.addToKnowledgeBase', [prefill]),
      ].join(' · '),
    );
  }
  return parts.join('\n\n');
}

/** One line on why a mention that needed context was read as this entity. */
function reasonText(reason: MentionReason, context: HoverCardContext): string | undefined {
  const line = (offset: number): string => (context.document ? ` on line ${context.document.lineOf(offset)}` : '');
  switch (reason.kind) {
    case 'introduced':
      return `a bare surname, read as the person the paper names in full${line(reason.at)}.`;
    case 'citation':
      return 'a surname in a citation.';
    case 'context':
      return `an everyday word, read in its IR sense because ${esc(reason.by)} is mentioned nearby${line(reason.at)}.`;
    case 'expansion':
      return `the paper spells out this acronym${line(reason.at)}.`;
    case 'cue':
      return `a shared name; "${esc(reason.word)}" nearby${line(reason.at)} points to this meaning.`;
    case 'dated':
      return `the paragraph speaks of ${reason.year}: the name means the state of that time, not today's.`;
    case 'instance': {
      const details = [reason.place && `in ${esc(reason.place)}`, reason.year && String(reason.year)].filter(Boolean).join(', ');
      return `one meeting or exercise of this series${details ? ` (${details})` : ''}.`;
    }
  }
}

function factLines(entry: KbEntry, lookup: (id: string) => KbEntry | undefined): string[] {
  const lines: string[] = [];
  const fact = (label: string, value: string | undefined): void => {
    if (value) lines.push(`**${label}:** ${value}`);
  };
  const date = (iso: string | undefined): string | undefined => (iso ? esc(formatIsoDate(iso)) : undefined);
  const names = (ids: readonly string[] | undefined): string | undefined =>
    ids && ids.length > 0 ? ids.map((id) => esc(lookup(id)?.name ?? id)).join(', ') : undefined;
  switch (entry.subtype) {
    case 'state':
      fact('Official name', entry.officialName !== entry.name && entry.officialName ? esc(entry.officialName) : undefined);
      fact('Capital', entry.capital && esc(entry.capital));
      fact('ISO code', [entry.iso2, entry.iso3].filter(Boolean).map((c) => esc(c!)).join(' / ') || undefined);
      fact('UN member since', date(entry.unMemberSince));
      if (entry.unStatus === 'observer') fact('UN status', 'non-member observer state');
      if (entry.unStatus === 'non-member') fact('UN status', 'not a UN member');
      break;
    case 'organization':
      fact('Founded', date(entry.founded));
      fact('Dissolved', date(entry.dissolved));
      fact('Headquarters', entry.headquarters && esc(entry.headquarters));
      fact('Members', names(entry.members));
      break;
    case 'person':
      fact('Life', lifeDates(entry.born, entry.died));
      fact('Nationality', names(entry.nationality ? [entry.nationality] : undefined));
      fact('Roles', entry.roles?.map((r) => roleText(r, lookup)).join('; '));
      fact('Key works', entry.works?.map(workText).join('; '));
      break;
    case 'body':
      fact('Founded', date(entry.founded));
      fact('Part of', names(entry.parent ? [entry.parent] : undefined));
      break;
    case 'media':
      fact('Founded', date(entry.founded));
      fact('Based in', names(entry.country ? [entry.country] : undefined) ?? (entry.headquarters && esc(entry.headquarters)));
      break;
    case 'treaty':
    case 'agreement':
    case 'statement':
    case 'document':
      if (entry.type !== 'treaty') break;
      fact('Signed', [date(entry.signed), entry.signedAt && `in ${esc(entry.signedAt)}`].filter(Boolean).join(' ') || undefined);
      fact('Parties', names(entry.parties));
      fact('In force', date(entry.inForce));
      fact('Status', entry.status);
      break;
    case 'theory':
    case 'concept':
    case 'doctrine':
      if (entry.type !== 'theory') break;
      fact('Tradition', entry.tradition && esc(entry.tradition));
      fact('Originators', names(entry.originators));
      fact('Key work', entry.keyWork && workText(entry.keyWork));
      break;
    case 'event':
      fact('When', entry.start || entry.end ? esc(eventPeriod(entry.start, entry.end)) : undefined);
      fact('Where', entry.place && esc(entry.place));
      fact('Participants', names(entry.participants));
      break;
  }
  return lines;
}

function lifeDates(born?: string, died?: string): string | undefined {
  if (!born && !died) return undefined;
  return esc(`${born ? formatIsoDate(born) : '?'} – ${died ? formatIsoDate(died) : ''}`.trim());
}

function eventPeriod(start?: string, end?: string): string {
  if (start && end && start !== end) return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
  return formatIsoDate((start ?? end)!);
}

function roleText(role: Role, lookup: (id: string) => KbEntry | undefined): string {
  const of = role.of ? ` (${lookup(role.of)?.name ?? role.of})` : '';
  const period = formatPeriod(role.from, role.to);
  return esc(`${role.title}${of}${period ? `, ${period}` : ''}`);
}

function workText(work: Work & { readonly author?: string }): string {
  const details = [work.author, work.year].filter((d) => d !== undefined && d !== '').join(', ');
  return details ? `*${esc(work.title)}* (${esc(details)})` : `*${esc(work.title)}*`;
}

function otherLanguageNames(entry: KbEntry): string | undefined {
  const named = entry.aliases.filter((a) => a.lang && a.lang !== 'en');
  if (named.length === 0) return undefined;
  return named.map((a) => `${esc(a.text)} (${esc(LANGUAGE_NAMES[a.lang!] ?? a.lang!)})`).join(' · ');
}
