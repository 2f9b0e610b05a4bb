import { fromBuffer, type Entry, type ZipFile } from 'yauzl';

/** Every file of a zip by name, read back with yauzl (an independent reader). */
export async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const file = await new Promise<ZipFile>((resolve, reject) =>
    fromBuffer(zip, { lazyEntries: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    file.on('entry', (entry: Entry) => {
      file.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          file.readEntry();
        });
        stream.on('error', reject);
      });
    });
    file.on('end', resolve);
    file.on('error', reject);
    file.readEntry();
  });
  return files;
}
