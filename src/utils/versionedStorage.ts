/**
 * What the browser keeps for the guide's tools (assessment answers, checklist progress) is
 * stored under one key per tool as `{"version": n, "data": …}`. Reading never throws: data
 * that is missing reads as nothing, and data that is damaged, tampered with or from an unknown
 * version reads as a StoredDataError the page can explain, so the reader starts afresh. Only
 * the tool's own key is ever read, written or removed.
 */

/** Why stored data could not be used. */
export type StoredDataProblem =
  /** The browser refuses storage (private mode, blocked cookies) or it is full. */
  | 'unavailable'
  /** Not JSON at all. */
  | 'not-json'
  /** JSON from a version of the guide this one does not know. */
  | 'unknown-version'
  /** The right version, but the content is not what the guide writes. */
  | 'invalid';

export class StoredDataError extends Error {
  constructor(
    readonly key: string,
    readonly problem: StoredDataProblem,
  ) {
    super(`Stored data under "${key}" cannot be used: ${problem}`);
    this.name = 'StoredDataError';
  }
}

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type ReadResult<T> =
  | {readonly value: T | null; readonly error: null}
  | {readonly value: null; readonly error: StoredDataError};

/**
 * Reads and checks the tool's data. `parse` returns null for content it does not accept.
 */
export function readVersioned<T>(
  storage: StorageLike,
  key: string,
  version: number,
  parse: (data: unknown) => T | null,
): ReadResult<T> {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return {value: null, error: new StoredDataError(key, 'unavailable')};
  }
  if (text === null) return {value: null, error: null};
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return {value: null, error: new StoredDataError(key, 'not-json')};
  }
  if (!isRecord(stored) || typeof stored.version !== 'number') {
    return {value: null, error: new StoredDataError(key, 'invalid')};
  }
  if (stored.version !== version) {
    return {value: null, error: new StoredDataError(key, 'unknown-version')};
  }
  const value = parse(stored.data);
  return value === null
    ? {value: null, error: new StoredDataError(key, 'invalid')}
    : {value, error: null};
}

/** Writes the tool's data; returns an error instead of throwing when the browser refuses. */
export function writeVersioned(
  storage: StorageLike,
  key: string,
  version: number,
  data: unknown,
): StoredDataError | null {
  try {
    storage.setItem(key, JSON.stringify({version, data}));
    return null;
  } catch {
    return new StoredDataError(key, 'unavailable');
  }
}

/** Removes the tool's data (a fresh start the reader asked for). */
export function removeVersioned(storage: StorageLike, key: string): StoredDataError | null {
  try {
    storage.removeItem(key);
    return null;
  } catch {
    return new StoredDataError(key, 'unavailable');
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
