import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { loadConfig } from '../src/config/app-config';
import { FilesystemObjectStorage } from '../src/storage/filesystem-object-storage';
import { ObjectNotFoundError, type ObjectStorage } from '../src/storage/object-storage';
import { S3ObjectStorage } from '../src/storage/s3-object-storage';
import { createObjectStorage } from '../src/storage/storage.module';
import { S3_TEST_CREDENTIALS, S3TestServer } from './helpers/s3-server';
import { multipartBody, pdfFile } from './helpers/paper-files';
import { adminLogin, organizationIdsByCode } from './helpers/people-fixtures';
import { startTestApp } from './helpers/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

const put = (storage: ObjectStorage, key: string, bytes: Buffer) =>
  storage.put(key, Readable.from([bytes]), { size: bytes.length, contentType: 'application/pdf' });

/** The contract every ObjectStorage keeps, run against each adapter on a real store. */
function storageContract(
  name: string,
  open: () => { storage: ObjectStorage; raw: (key: string) => Promise<Buffer | null> },
) {
  describe(`${name} keeps the ObjectStorage contract`, () => {
    let storage: ObjectStorage;
    let raw: (key: string) => Promise<Buffer | null>;
    beforeAll(() => ({ storage, raw } = open()));

    it('stores bytes under a key and gives the same bytes back, byte for byte (3 MB, in chunks)', async () => {
      const bytes = randomBytes(3 * 1024 * 1024 + 17);
      const chunks = [bytes.subarray(0, 1000), bytes.subarray(1000, 2_000_000), bytes.subarray(2_000_000)];
      await storage.put('papers/m1/a', Readable.from(chunks), {
        size: bytes.length,
        contentType: 'application/pdf',
      });
      expect(await storage.exists('papers/m1/a')).toBe(true);
      expect(sha256(await readAll(await storage.get('papers/m1/a')))).toBe(sha256(bytes));
      // What the store itself holds, read past the adapter: the file, not a framing of it.
      expect(sha256((await raw('papers/m1/a'))!)).toBe(sha256(bytes));
    });

    it('replaces an object whole on a second put of its key', async () => {
      await put(storage, 'papers/m1/b', Buffer.from('first version, longer than the second'));
      await put(storage, 'papers/m1/b', Buffer.from('second'));
      expect((await readAll(await storage.get('papers/m1/b'))).toString()).toBe('second');
    });

    it('deletes an object; a missing key is not there, gives ObjectNotFoundError and deletes quietly', async () => {
      await put(storage, 'papers/m1/c', pdfFile());
      await storage.delete('papers/m1/c');
      expect(await storage.exists('papers/m1/c')).toBe(false);
      expect(await raw('papers/m1/c')).toBeNull();
      await expect(storage.get('papers/m1/c')).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(storage.get('papers/never/there')).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(storage.delete('papers/never/there')).resolves.toBeUndefined();
    });

    it('refuses keys that could leave its folder or prefix', async () => {
      for (const key of ['../etc/passwd', '/abs', 'papers/../x', 'Papers/X', 'papers//x', '']) {
        await expect(put(storage, key, Buffer.from('x'))).rejects.toThrow(/Invalid object key/);
        await expect(storage.get(key)).rejects.toThrow(/Invalid object key/);
      }
    });
  });
}

describe('object storage adapters against real stores', () => {
  let dir: string;
  let s3: S3TestServer;
  let s3Storage: S3ObjectStorage;
  let client: S3Client;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samverkan-fs-store-'));
    s3 = await S3TestServer.start();
    s3Storage = new S3ObjectStorage({
      kind: 's3',
      endpoint: s3.endpoint,
      region: 'us-east-1',
      bucket: s3.bucket,
      credentials: S3_TEST_CREDENTIALS,
      forcePathStyle: true,
      checksums: 'when_required',
    });
    client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: S3_TEST_CREDENTIALS,
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  });
  afterAll(async () => {
    s3Storage?.close();
    client?.destroy();
    await s3?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  storageContract('the filesystem adapter', () => ({
    storage: new FilesystemObjectStorage(dir),
    raw: async (key) => {
      const { readFile } = await import('node:fs/promises');
      return readFile(join(dir, ...key.split('/'))).catch(() => null);
    },
  }));

  storageContract('the S3 adapter (s3rver)', () => ({
    storage: s3Storage,
    raw: async (key) => {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: key }));
        return Buffer.from(await answer.Body!.transformToByteArray());
      } catch {
        return null;
      }
    },
  }));

  it('leaves no partial files behind in the filesystem adapter’s folder', async () => {
    const names = await readdir(join(dir, 'papers', 'm1'));
    expect(names.filter((name) => name.includes('.part-'))).toEqual([]);
  });

  it('builds the adapter the configuration names; S3 needs a bucket', () => {
    const base = { DATABASE_URL: 'postgresql://x@127.0.0.1/x' };
    expect(createObjectStorage(loadConfig(base).papers.storage)).toBeInstanceOf(FilesystemObjectStorage);
    expect(loadConfig(base).papers.storage).toEqual({ kind: 'filesystem', dir: 'var/papers' });
    const configured = loadConfig({ ...base, ...s3.env() });
    expect(configured.papers.storage).toEqual(
      expect.objectContaining({
        kind: 's3',
        bucket: s3.bucket,
        forcePathStyle: true,
        checksums: 'when_required',
      }),
    );
    const storage = createObjectStorage(configured.papers.storage);
    expect(storage).toBeInstanceOf(S3ObjectStorage);
    (storage as S3ObjectStorage).close();
    expect(() => loadConfig({ ...base, PAPER_STORAGE: 's3' })).toThrow(/S3_BUCKET: is required/);
    expect(() => loadConfig({ ...base, PAPER_STORAGE: 's3', S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'k' })).toThrow(
      /S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together/,
    );
  });

  it('serves papers through the API from the S3 store: upload, download, delete', async () => {
    const t = await startTestApp({ APP_ROLE: 'api', ...s3.env() });
    try {
      const token = await adminLogin(t);
      const orgs = await organizationIdsByCode(t, token);
      const meeting = await t.request({
        method: 'POST',
        url: '/api/meetings',
        token,
        body: {
          title: 'Möte med handlingar i S3',
          start: '2031-04-08T10:00:00+02:00',
          end: '2031-04-08T11:00:00+02:00',
          organizationIds: [orgs['2480']],
          participants: [],
          status: 'confirmed',
        },
      });
      expect(meeting.status).toBe(201);
      const agenda = await t.request({
        method: 'GET',
        url: `/api/meetings/${meeting.body.id}/agenda`,
        token,
      });
      const { payload, contentType } = multipartBody('Budget.pdf', pdfFile('Budget'));
      const uploaded = await t.request({
        method: 'POST',
        url: `/api/agenda-items/${agenda.body.items[0].id}/papers`,
        token,
        payload,
        headers: { 'content-type': contentType },
      });
      expect(uploaded.status).toBe(201);
      const key = `papers/${meeting.body.id}/${uploaded.body.id}`;
      expect(sha256(await readAll(await s3Storage.get(key)))).toBe(sha256(pdfFile('Budget')));
      const download = await t.request({ method: 'GET', url: uploaded.body.url, token });
      expect(download.status).toBe(200);
      expect(download.raw.equals(pdfFile('Budget'))).toBe(true);
      expect((await t.request({ method: 'DELETE', url: uploaded.body.url, token })).status).toBe(204);
      expect(await s3Storage.exists(key)).toBe(false);
    } finally {
      await t.close();
    }
  });
});
