import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { PackageFile } from './package-content.js';

/** A package as a zip stream, and its size in bytes (known before the first byte is read). */
export interface PackageZip {
  stream: Readable;
  size: number;
}

/**
 * Writes the files into a zip below one root folder (the package's id, as CSIP names the root), stored
 * without compression: PDFs and office files are compressed already, an archive reads stored entries with
 * any tool, and the size is then known in advance (the object storage wants it before the upload). Papers
 * are opened one at a time as the zip reaches them, so a package of any size never sits in memory.
 */
export async function zipPackage(rootFolder: string, files: readonly PackageFile[]): Promise<PackageZip> {
  const zip = new ZipFile();
  // A paper that cannot be read fails the whole stream (and so the upload), never a truncated zip.
  zip.on('error', (error: Error) => (zip.outputStream as Readable).destroy(error));
  for (const file of files) {
    const path = `${rootFolder}/${file.path}`;
    const options = { mtime: file.created, compress: false };
    const content = file.content;
    if (Buffer.isBuffer(content)) {
      zip.addBuffer(content, path, options);
    } else {
      zip.addReadStreamLazy(path, { ...options, size: file.size }, (done) => {
        content().then(
          (stream) => done(null, stream),
          (error: unknown) => done(error, undefined as never),
        );
      });
    }
  }
  const size = await new Promise<number>((resolve) => {
    (zip.end as (options: object, callback: (size: number) => void) => void)({}, resolve);
  });
  if (size < 0) throw new Error('The package’s size could not be computed in advance');
  return { stream: zip.outputStream as Readable, size };
}
