import { escapeMarkdown } from '../text';
import * as vscode from 'vscode';
import { buildParentMap, findUnitAt, OUTLINE_ROLES, outlineToMarkdown, ROLE_TITLES, supportSummary, type OutlineRole, type OutlineUnit } from '../outline';
import { outlineOf, type IrService } from '../service';
import type { DocumentSync } from './documentSync';
import type { DocumentAnalysis } from '../core/analysis';
import { FollowedDocument } from './followedDocument';
import { toRange } from './positions';

const ROLE_ICONS: Readonly<Record<OutlineRole, string>> = {
  section: 'symbol-namespace',
  thesis: 'target',
  claim: 'comment',
  reason: 'arrow-small-right',
  counterclaim: 'arrow-swap',
  evidence: 'book',
  conclusion: 'pass',
};

const FILTER_KEY = 'irLens.argument.roles';
const FOLLOW_DELAY_MS = 150;

/** A plain copy of the view's tree, for tests and scripting. */
export interface ArgumentSnapshot {
  readonly document?: string;
  readonly units: readonly { role: OutlineRole; label: string; start: number; end: number; children: ArgumentSnapshot['units'] }[];
}

/**
 * The Argument view: the active paper's thesis, claims, reasons, counter-claims, evidence and
 * conclusions as a tree. Clicking a unit selects its sentence; the view follows the cursor
 * (TreeView.reveal with getParent), refreshes after edits and editor switches, and can be
 * filtered by role.
 */
