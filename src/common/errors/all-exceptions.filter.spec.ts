import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { DomainError, RateLimitedError, ValidationError } from './domain-error';
import { translateError } from './all-exceptions.filter';

describe('translateError', () => {
  it('maps each domain error kind to its status and keeps code, message and details', () => {
    expect(translateError(new DomainError('not_found', 'PERSON_NOT_FOUND', 'No such person'))).toEqual({
      status: 404,
      body: { code: 'PERSON_NOT_FOUND', message: 'No such person' },
    });
    const invalid = translateError(new ValidationError('bad', [{ field: 'email' }]));
    expect(invalid?.status).toBe(400);
    expect(invalid?.body.details).toEqual([{ field: 'email' }]);
    expect(translateError(new DomainError('conflict', 'X', 'x'))?.status).toBe(409);
    expect(translateError(new DomainError('gone', 'X', 'x'))?.status).toBe(410);
  });

  it('adds Retry-After to rate limiting', () => {
    const translated = translateError(new RateLimitedError('slow down', 42));
    expect(translated?.status).toBe(429);
    expect(translated?.headers).toEqual({ 'retry-after': '42' });
  });

  it('turns framework HTTP errors into coded errors without internals', () => {
    expect(translateError(new NotFoundException('Cannot GET /secret/path'))?.body).toEqual({
      code: 'ROUTE_NOT_FOUND',
      message: 'No such route',
    });
    expect(translateError(new BadRequestException('nope'))?.status).toBe(400);
  });

  it('maps PostgreSQL constraint and format errors to 4xx, never 500', () => {
    const unique = new QueryFailedError('INSERT', [], Object.assign(new Error('dup'), { code: '23505' }));
    expect(translateError(unique)?.status).toBe(409);
    const badUuid = new QueryFailedError('SELECT', [], Object.assign(new Error('uuid'), { code: '22P02' }));
    expect(translateError(badUuid)?.status).toBe(400);
    const nul = new QueryFailedError('INSERT', [], Object.assign(new Error('0x00'), { code: '22021' }));
    expect(translateError(nul)).toEqual({
      status: 400,
      body: { code: 'VALIDATION_FAILED', message: 'A text value holds a character that cannot be stored' },
    });
  });

  it('maps Fastify body errors', () => {
    const tooLarge = Object.assign(new Error('too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    expect(translateError(tooLarge)).toEqual({
      status: 413,
      body: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' },
    });
  });

  it('leaves unknown errors to the 500 path', () => {
    expect(translateError(new Error('boom'))).toBeUndefined();
  });
});
