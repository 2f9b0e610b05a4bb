import { createTransport } from 'nodemailer';

/**
 * A client of the app's iMIP listener on this port: one pooled connection for every message, since
 * smtp-server waits 100 ms before each greeting (STACK.md).
 */
export function imipTransport(port: number | undefined) {
  return createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 1,
  });
}