export class ArgumentView implements vscode.TreeDataProvider<OutlineUnit>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<OutlineUnit | undefined>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly followed: FollowedDocument;
  /** An analysis arrived while the view was hidden; the outline is worked out when it is shown. */
  private stale = false;
  /** Commands (snapshot, copy) need the outline even while the view is hidden. */
  private forceOutline = false;
  private document: vscode.TextDocument | undefined;
  private units: readonly OutlineUnit[] = [];
  private visibleUnits: readonly OutlineUnit[] = [];
  private parents = new Map<OutlineUnit, OutlineUnit | undefined>();
  private followTimer: ReturnType<typeof setTimeout> | undefined;
  private roles: ReadonlySet<OutlineRole>;
  readonly treeView: vscode.TreeView<OutlineUnit>;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(
    service: IrService,
    sync: DocumentSync,
    private readonly state: vscode.Memento,
  ) {
    const stored = state.get<string[]>(FILTER_KEY);
    this.roles = new Set((stored ?? OUTLINE_ROLES).filter((r): r is OutlineRole => (OUTLINE_ROLES as readonly string[]).includes(r)));
    this.treeView = vscode.window.createTreeView('irLens.argument', { treeDataProvider: this, showCollapseAll: true });
    this.followed = new FollowedDocument(service, sync, (document, result) => this.rebuild(document, result));
    this.disposables.push(
      this.treeView,
      this.followed,
      this.treeView.onDidChangeVisibility((e) => {
        if (e.visible && this.stale) void this.followed.refresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.scheduleReveal(e.textEditor);
      }),
    );
    this.updateDescription();
  }

  getTreeItem(unit: OutlineUnit): vscode.TreeItem {
    const visibleChildren = this.childrenOf(unit);
    const item = new vscode.TreeItem(unit.label, visibleChildren.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `${unit.role}:${unit.start}`;
    // A claim's support at a glance: "Claim · 2 reasons, 1 citation".
    const support = unit.support && unit.role !== 'reason' ? supportSummary(unit.support) : undefined;
    item.description = support ? `${ROLE_TITLES[unit.role]} · ${support}` : ROLE_TITLES[unit.role];
    item.iconPath = new vscode.ThemeIcon(ROLE_ICONS[unit.role]);
    const document = this.document;
    if (document) {
      const sentence = document.getText(toRange(document, unit)).replace(/\s+/g, ' ').trim();
      const tooltip = new vscode.MarkdownString(`**${escapeMarkdown(ROLE_TITLES[unit.role])}**: ${escapeMarkdown(unit.why)}\n\n${escapeMarkdown(sentence)}`);
      if (unit.support) tooltip.appendMarkdown(`\n\n*Support:* ${escapeMarkdown(supportSummary(unit.support))}`);
      if (unit.entities.length > 0) tooltip.appendMarkdown(`\n\n*Entities:* ${unit.entities.map((id) => escapeMarkdown(id)).join(', ')}`);
      item.tooltip = tooltip;
      item.command = { command: 'irLens.revealRange', title: 'Select sentence', arguments: [document.uri, unit.start, unit.end] };
    }
    item.contextValue = `irLens.unit.${unit.role}`;
    return item;
  }

  getChildren(unit?: OutlineUnit): OutlineUnit[] {
    return unit ? this.childrenOf(unit) : [...this.visibleUnits];
  }

  getParent(unit: OutlineUnit): OutlineUnit | undefined {
    let parent = this.parents.get(unit);
    // A parent hidden by the role filter is skipped: reveal needs a visible chain.
    while (parent && !this.isVisible(parent)) parent = this.parents.get(parent);
    return parent;
  }

  async snapshot(): Promise<ArgumentSnapshot> {
    await this.withOutline();
    const copy = (units: readonly OutlineUnit[]): ArgumentSnapshot['units'] =>
      units.map((u) => ({ role: u.role, label: u.label, start: u.start, end: u.end, children: copy(this.childrenOf(u)) }));
    return { document: this.document?.uri.toString(), units: copy(this.visibleUnits) };
  }

  /** "Copy outline as Markdown": the whole outline (filter ignored) as a nested list. */
  async copyAsMarkdown(): Promise<string> {
    await this.withOutline();
    const markdown = outlineToMarkdown(this.units);
    await vscode.env.clipboard.writeText(markdown);
    return markdown;
  }

  private async withOutline(): Promise<void> {
    this.forceOutline = true;
    try {
      await this.followed.refresh();
    } finally {
      this.forceOutline = false;
    }
  }

  /** Role filter: a quick pick, or the given roles (tests). */
  async chooseRoles(roles?: readonly OutlineRole[]): Promise<void> {
    let chosen = roles;
    if (!chosen) {
      const picked = await vscode.window.showQuickPick(
        OUTLINE_ROLES.map((role) => ({ label: ROLE_TITLES[role], role, picked: this.roles.has(role) })),
        { canPickMany: true, title: 'Show these parts of the argument' },
      );
      if (!picked) return;
      chosen = picked.map((p) => p.role);
    }
    this.roles = new Set(chosen);
    await this.state.update(FILTER_KEY, [...this.roles]);
    this.updateDescription();
    this.applyFilter();
  }

  private isVisible(unit: OutlineUnit): boolean {
    return this.roles.has(unit.role) || unit.children.some((c) => this.isVisible(c));
  }

  private childrenOf(unit: OutlineUnit): OutlineUnit[] {
    return unit.children.filter((c) => this.isVisible(c));
  }

  private applyFilter(): void {
    this.visibleUnits = this.units.filter((u) => this.isVisible(u));
    this.changed.fire(undefined);
  }

  private updateDescription(): void {
    this.treeView.description = this.roles.size === OUTLINE_ROLES.length ? undefined : `${this.roles.size} of ${OUTLINE_ROLES.length} roles`;
  }

  private rebuild(document: vscode.TextDocument | undefined, analysis: DocumentAnalysis | undefined): void {
    this.document = document;
    // The outline costs a few hundred milliseconds on a long paper: only work it out while someone looks.
    if (!this.treeView.visible && !this.forceOutline) {
      this.stale = true;
      return;
    }
    this.stale = false;
    this.units = analysis ? outlineOf(analysis) : [];
    this.parents = buildParentMap(this.units);
    this.treeView.message = analysis && this.units.length === 0 ? 'No argument found yet: write a thesis ("I argue that ...") or headings.' : undefined;
    this.applyFilter();
  }

  private scheduleReveal(editor: vscode.TextEditor): void {
    if (!this.treeView.visible) return;
    clearTimeout(this.followTimer);
    this.followTimer = setTimeout(() => {
      const unit = findUnitAt(this.units, editor.document.offsetAt(editor.selection.active), 'containing');
      if (unit && this.isVisible(unit)) void this.treeView.reveal(unit, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
    }, FOLLOW_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.followTimer);
    for (const d of this.disposables) d.dispose();
  }
}
