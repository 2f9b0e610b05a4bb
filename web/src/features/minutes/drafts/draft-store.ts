/**
 * The browser's copy of the minutes edits the server does not have yet (IndexedDB), so that a reload, a
 * dropped connection or an expired session loses nothing. One record per edited part of one meeting's minutes
 * (an item's notes and decisions, the attendance, one action), per person: on a shared tablet the next person
 * to sign in neither sees nor sends someone else's drafts. A record is deleted once the server has its text.
 */

/** A local edit of one part of the minutes that the server may not have yet. */
export interface Draft<V = unknown> {
  /** `${personId} ${meetingId} ${part}`: the record's key. */
  key: string;
  personId: string;
  meetingId: string;
  /** Which part: `item:<agendaItemId>`, `attendance`, `action:<id>` (see minutes-parts.ts). */
  part: string;
  /** The part as the secretary wrote it. */
  value: V;
  /** The server's version of the part the edit started from; null for a part the server does not have yet. */
  baseVersion: number | null;
  /** Counts the local changes; a save answered for an older one leaves the draft waiting to be sent again. */
  seq: number;
  /** When it was last changed (ms since the epoch). */
  updatedAt: number;
  /** Set when the server refused the edit because someone else changed the part: their version, to merge. */
  conflict: { value: V; version: number } | null;
}

/** Where drafts are kept: IndexedDB in the browser; anything with these three calls in a test. */
export interface DraftStore {
  list(personId: string, meetingId: string): Promise<Draft[]>;
  put(draft: Draft): Promise<void>;
  delete(key: string): Promise<void>;
}

export function draftKey(personId: string, meetingId: string, part: string): string {
  return `${personId} ${meetingId} ${part}`;
}

const DATABASE = 'samverkan-drafts';
const STORE = 'minutes';
const BY_MEETING = 'byMeeting';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Opens (and on first use creates) the drafts database; `factory` is the browser's indexedDB unless given. */
export async function openDraftStore(
  factory: IDBFactory = globalThis.indexedDB,
  name = DATABASE,
): Promise<DraftStore> {
  const opening = factory.open(name, 1);
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore(STORE, { keyPath: 'key' });
    store.createIndex(BY_MEETING, ['personId', 'meetingId']);
  };
  const db = await promised(opening);
  // Another tab upgrading the database later: let it, this tab reopens on its next load.
  db.onversionchange = () => db.close();

  async function write(work: (store: IDBObjectStore) => void): Promise<void> {
    const transaction = db.transaction(STORE, 'readwrite', { durability: 'strict' });
    work(transaction.objectStore(STORE));
    await done(transaction);
  }

  return {
    async list(personId, meetingId) {
      const transaction = db.transaction(STORE, 'readonly');
      const index = transaction.objectStore(STORE).index(BY_MEETING);
      const drafts = (await promised(index.getAll([personId, meetingId]))) as Draft[];
      return drafts.sort((a, b) => a.updatedAt - b.updatedAt);
    },
    put: (draft) => write((store) => store.put(draft)),
    delete: (key) => write((store) => store.delete(key)),
  };
}

/** A store in memory: for tests, and for a browser without IndexedDB (private modes of old browsers). */
export function memoryDraftStore(): DraftStore & { records: Map<string, Draft> } {
  const records = new Map<string, Draft>();
  const copy = <T>(value: T): T => structuredClone(value);
  return {
    records,
    list: (personId, meetingId) =>
      Promise.resolve(
        [...records.values()]
          .filter((draft) => draft.personId === personId && draft.meetingId === meetingId)
          .sort((a, b) => a.updatedAt - b.updatedAt)
          .map(copy),
      ),
    put: (draft) => {
      records.set(draft.key, copy(draft));
      return Promise.resolve();
    },
    delete: (key) => {
      records.delete(key);
      return Promise.resolve();
    },
  };
}
