import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { createI18n } from '../app/i18n';
import { errorField, errorText } from './errors';

describe('errorText', () => {
  const t = createI18n('sv').t;

  it("uses the service's own (localized) message when it sent one", () => {
    expect(errorText(new ApiError(409, 'ROUND_SLOT_TAKEN', 'Tiden är redan bokad'), t)).toBe(
      'Tiden är redan bokad',
    );
  });

  it('words a code without a message from the shared texts, in the person’s language', () => {
    expect(errorText(new ApiError(429, 'HTTP_429', undefined), t)).toBe(
      'För många försök. Vänta en stund och försök igen.',
    );
    expect(errorText(new ApiError(0, 'NETWORK', undefined), createI18n('en').t)).toBe(
      'Samverkan could not be reached. Check your connection and try again.',
    );
  });

  it('falls back to a general sentence for an unknown failure', () => {
    expect(errorText(new ApiError(502, 'HTTP_502', undefined), t)).toBe(
      'Ett fel uppstod hos Samverkan. Försök igen om en stund.',
    );
    expect(errorText(new Error('boom'), t)).toBe('Något gick fel. Försök igen.');
  });
});

describe('errorField', () => {
  it("names the field of a feature's refusal", () => {
    const taken = new ApiError(409, 'SECRECY_GROUND_REFERENCE_TAKEN', 'Finns redan', { field: 'reference' });
    expect(errorField(taken)).toBe('reference');
  });

  it("names the first field of a validation's refusal", () => {
    const invalid = new ApiError(400, 'VALIDATION_FAILED', 'Ogiltig', [
      { field: 'description', message: 'För lång' },
      { field: 'position', message: 'För stor' },
    ]);
    expect(errorField(invalid)).toBe('description');
  });

  it('is null for a refusal without a field, and for other errors', () => {
    expect(
      errorField(new ApiError(409, 'SECRECY_GROUND_VERSION_CONFLICT', 'Ändrad', { currentVersion: 3 })),
    ).toBe(null);
    expect(errorField(new ApiError(500, 'HTTP_500', undefined))).toBe(null);
    expect(errorField(new Error('boom'))).toBe(null);
  });
});
