export { type AuthenticatedUser, hasRole } from './authenticated-user.js';
export { CurrentUser, type RequestWithUser, userOfRequest } from './current-user.decorator.js';
export { IS_PUBLIC, Public } from './public.decorator.js';
export { REQUIRED_ROLES, Roles } from './roles.decorator.js';
export { type ScopeCondition, type ScopedOrganization, TenantScope } from './tenant-scope.js';
