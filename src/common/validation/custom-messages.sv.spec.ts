import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { swedishCustomMessage } from './custom-messages.sv';

const SRC = join(__dirname, '..', '..');

/** Every literal `message: '…'` a DTO (or the cadence parser behind one) gives its own rules. */
function literalMessages(): string[] {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.dto\.ts$|agreement-cadence\.ts$/.test(file))
    .map((file) => join(SRC, file));
  const messages = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/message: '([^']+)'/g)].map((match) => match[1]),
  );
  return [...new Set(messages)];
}

describe('Swedish for the messages DTOs give their own rules', () => {
  it('has every literal message of every DTO', () => {
    const messages = literalMessages();
    expect(messages.length).toBeGreaterThan(15);
    expect(messages.filter((message) => swedishCustomMessage(message) === undefined)).toEqual([]);
  });

  it('words the messages built from parts', () => {
    expect(swedishCustomMessage('a person is listed twice')).toBe('en person anges två gånger');
    expect(swedishCustomMessage('an address is listed twice')).toBe('en adress anges två gånger');
    expect(swedishCustomMessage('a municipality has a four-digit SCB code')).toBe(
      'en kommun har en fyrsiffrig SCB-kod',
    );
  });
});
