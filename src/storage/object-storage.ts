import type { Readable } from 'node:stream';

/** The Nest token of the configured ObjectStorage. */
export const OBJECT_STORAGE = Symbol('OBJECT_STORAGE');

/** What put knows of an object before it is written. */
export interface ObjectInfo {
  size: number;
  contentType: string;
}

/**
 * Where files (meeting papers) live: a folder or an S3-compatible bucket (docs/operations.md). Keys are
 * slash-separated paths of lower-case letters, digits, `-` and `_`; put replaces an object whole, never
 * leaving half of one readable; get of a missing key throws ObjectNotFoundError; delete of a missing key
 * does nothing.
 */
export interface ObjectStorage {
  put(key: string, body: Readable, info: ObjectInfo): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export class ObjectNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`No stored object ${key}`);
    this.name = 'ObjectNotFoundError';
  }
}

const KEY = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9_-]*)*$/;

/** Refuses a key that could leave the store's folder or prefix (`..`, absolute, odd characters). */
export function assertObjectKey(key: string): void {
  if (!KEY.test(key) || key.length > 512) throw new Error(`Invalid object key: ${JSON.stringify(key)}`);
}
