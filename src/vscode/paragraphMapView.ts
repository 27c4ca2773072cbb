import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../core/analysis';
import type { ParagraphMapEntry } from '../outline';
import { paragraphMapOf, type IrService } from '../service';
import type { DocumentSync } from './documentSync';
import { FollowedDocument } from './followedDocument';

type MapNode = { readonly entry: ParagraphMapEntry; readonly children: MapNode[] };

/** A plain snapshot of the view for tests: sections with their paragraphs' labels. */
export interface ParagraphMapSnapshot {
  readonly document?: string;
  readonly entries: readonly { kind: ParagraphMapEntry['kind']; label: string; depth: number }[];
}

/**
 * The Paragraph Map view: one row per paragraph of the active paper (its main sentence), under its
 * sections, beside the selective Argument view. A row selects its main sentence. The map is made only
 * while the view is visible.
 */
export class ParagraphMapView implements vscode.TreeDataProvider<MapNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<MapNode | undefined>();
  private readonly followed: FollowedDocument;
  private readonly treeView: vscode.TreeView<MapNode>;
  private document: vscode.TextDocument | undefined;
  private analysis: DocumentAnalysis | undefined;
  private roots: MapNode[] | undefined;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(service: IrService, sync: DocumentSync) {
    this.followed = new FollowedDocument(service, sync, (document, analysis) => {
      this.document = document;
      this.analysis = analysis;
      this.roots = undefined;
      this.changed.fire(undefined);
    });
    this.treeView = vscode.window.createTreeView('irLens.paragraphs', { treeDataProvider: this, showCollapseAll: true });
  }

  async snapshot(): Promise<ParagraphMapSnapshot> {
    await this.followed.refresh();
    const entries: ParagraphMapSnapshot['entries'][number][] = [];
    const walk = (nodes: readonly MapNode[], depth: number): void => {
      for (const node of nodes) {
        entries.push({ kind: node.entry.kind, label: node.entry.label, depth });
        walk(node.children, depth + 1);
      }
    };
    walk(this.build(), 0);
    return { document: this.document?.uri.toString(), entries };
  }

  getTreeItem(node: MapNode): vscode.TreeItem {
    const { entry } = node;
    const item = new vscode.TreeItem(entry.label || '(empty)', node.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${entry.kind}:${entry.start}`;
    if (entry.kind === 'section') {
      item.iconPath = new vscode.ThemeIcon('symbol-namespace');
    } else {
      item.iconPath = new vscode.ThemeIcon('symbol-text');
      item.description = entry.sentences === 1 ? '1 sentence' : `${entry.sentences} sentences`;
      item.tooltip = 'The main sentence of this paragraph: the one that takes the clearest position, else its first.';
    }
    const document = this.document;
    if (document) {
      const target = entry.kind === 'paragraph' ? entry.main : entry;
      item.command = { command: 'irLens.revealRange', title: 'Select', arguments: [document.uri, target.start, target.end] };
    }
    return item;
  }

  getChildren(node?: MapNode): MapNode[] {
    return node ? node.children : this.build();
  }

  private build(): MapNode[] {
    if (this.roots) return this.roots;
    if (!this.analysis || !this.treeView) return [];
    const roots: MapNode[] = [];
    const open: { depth: number; node: MapNode }[] = [];
    for (const entry of paragraphMapOf(this.analysis)) {
      const node: MapNode = { entry, children: [] };
      if (entry.kind === 'section') {
        while (open.length > 0 && open[open.length - 1].depth >= entry.depth) open.pop();
        (open.length > 0 ? open[open.length - 1].node.children : roots).push(node);
        open.push({ depth: entry.depth, node });
      } else {
        (open.length > 0 ? open[open.length - 1].node.children : roots).push(node);
      }
    }
    this.roots = roots;
    return roots;
  }

  dispose(): void {
    this.followed.dispose();
    this.treeView.dispose();
    this.changed.dispose();
  }
}
