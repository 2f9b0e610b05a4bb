import { Writable } from 'node:stream';
import { createRootLogger, scrub } from './logger';
import { requestContext } from './request-context';

function capture(): { lines: () => Array<Record<string, unknown>>; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('logger', () => {
  it('scrubs e-mail addresses and tokens from text', () => {
    expect(scrub('sent to anna.svensson@umea.se via Bearer abc.def-ghi')).toBe(
      'sent to [email] via Bearer [token]',
    );
    expect(scrub('jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl here')).toBe('jwt [token] here');
    expect(scrub('Åsa.Öberg@skellefteå.se')).toBe('[email]');
    expect(scrub('BEARER abc and eyJa.eyJb.c')).toBe('BEARER [token] and [token]');
    expect(scrub('GET /api/overview 200 in 3 ms')).toBe('GET /api/overview 200 in 3 ms');
  });

  it('redacts sensitive keys at any depth and scrubs messages', () => {
    const out = capture();
    const logger = createRootLogger('info', out.stream);
    logger.info(
      { person: { email: 'a@b.se', name: 'Anna' }, authorization: 'Bearer x', payload: { emailId: 'e1' } },
      'welcome mail to a@b.se',
    );
    const [line] = out.lines();
    expect(line.person).toEqual({ email: '[redacted]', name: 'Anna' });
    expect(line.authorization).toBe('[redacted]');
    expect(line.payload).toEqual({ emailId: 'e1' });
    expect(line.msg).toBe('welcome mail to [email]');
    expect(JSON.stringify(line)).not.toContain('a@b.se');
  });

  it('adds the correlation id of the current request to every line', () => {
    const out = capture();
    const logger = createRootLogger('info', out.stream);
    requestContext.run({ correlationId: 'req-42' }, () => logger.info('inside'));
    logger.info('outside');
    const [inside, outside] = out.lines();
    expect(inside.correlationId).toBe('req-42');
    expect(outside.correlationId).toBeUndefined();
  });

  it('keeps error messages but scrubs addresses in them', () => {
    const out = capture();
    const logger = createRootLogger('info', out.stream);
    logger.error({ err: new Error('550 mailbox x@y.se unknown') }, 'send failed');
    const [line] = out.lines();
    expect((line.err as { message: string }).message).toBe('550 mailbox [email] unknown');
  });
});
