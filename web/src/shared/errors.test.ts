import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { createI18n } from '../app/i18n';
import { errorText } from './errors';

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
