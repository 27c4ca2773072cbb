import { canonicalForm, defaultCaseFor, foldedForm } from '../matcher';
import type { KbDiagnostic } from './diagnostics';
import type { KbEntry } from './schema';

/** Fields that hold ids of other entries, and whether a dangling one is an error. */
const REFERENCE_FIELDS = ['related', 'members', 'parties', 'participants', 'nationality', 'parent', 'country'] as const;

/**
 * Checks across entries: every referenced id exists (dangling `related` and fact references are
 * errors) and no alias is claimed by two entries unless one of them declares `preferred` (bare surnames,
 * resolved by the document's own introductions, may be shared).
 * Reported at the entry that holds the problem.
 */
export function crossCheck(entries: readonly KbEntry[]): KbDiagnostic[] {
  const diagnostics: KbDiagnostic[] = [];
  const ids = new Set(entries.map((e) => e.id));
  const at = (entry: KbEntry, message: string, severity: 'error' | 'warning'): KbDiagnostic => ({
    file: entry.source?.file ?? '(unknown)',
    line: entry.source?.line ?? 1,
    column: 1,
    start: 0,
    end: 0,
    severity,
    message,
    entryId: entry.id,
  });

  for (const entry of entries) {
    const record = entry as unknown as Record<string, unknown>;
    for (const field of REFERENCE_FIELDS) {
      const value = record[field];
      const refs = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      for (const ref of refs) {
        if (!ids.has(ref)) diagnostics.push(at(entry, `${entry.id}: ${field} refers to unknown id "${ref}"`, 'error'));
      }
    }
    const roles = record.roles;
    if (Array.isArray(roles)) {
      for (const role of roles as { of?: string }[]) {
        if (role.of && !ids.has(role.of)) diagnostics.push(at(entry, `${entry.id}: roles refer to unknown id "${role.of}"`, 'error'));
      }
    }
  }

  const claims = new Map<string, { entry: KbEntry; preferred: boolean }[]>();
  for (const entry of entries) {
    const own = new Map<string, boolean>();
    for (const { text, preferred, case: rule, kind } of [{ text: entry.name }, ...entry.aliases] as { text: string; preferred?: boolean; case?: string; kind?: string }[]) {
      // A bare surname is resolved by who the document has named in full, so several people may share it.
      if (kind === 'surname') continue;
      const canonical = canonicalForm(text);
      const key = `${rule ?? defaultCaseFor(canonical, entry.type === 'theory')}:${foldedForm(canonical)}`;
      own.set(key, own.get(key) === true || preferred === true);
    }
    for (const [key, preferred] of own) {
      const list = claims.get(key) ?? [];
      list.push({ entry, preferred });
      claims.set(key, list);
    }
  }
  for (const [key, list] of claims) {
    if (list.length < 2 || list.filter((c) => c.preferred).length === 1) continue;
    const alias = key.slice(key.indexOf(':') + 1);
    const others = list.map((c) => c.entry.id).join(', ');
    for (const claim of list.slice(1)) {
      diagnostics.push(at(claim.entry, `alias "${alias}" is claimed by ${others}: mark one with preferred: true`, 'warning'));
    }
  }
  return diagnostics;
}
