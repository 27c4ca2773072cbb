import { ENTITY_TYPES, type EntityType, type KbEntry } from '../kb';
import * as vscode from 'vscode';
import type { DocumentAnalysis, Mention } from '../core/analysis';
import type { AnalysisService } from './analysisService';
import { groupByEntity } from '../core/mentionQueries';
import { FollowedDocument } from './followedDocument';
import { toRange } from './positions';

type EntitiesNode =
  | { readonly kind: 'type'; readonly type: EntityType; readonly entities: readonly EntityGroup[] }
  | { readonly kind: 'entity'; readonly group: EntityGroup }
  | { readonly kind: 'mention'; readonly mention: Mention; readonly group: EntityGroup };

interface EntityGroup {
  readonly entry: KbEntry;
  readonly mentions: readonly Mention[];
}

const TYPE_LABELS: Readonly<Record<EntityType, string>> = { actor: 'Actors', treaty: 'Treaties and documents', theory: 'Theory terms', event: 'Events' };
const TYPE_ICONS: Readonly<Record<EntityType, string>> = { actor: 'person', treaty: 'law', theory: 'lightbulb', event: 'calendar' };

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A plain snapshot of the view for tests and "copy" commands: type -> entity -> mention count. */
export interface EntitiesSnapshot {
  readonly document?: string;
  readonly types: readonly { type: EntityType; count: number; entities: readonly { id: string; name: string; count: number }[] }[];
}

/** The Entities view: the active document's entities grouped by type, with their mentions. */
export class EntitiesView implements vscode.TreeDataProvider<EntitiesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntitiesNode | undefined>();
  private readonly followed: FollowedDocument;
  private document: vscode.TextDocument | undefined;
  private roots: EntitiesNode[] = [];
  readonly onDidChangeTreeData = this.changed.event;

  constructor(analysis: AnalysisService) {
    this.followed = new FollowedDocument(analysis, (document, result) => this.rebuild(document, result));
  }

  async snapshot(): Promise<EntitiesSnapshot> {
    await this.followed.refresh();
    return {
      document: this.document?.uri.toString(),
      types: this.roots.flatMap((node) =>
        node.kind === 'type'
          ? [{
              type: node.type,
              count: node.entities.reduce((n, g) => n + g.mentions.length, 0),
              entities: node.entities.map((g) => ({ id: g.entry.id, name: g.entry.name, count: g.mentions.length })),
            }]
          : [],
      ),
    };
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    switch (node.kind) {
      case 'type': {
        const count = node.entities.reduce((n, g) => n + g.mentions.length, 0);
        const item = new vscode.TreeItem(TYPE_LABELS[node.type], vscode.TreeItemCollapsibleState.Expanded);
        item.description = `${plural(node.entities.length, 'entity', 'entities')} · ${plural(count, 'mention', 'mentions')}`;
        item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[node.type]);
        item.id = `type:${node.type}`;
        return item;
      }
      case 'entity': {
        const { entry, mentions } = node.group;
        const item = new vscode.TreeItem(entry.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${mentions.length}× · ${entry.subtype}`;
        item.tooltip = entry.summary ?? entry.name;
        item.id = `entity:${entry.id}`;
        item.contextValue = 'irLens.entity';
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
    if (node.kind === 'type') return node.entities.map((group) => ({ kind: 'entity', group }));
    if (node.kind === 'entity') return node.group.mentions.map((mention) => ({ kind: 'mention', mention, group: node.group }));
    return [];
  }

  private rebuild(document: vscode.TextDocument | undefined, analysis: DocumentAnalysis | undefined): void {
    this.document = document;
    const groups = [...groupByEntity(analysis?.mentions ?? []).values()].map((mentions) => ({ entry: mentions[0].entry, mentions }));
    this.roots = ENTITY_TYPES.flatMap((type) => {
      const entities = groups
        .filter((g) => g.entry.type === type)
        .sort((a, b) => b.mentions.length - a.mentions.length || a.entry.name.localeCompare(b.entry.name));
      return entities.length > 0 ? [{ kind: 'type' as const, type, entities }] : [];
    });
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.followed.dispose();
    this.changed.dispose();
  }
}
