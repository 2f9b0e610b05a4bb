/**
 * The HTTP load side of the overview benchmark: keep-alive HTTP/1.1 GETs written straight to sockets, one
 * request at a time per connection (no pipelining), as a browser or a proxy with a connection pool would
 * send them. Node's http client costs tens of microseconds of the load generator's own CPU per request;
 * on a machine with two cores that time is taken from the server under test, so the load side does the
 * least it can: it writes a fixed request and reads the status line, Content-Length and body length.
 */
import net from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');

interface Pending {
  resolve: (ok: boolean) => void;
  reject: (error: Error) => void;
}

/** One keep-alive connection; `get()` sends the request and resolves true on a 200 with a non-empty body. */
class Connection {
  private readonly socket: net.Socket;
  private readonly ready: Promise<void>;
  private buffered: Buffer | null = null;
  private status = 0;
  /** Body bytes still to come for the current response; -1 while its headers are still arriving. */
  private remaining = -1;
  private bodyBytes = 0;
  private pending: Pending | null = null;
  /** Set once the socket failed or closed: the connection is not used again. */
  broken = false;

  constructor(
    port: number,
    private readonly request: Buffer,
  ) {
    this.socket = net.connect({ host: '127.0.0.1', port, noDelay: true });
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('connect', resolve);
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk: Buffer) => this.onData(chunk));
    this.socket.on('error', (error) => this.fail(error));
    this.socket.on('close', () => this.fail(new Error('connection closed')));
  }

  async get(): Promise<boolean> {
    await this.ready;
    if (this.pending) throw new Error('one request at a time per connection');
    return new Promise<boolean>((resolve, reject) => {
      this.pending = { resolve, reject };
      this.status = 0;
      this.remaining = -1;
      this.bodyBytes = 0;
      this.socket.write(this.request);
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(chunk: Buffer): void {
    if (this.remaining === -1) {
      const data = this.buffered ? Buffer.concat([this.buffered, chunk]) : chunk;
      const end = data.indexOf(HEADER_END);
      if (end === -1) {
        this.buffered = data;
        return;
      }
      this.buffered = null;
      const head = data.toString('latin1', 0, end);
      this.status = Number(head.slice(9, 12));
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!length) {
        // The server under test always sends Content-Length; anything else is reported as an error.
        this.fail(new Error(`no content-length in response: ${head.split('\r\n')[0]}`));
        this.socket.destroy();
        return;
      }
      this.remaining = Number(length[1]);
      chunk = data.subarray(end + HEADER_END.length);
    }
    this.remaining -= chunk.length;
    this.bodyBytes += chunk.length;
    if (this.remaining < 0) {
      this.fail(new Error('more bytes than Content-Length (pipelined or malformed response)'));
      this.socket.destroy();
    } else if (this.remaining === 0) {
      const pending = this.pending;
      this.pending = null;
      this.remaining = -1;
      pending?.resolve(this.status === 200 && this.bodyBytes > 0);
    }
  }

  private fail(error: Error): void {
    this.broken = true;
    const pending = this.pending;
    this.pending = null;
    pending?.reject(error);
  }
}

/**
 * A caller for the benchmark's load loops: `connections` keep-alive connections to 127.0.0.1:`port`, each
 * request sent on a free one. The loops never run more requests at once than there are connections.
 */
export function rawHttpGetter(
  port: number,
  path: string,
  headers: Record<string, string>,
  connections: number,
): { call: () => Promise<boolean>; close: () => void } {
  const lines = [`GET ${path} HTTP/1.1`, `host: 127.0.0.1:${port}`, 'connection: keep-alive'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  const request = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  const all: Connection[] = [];
  const idle: Connection[] = [];
  return {
    call: async () => {
      let connection = idle.pop();
      if (!connection) {
        if (all.length >= connections) throw new Error('more concurrent calls than connections');
        connection = new Connection(port, request);
        all.push(connection);
      }
      try {
        return await connection.get();
      } finally {
        if (connection.broken) all.splice(all.indexOf(connection), 1);
        else idle.push(connection);
      }
    },
    close: () => {
      for (const connection of all) connection.close();
    },
  };
}
