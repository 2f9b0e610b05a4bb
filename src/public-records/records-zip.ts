import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/** A file of the zip: in memory, or made when the zip reaches it. */
export interface RecordsZipEntry {
  path: string;
  content: Buffer | (() => Promise<Buffer>);
}

/**
 * The export as a zip stream below one root folder. A file that is made on demand (a rendered PDF, stored
 * minutes) is made only when the zip reaches it, so one file at a time is in memory whatever the period. PDFs
 * are stored (already compressed); the manifest and the index are deflated. A file that cannot be made fails
 * the stream, never a truncated zip that looks whole.
 */
export function zipRecords(rootFolder: string, entries: readonly RecordsZipEntry[], mtime: Date): Readable {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  zip.on('error', (error: Error) => output.destroy(error));
  for (const entry of entries) {
    const path = `${rootFolder}/${entry.path}`;
    const options = { mtime, compress: !path.endsWith('.pdf') };
    const content = entry.content;
    if (Buffer.isBuffer(content)) {
      zip.addBuffer(content, path, options);
    } else {
      zip.addReadStreamLazy(path, options, (done) => {
        content().then(
          (bytes) => done(null, Readable.from([bytes])),
          (error: unknown) => done(error, undefined as never),
        );
      });
    }
  }
  zip.end();
  return output;
}
