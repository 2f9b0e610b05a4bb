import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { errorMessage } from './error-messages';

/** Every file that declares a code enum: each feature's *.exception.ts and the shared domain-error.ts. */
function exceptionFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return exceptionFiles(path);
    return /\.exception\.ts$|^domain-error\.ts$/.test(entry.name) ? [path] : [];
  });
}

const SRC = join(__dirname, '..', '..');

/** Every value of every exported `…ErrorCode` enum, found by reading the modules, so a new enum counts too. */
async function allErrorCodes(): Promise<{ enumName: string; code: string }[]> {
  const codes: { enumName: string; code: string }[] = [];
  for (const file of exceptionFiles(SRC)) {
    const exports = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exports)) {
      if (!name.endsWith('ErrorCode') || typeof value !== 'object' || value === null) continue;
      for (const code of Object.values(value)) {
        if (typeof code === 'string') codes.push({ enumName: `${relative(SRC, file)}: ${name}`, code });
      }
    }
  }
  return codes;
}

describe('error message catalogue', () => {
  let codes: { enumName: string; code: string }[];
  beforeAll(async () => {
    codes = await allErrorCodes();
  });

  it('finds the code enums of every feature', () => {
    const enums = new Set(codes.map((entry) => entry.enumName.split(': ')[1]));
    expect(enums.size).toBeGreaterThanOrEqual(15);
    expect([...enums]).toEqual(
      expect.arrayContaining(['CommonErrorCode', 'MinutesErrorCode', 'RoundErrorCode']),
    );
  });

  it('has a Swedish and an English message for every domain error code', () => {
    const missing = codes.flatMap(({ enumName, code }) =>
      (['sv', 'en'] as const)
        .filter((locale) => !errorMessage(code, locale, {})?.trim())
        .map((locale) => `${enumName}.${code} has no ${locale} message`),
    );
    expect(missing).toEqual([]);
  });

  it('words them differently in Swedish and in English (no English copied into the Swedish)', () => {
    const same = codes
      .filter(({ code }) => errorMessage(code, 'sv', {}) === errorMessage(code, 'en', {}))
      .map(({ code }) => code);
    expect(same).toEqual([]);
  });

  it('fills details into the message', () => {
    expect(errorMessage('MEETING_VERSION_CONFLICT', 'sv', { currentVersion: 4 })).toBe(
      'Mötet har ändrats av någon annan; hämta det igen (version 4)',
    );
    expect(errorMessage('MEETING_INVALID_TRANSITION', 'sv', { from: 'cancelled', to: 'held' })).toBe(
      'Ett inställt möte kan inte bli genomfört',
    );
    expect(errorMessage('STRATEGY_AREA_UNKNOWN', 'en', { unknownIds: ['a', 'b'] })).toBe(
      'Unknown strategy areas: a, b',
    );
  });
});
