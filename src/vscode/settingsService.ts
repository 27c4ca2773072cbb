import * as vscode from 'vscode';
import { normaliseSettings, type IrLensSettings } from '../core/settings';

/** Reads IR Lens settings once per change; everything else receives plain, typed values. */
export class SettingsService implements vscode.Disposable {
  private value: IrLensSettings = SettingsService.read();
  private readonly changed = new vscode.EventEmitter<IrLensSettings>();
  private readonly listener: vscode.Disposable;
  readonly onDidChange = this.changed.event;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('irLens')) return;
      this.value = SettingsService.read();
      this.changed.fire(this.value);
    });
  }

  get current(): IrLensSettings {
    return this.value;
  }

  private static read(): IrLensSettings {
    const config = vscode.workspace.getConfiguration('irLens');
    return normaliseSettings((key) => config.get(key));
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
