import { createHash } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the registry received. */
export interface RegistryRequest {
  idempotencyKey: string;
  authorization: string | undefined;
  contentType: string | undefined;
  size: number;
  sha256: string;
  body: Buffer;
  /** The status it answered. */
  status: number;
}

/**
 * A registry (e-arkiv) on a real HTTP server for the tests: records every POST with its idempotency key and
 * answers 201, or 503 to the next `failNext` requests, after `delayMs`.
 */
export class ArchiveRegistry {
  readonly requests: RegistryRequest[] = [];
  failNext = 0;
  delayMs = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<ArchiveRegistry> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks);
        const status = registry.failNext > 0 ? 503 : 201;
        if (registry.failNext > 0) registry.failNext -= 1;
        setTimeout(() => {
          registry.requests.push({
            idempotencyKey: String(request.headers['idempotency-key']),
            authorization: request.headers.authorization,
            contentType: request.headers['content-type'],
            size: body.length,
            sha256: createHash('sha256').update(body).digest('hex'),
            body,
            status,
          });
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ received: status === 201 }));
        }, registry.delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    // The handler above reads `registry` only when a request arrives, after this line.
    const registry = new ArchiveRegistry(server, `http://127.0.0.1:${port}/packages`);
    return registry;
  }

  /** The packages accepted (answered 201) under this key. */
  delivered(idempotencyKey: string): RegistryRequest[] {
    return this.requests.filter(
      (request) => request.idempotencyKey === idempotencyKey && request.status === 201,
    );
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
