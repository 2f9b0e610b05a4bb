import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import { PaperErrorCode, PaperException } from './paper.exception.js';

/** What the upload endpoint hands the service: the request's multipart reading, nothing else of HTTP. */
export interface PaperUploadSource {
  isMultipart(): boolean;
  file(options: {
    limits: { fileSize: number; files: number; fields: number; parts: number };
    throwFileSizeLimit: boolean;
  }): Promise<MultipartFile | undefined>;
}

/** The upload on disk, counted and hashed on its way there; `discard` removes it. */
export interface ReceivedPaper {
  path: string;
  name: string | undefined;
  size: number;
  sha256: string;
  discard(): Promise<void>;
}

/**
 * Streams the file part to a temporary file while counting and hashing it, so an upload of any size never
 * sits in memory; over `maxBytes` it stops reading, removes what was written and throws PAPER_TOO_LARGE.
 * The file is then checked (type) and stored from disk with its length known.
 */
export async function receivePaper(source: PaperUploadSource, maxBytes: number): Promise<ReceivedPaper> {
  if (!source.isMultipart()) {
    throw new PaperException(PaperErrorCode.NotMultipart, 'Send the file as multipart/form-data');
  }
  const tooLarge = () =>
    new PaperException(PaperErrorCode.TooLarge, 'The file is too large', {
      maxBytes,
      maxMegabytes: Math.floor(maxBytes / (1024 * 1024)),
    });
  let part: MultipartFile | undefined;
  try {
    part = await source.file({
      limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6 },
      throwFileSizeLimit: true,
    });
  } catch (error) {
    throw multipartFailure(error, tooLarge);
  }
  if (!part) throw new PaperException(PaperErrorCode.FileMissing, 'The request holds no file');
  const path = join(tmpdir(), `samverkan-paper-${randomBytes(12).toString('hex')}`);
  const hash = createHash('sha256');
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge());
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(part.file, counter, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    if (part.file.truncated) throw tooLarge();
  } catch (error) {
    await rm(path, { force: true });
    throw multipartFailure(error, tooLarge);
  }
  if (size === 0) {
    await rm(path, { force: true });
    throw new PaperException(PaperErrorCode.Empty, 'The file is empty');
  }
  return {
    path,
    name: part.filename,
    size,
    sha256: hash.digest('hex'),
    discard: () => rm(path, { force: true }),
  };
}

/**
 * @fastify/multipart's and busboy's errors as the paper codes: 413 too large, the rest a broken upload. The
 * system's own (a full disk: they name a syscall) stay what they are, a 500.
 */
function multipartFailure(error: unknown, tooLarge: () => PaperException): unknown {
  if ((error as { syscall?: unknown }).syscall !== undefined) return error;
  if (error instanceof PaperException) return error;
  const status = (error as { statusCode?: unknown }).statusCode;
  if (status === 413) return tooLarge();
  if ((error as { code?: unknown }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
    return new PaperException(PaperErrorCode.NotMultipart, 'Send the file as multipart/form-data');
  }
  return new PaperException(PaperErrorCode.UploadBroken, 'The upload broke off or is malformed');
}
