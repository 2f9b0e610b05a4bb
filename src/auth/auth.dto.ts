import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../common/auth/password.js';
import { createZodDto } from '../common/validation/zod-dto.js';
import { organizationView } from '../organization/organization.dto.js';
import { personView } from '../person/person.dto.js';
import { LOCALES } from '../person/person.entity.js';

export class LoginBody extends createZodDto(
  'LoginBody',
  z.strictObject({
    email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  }),
) {}

export const accessTokenView = z.object({
  accessToken: z.string(),
  tokenType: z.literal('Bearer'),
  expiresIn: z.number().int().describe('seconds'),
});
export type AccessTokenView = z.infer<typeof accessTokenView>;
export class AccessTokenResponse extends createZodDto('AccessTokenResponse', accessTokenView) {}

export const meView = personView.extend({
  organization: organizationView,
  /** The region organization: the person's own for a region, its parent for a municipality. */
  regionId: z.uuid(),
});
export type MeView = z.infer<typeof meView>;
export class MeResponse extends createZodDto('MeResponse', meView) {}

export class UpdateMeBody extends createZodDto(
  'UpdateMeBody',
  z.strictObject({
    locale: z.enum(LOCALES).describe('the language of the app and of emails to this person'),
  }),
) {}
export type UpdateMeInput = z.infer<typeof UpdateMeBody.schema>;
