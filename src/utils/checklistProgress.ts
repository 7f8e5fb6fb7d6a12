import {CHECKLIST_ITEM_IDS, type ChecklistItemId} from '../data/checklists';
import {
  readVersioned,
  removeVersioned,
  writeVersioned,
  type StorageLike,
  type StoredDataError,
} from './versionedStorage';

/**
 * Which phase checklist items the reader has ticked, kept in the browser under one key.
 * Version 1 stores the ticked items' ids; an id the guide does not know makes the whole entry
 * unusable (a StoredDataError), so renaming an item means raising the version.
 */
export const CHECKLIST_STORAGE_KEY = 'ai-coe-playbook:checklist-progress';
export const CHECKLIST_SCHEMA_VERSION = 1;

export type ChecklistProgress = ReadonlySet<ChecklistItemId>;

function isChecklistItemId(value: unknown): value is ChecklistItemId {
  return CHECKLIST_ITEM_IDS.some((item) => item === value);
}

export function parseChecklistProgress(value: unknown): ChecklistProgress | null {
  if (!Array.isArray(value) || !value.every(isChecklistItemId)) return null;
  return new Set(value);
}

export interface LoadedProgress {
  readonly done: ChecklistProgress;
  readonly error: StoredDataError | null;
}

export function loadChecklistProgress(storage: StorageLike): LoadedProgress {
  const {value, error} = readVersioned(
    storage,
    CHECKLIST_STORAGE_KEY,
    CHECKLIST_SCHEMA_VERSION,
    parseChecklistProgress,
  );
  return {done: value ?? new Set(), error};
}

/** Stores the ticked items in the guide's order, so the stored text does not churn. */
export function saveChecklistProgress(
  storage: StorageLike,
  done: ChecklistProgress,
): StoredDataError | null {
  const ordered = CHECKLIST_ITEM_IDS.filter((item) => done.has(item));
  return writeVersioned(storage, CHECKLIST_STORAGE_KEY, CHECKLIST_SCHEMA_VERSION, ordered);
}

export function clearChecklistProgress(storage: StorageLike): StoredDataError | null {
  return removeVersioned(storage, CHECKLIST_STORAGE_KEY);
}

export function toggled(
  done: ChecklistProgress,
  item: ChecklistItemId,
  checked: boolean,
): ChecklistProgress {
  const next = new Set(done);
  if (checked) next.add(item);
  else next.delete(item);
  return next;
}

/** How many of a list of items are ticked. */
export function progressOf(
  done: ChecklistProgress,
  items: readonly ChecklistItemId[],
): {done: number; total: number} {
  return {done: items.filter((item) => done.has(item)).length, total: items.length};
}
