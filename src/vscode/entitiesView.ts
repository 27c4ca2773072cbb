import type { EntityType } from '../kb';
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/analysis';
import type { Span } from '../text';
import { entitiesOf, type EntityGroup, type IrService } from '../service';
import type { DocumentSync } from './documentSync';
import { FollowedDocument } from './followedDocument';
import { toRange } from './positions';

type EntitiesNode =
  | { readonly kind: 'type'; readonly type: EntityType; readonly entities: readonly EntityGroup[] }
  /** Entities the paper names itself, of every type, under one group. */
  | { readonly kind: 'named'; readonly entities: readonly EntityGroup[] }
  | { readonly kind: 'entity'; readonly group: EntityGroup }
  | { readonly kind: 'mention'; readonly mention: Span; readonly group: EntityGroup };

const TYPE_LABELS: Readonly<Record<EntityType, string>> = { actor: 'Actors', treaty: 'Treaties and documents', theory: 'Theory terms', event: 'Events' };
const TYPE_ICONS: Readonly<Record<EntityType, string>> = { actor: 'person', treaty: 'law', theory: 'lightbulb', event: 'calendar' };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const mentionCount = (groups: readonly EntityGroup[]): number => groups.reduce((n, g) => n + g.mentions.length, 0);

/** A plain snapshot of the view for tests and "copy" commands: type -> entity -> mention count. */
export interface EntitiesSnapshot {
  readonly document?: string;
  readonly types: readonly { type: EntityType; count: number; entities: readonly { id: string; name: string; count: number }[] }[];
  /** The group "Named in this paper". */
  readonly named: readonly { id: string; name: string; type: EntityType; count: number }[];
}

const NAMED_LABEL = 'Named in this paper';

/** The Entities view: the active document's entities grouped by type, with their mentions. */
export class EntitiesView implements vscode.TreeDataProvider<EntitiesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntitiesNode | undefined>();
  private readonly followed: FollowedDocument;
  private document: vscode.TextDocument | undefined;
  private roots: EntitiesNode[] = [];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(service: IrService, sync: DocumentSync) {
    this.followed = new FollowedDocument(service, sync, (document, result) => this.rebuild(document, result));
  }

  async snapshot(): Promise<EntitiesSnapshot> {
    await this.followed.refresh();
    return {
      document: this.document?.uri.toString(),
      types: this.roots.flatMap((node) =>
        node.kind === 'type'
          ? [{
              type: node.type,
              count: mentionCount(node.entities),
              entities: node.entities.map((g) => ({ id: g.entry.id, name: g.entry.name, count: g.mentions.length })),
            }]
          : [],
      ),
      named: this.roots.flatMap((node) => (node.kind === 'named' ? node.entities.map((g) => ({ id: g.entry.id, name: g.entry.name, type: g.entry.type, count: g.mentions.length })) : [])),
    };
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    switch (node.kind) {
      case 'type':
      case 'named': {
        const item = new vscode.TreeItem(node.kind === 'type' ? TYPE_LABELS[node.type] : NAMED_LABEL, vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${plural(node.entities.length, 'entity', 'entities')} · ${plural(mentionCount(node.entities), 'mention', 'mentions')}`;
        item.iconPath = new vscode.ThemeIcon(node.kind === 'type' ? TYPE_ICONS[node.type] : 'note');
        item.id = node.kind === 'type' ? `type:${node.type}` : 'named';
        if (node.kind === 'named') item.tooltip = 'Treaties, events, bodies and people this paper names that the knowledge base does not list.';
        return item;
      }
      case 'entity': {
        const { entry, mentions, source } = node.group;
        const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = source === 'document' ? `${mentions.length}× · ${entry.type} · ${entry.subtype}` : `${mentions.length}× · ${entry.subtype}`;
        item.tooltip = source === 'document' ? `${entry.name}: named in this paper; not in the knowledge base.` : (entry.summary ?? entry.name);
        item.id = `entity:${entry.id}`;
        item.contextValue = source === 'document' ? 'irLens.documentEntity' : 'irLens.entity';
        return item;
      }
      case 'mention': {
        const document = this.document!;
        const range = toRange(document, node.mention);
        const line = document.lineAt(range.start.line).text.trim();
        const item = new vscode.TreeItem(line.length > 80 ? line.slice(0, 79) + '…' : line, vscode.TreeItemCollapsibleState.None);
        item.description = `line ${range.start.line + 1}`;
        item.id = `mention:${node.group.entry.id}:${node.mention.start}`;
        item.command = { command: 'irLens.revealRange', title: 'Reveal', arguments: [document.uri, node.mention.start, node.mention.end] };
        return item;
      }
    }
  }

  getChildren(node?: EntitiesNode): EntitiesNode[] {
    if (!node) return this.roots;
    if (node.kind === 'type' || node.kind === 'named') return node.entities.map((group) => ({ kind: 'entity', group }));
    if (node.kind === 'entity') return node.group.mentions.map((mention) => ({ kind: 'mention', mention, group: node.group }));
    return [];
  }

  private rebuild(document: vscode.TextDocument | undefined, analysis: DocumentAnalysis | undefined): void {
    this.document = document;
    const roots: EntitiesNode[] = [];
    const named: EntityGroup[] = [];
    for (const { type, entities } of analysis ? entitiesOf(analysis) : []) {
      const known = entities.filter((g) => g.source === 'kb');
      named.push(...entities.filter((g) => g.source === 'document'));
      if (known.length > 0) roots.push({ kind: 'type', type, entities: known });
    }
    if (named.length > 0) roots.push({ kind: 'named', entities: named.sort((a, b) => b.mentions.length - a.mentions.length || a.entry.name.localeCompare(b.entry.name)) });
    this.roots = roots;
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.followed.dispose();
    this.changed.dispose();
  }
}
