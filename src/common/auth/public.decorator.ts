import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC = 'samverkan:public';

/**
 * Lets a route be called without a bearer token (e.g. login). Published as `x-public` in the OpenAPI
 * document so the security sweep knows which routes must answer 401 without a token.
 */
export const Public = (): MethodDecorator & ClassDecorator =>
  applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension('x-public', true));
