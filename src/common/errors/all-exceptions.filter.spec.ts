import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, RateLimitedError, ValidationError } from './domain-error';
import '../../person/person.exception';
import { translateError } from './all-exceptions.filter';

describe('translateError', () => {
  it('maps each domain error kind to its status and keeps code, message and details', () => {
    expect(translateError(new DomainError('not_found', 'PERSON_NOT_FOUND', 'No such person'), 'en')).toEqual({
      status: 404,
      body: { code: 'PERSON_NOT_FOUND', message: 'Person not found' },
    });
    const invalid = translateError(new ValidationError('bad', [{ field: 'email' }]), 'en');
    expect(invalid?.status).toBe(400);
    expect(invalid?.body.details).toEqual([{ field: 'email' }]);
    expect(translateError(new DomainError('conflict', 'X', 'x'), 'en')?.status).toBe(409);
    expect(translateError(new DomainError('gone', 'X', 'x'), 'en')?.status).toBe(410);
  });

  it('answers in the language asked for, from the catalogue, with details filled in; the code stays', () => {
    const notFound = new DomainError('not_found', 'PERSON_NOT_FOUND', 'No such person');
    expect(translateError(notFound, 'sv')?.body).toEqual({
      code: 'PERSON_NOT_FOUND',
      message: 'Personen finns inte',
    });
    expect(translateError(new RateLimitedError('slow down', 42), 'sv')?.body.message).toBe(
      'För många försök; försök igen om 42 sekunder',
    );
    // A code without a catalogue entry keeps the text it was thrown with.
    expect(translateError(new DomainError('conflict', 'X', 'x'), 'sv')?.body.message).toBe('x');
    const nul = new QueryFailedError('INSERT', [], Object.assign(new Error('0x00'), { code: '22021' }));
    expect(translateError(nul, 'sv')?.body.message).toBe('En text innehåller ett tecken som inte kan sparas');
  });

  it('gives validation details in the language asked for when they are worded per language', () => {
    const error = new ValidationError('bad', [{ field: 'a', message: 'Required' }], {
      sv: [{ field: 'a', message: 'Obligatoriskt' }],
    });
    expect(translateError(error, 'sv')?.body).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Förfrågan är inte giltig',
      details: [{ field: 'a', message: 'Obligatoriskt' }],
    });
    expect(translateError(error, 'en')?.body.details).toEqual([{ field: 'a', message: 'Required' }]);
  });

  it('adds Retry-After to rate limiting', () => {
    const translated = translateError(new RateLimitedError('slow down', 42), 'en');
    expect(translated?.status).toBe(429);
    expect(translated?.headers).toEqual({ 'retry-after': '42' });
  });

  it('turns framework HTTP errors into coded errors without internals', () => {
    expect(translateError(new NotFoundException('Cannot GET /secret/path'), 'en')?.body).toEqual({
      code: 'ROUTE_NOT_FOUND',
      message: 'No such route',
    });
    expect(translateError(new BadRequestException('nope'), 'en')?.status).toBe(400);
  });

  it('maps PostgreSQL constraint and format errors to 4xx, never 500', () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    expect(translateError(unique, 'en')?.status).toBe(409);
    const badUuid = new QueryFailedError('SELECT', [], Object.assign(new Error('uuid'), { code: '22P02' }));
    expect(translateError(badUuid, 'en')?.status).toBe(400);
    const nul = new QueryFailedError('INSERT', [], Object.assign(new Error('0x00'), { code: '22021' }));
    expect(translateError(nul, 'en')).toEqual({
      status: 400,
      body: { code: 'VALIDATION_FAILED', message: 'A text value holds a character that cannot be stored' },
    });
  });

  it('maps Fastify body errors', () => {
    const tooLarge = Object.assign(new Error('too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    expect(translateError(tooLarge, 'en')).toEqual({
      status: 413,
      body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
    });
  });

  it('leaves unknown errors to the 500 path', () => {
    expect(translateError(new Error('boom'), 'en')).toBeUndefined();
  });
});
