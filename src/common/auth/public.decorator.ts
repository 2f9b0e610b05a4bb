import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'samverkan:public';

/** Lets a route under /api be called without a bearer token (e.g. login). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
