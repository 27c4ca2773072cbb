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
  | { readonly kind: 'entity'; readonly group: EntityGroup }
  | { readonly kind: 'mention'; readonly mention: Span; readonly group: EntityGroup };

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
    this.roots = analysis ? entitiesOf(analysis).map(({ type, entities }) => ({ kind: 'type' as const, type, entities })) : [];
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.followed.dispose();
    this.changed.dispose();
  }
}
