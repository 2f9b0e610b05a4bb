import type { paths } from './schema';
import type { PendingPaths } from './pending-contract';

/** Methods the pending contract has and the generated schema still lacks (`patch?: never`). */
type MissingMethods<Generated, Pending> = {
  [Method in keyof Pending & keyof Generated]: [NonNullable<Generated[Method]>] extends [never]
    ? Method
    : never;
}[keyof Pending & keyof Generated];

/** A path's operations: the generated ones, and from the pending contract only what the schema lacks. */
type MergeOperations<Generated, Pending> = Omit<Generated, MissingMethods<Generated, Pending>> &
  Pick<Pending, MissingMethods<Generated, Pending>>;

/**
 * The API's paths as generated from /docs-json, plus the browser sign-in operations of WEB-CONTRACT.md that
 * the service does not publish yet. Once the schema has an operation, the generated one is used.
 */
export type ApiPaths = {
  [Path in keyof paths | keyof PendingPaths]: Path extends keyof paths
    ? Path extends keyof PendingPaths
      ? MergeOperations<paths[Path], PendingPaths[Path]>
      : paths[Path]
    : Path extends keyof PendingPaths
      ? PendingPaths[Path]
      : never;
};
