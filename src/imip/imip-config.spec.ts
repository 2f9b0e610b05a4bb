import { ConfigValidationError, loadConfig } from '../config/app-config.js';
import { imipListenerWanted } from './imip-listener.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigValidationError) return error.problems;
    throw error;
  }
}

describe('iMIP listener configuration', () => {
  it('is off by default, on loopback, with a 2 MiB limit', () => {
    expect(loadConfig({}).imip).toEqual({
      port: undefined,
      host: '127.0.0.1',
      maxMessageBytes: 2 * 1024 * 1024,
      acceptAddresses: [],
    });
  });

  it('reads the port, host, limit and extra addresses (lower-cased)', () => {
    const config = loadConfig({
      IMIP_SMTP_PORT: '2525',
      IMIP_SMTP_HOST: '0.0.0.0',
      IMIP_MAX_MESSAGE_BYTES: '1048576',
      IMIP_ACCEPT_ADDRESSES: ' IMIP@Kalender.Region.se , svar@region.se,',
    });
    expect(config.imip).toEqual({
      port: 2525,
      host: '0.0.0.0',
      maxMessageBytes: 1048576,
      acceptAddresses: ['imip@kalender.region.se', 'svar@region.se'],
    });
    expect(loadConfig({ IMIP_SMTP_PORT: '' }).imip.port).toBeUndefined();
  });

  it('lists bad values', () => {
    const names = problemsOf({
      IMIP_SMTP_PORT: 'smtp',
      IMIP_MAX_MESSAGE_BYTES: '10',
      IMIP_ACCEPT_ADDRESSES: 'ok@region.se,not-an-address',
    }).map((problem) => problem.split(':')[0].split('.')[0]);
    expect(names.sort()).toEqual(['IMIP_ACCEPT_ADDRESSES', 'IMIP_MAX_MESSAGE_BYTES', 'IMIP_SMTP_PORT']);
  });

  it('starts the listener only in a worker role with a port', () => {
    const hasListener = (env: Record<string, string>) => imipListenerWanted(loadConfig(env));
    expect(hasListener({ APP_ROLE: 'worker', IMIP_SMTP_PORT: '2525' })).toBe(true);
    expect(hasListener({ APP_ROLE: 'all', IMIP_SMTP_PORT: '2525' })).toBe(true);
    expect(hasListener({ APP_ROLE: 'api', IMIP_SMTP_PORT: '2525' })).toBe(false);
    expect(hasListener({ APP_ROLE: 'worker' })).toBe(false);
  });
});
