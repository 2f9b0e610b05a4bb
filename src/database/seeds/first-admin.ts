import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../common/auth/password.js';
import type { AppConfig } from '../../config/app-config.js';

export type FirstAdminResult =
  | { created: false; reason: 'exists' | 'no-region' | 'no-password-in-production' }
  | { created: true; email: string; generatedPassword?: string };

/**
 * Creates the first admin (a person of the first region) when no admin exists. Outside production a missing
 * ADMIN_PASSWORD is generated and returned so the caller can print it once.
 */
export async function ensureFirstAdmin(manager: EntityManager, config: AppConfig): Promise<FirstAdminResult> {
  const admins = await manager.query<unknown[]>(
    `SELECT 1 FROM people WHERE 'admin' = ANY(roles) AND deleted_at IS NULL LIMIT 1`,
  );
  if (admins.length > 0) return { created: false, reason: 'exists' };
  const [region] = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM organizations WHERE kind = 'region' ORDER BY created_at, code LIMIT 1`,
  );
  if (!region) return { created: false, reason: 'no-region' };
  let password = config.admin.password;
  let generatedPassword: string | undefined;
  if (!password) {
    if (config.isProduction) return { created: false, reason: 'no-password-in-production' };
    generatedPassword = password = randomBytes(12).toString('base64url');
  }
  const passwordHash = await hashPassword(password);
  const [person] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO people (organization_id, name, email, roles, locale, login_enabled, password_hash, version)
     VALUES ($1, 'Administratör', $2, '{admin,coordinator}', $3, true, $4, 1)
     ON CONFLICT (email) WHERE deleted_at IS NULL AND guest_meeting_id IS NULL
       DO UPDATE SET roles = array(SELECT DISTINCT unnest(people.roles || '{admin}'::text[]))
     RETURNING id`,
    [region.id, config.admin.email, config.defaultLocale, passwordHash],
  );
  await manager.query(
    `INSERT INTO audit_log (action, entity_type, entity_id, organization_id, after)
     VALUES ('person.create-first-admin', 'person', $1, $2, $3)`,
    [person.id, region.id, { roles: ['admin', 'coordinator'] }],
  );
  return { created: true, email: config.admin.email, generatedPassword };
}
