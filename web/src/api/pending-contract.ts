type ErrorBody = { code: string; message: string; details?: unknown };
type Json<T> = { headers: Record<string, unknown>; content: { 'application/json': T } };
type Empty = { headers: Record<string, unknown>; content?: never };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Unused = {
  put?: never;
  get?: never;
  post?: never;
  delete?: never;
  patch?: never;
  options?: never;
  head?: never;
  trace?: never;
};

/**
 * The password-link endpoints of WEB-CONTRACT.md, typed as openapi-typescript would type them, until the
 * `sessions` work publishes them in the OpenAPI document (then `npm run web:api-types` makes these
 * entries unused and this file can go).
 */
export interface PendingPaths {
  '/api/auth/password/forgot': Omit<Unused, 'post'> & {
    parameters: NoParams;
    post: {
      parameters: NoParams;
      requestBody: { content: { 'application/json': { email: string } } };
      responses: { 202: Empty; 400: Json<ErrorBody> };
    };
  };
  '/api/auth/password/tokens/{token}': Omit<Unused, 'get' | 'post'> & {
    parameters: NoParams;
    get: {
      parameters: Omit<NoParams, 'path'> & { path: { token: string } };
      requestBody?: never;
      responses: {
        200: Json<{ purpose: 'set' | 'reset'; email: string }>;
        404: Json<ErrorBody>;
        410: Json<ErrorBody>;
      };
    };
    post: {
      parameters: Omit<NoParams, 'path'> & { path: { token: string } };
      requestBody: { content: { 'application/json': { password: string } } };
      responses: { 204: Empty; 400: Json<ErrorBody>; 404: Json<ErrorBody>; 410: Json<ErrorBody> };
    };
  };
}
