import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../common/auth/password.js';
import { createZodDto } from '../common/validation/zod-dto.js';
import { organizationView } from '../organization/organization.dto.js';
import { personView } from '../person/person.dto.js';
import { PASSWORD_LINK_PURPOSES } from '../person/password-link.entity.js';
import { LOCALES } from '../person/person.entity.js';

const email = z.string().trim().toLowerCase().pipe(z.email().max(254));

export class LoginBody extends createZodDto(
  'LoginBody',
  z.strictObject({
    email,
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

export class ForgotPasswordBody extends createZodDto('ForgotPasswordBody', z.strictObject({ email })) {}

/** The one answer to "forgot password", whatever the address. */
export const forgotPasswordView = z.object({ message: z.string() });
export type ForgotPasswordView = z.infer<typeof forgotPasswordView>;
export class ForgotPasswordResponse extends createZodDto('ForgotPasswordResponse', forgotPasswordView) {}

/** The token of an emailed set-password or reset link (`/set-password/:token`). */
export class PasswordLinkTokenParam extends createZodDto(
  'PasswordLinkTokenParam',
  z.strictObject({ token: z.string().min(1).max(200) }),
) {}

export const passwordLinkView = z.object({
  purpose: z
    .enum(PASSWORD_LINK_PURPOSES)
    .describe('set: a new person chooses a first password; reset: forgot'),
  email: z.string().describe('the address the link was sent to, to show on the page'),
});
export type PasswordLinkView = z.infer<typeof passwordLinkView>;
export class PasswordLinkResponse extends createZodDto('PasswordLinkResponse', passwordLinkView) {}

export class SetPasswordBody extends createZodDto(
  'SetPasswordBody',
  z.strictObject({
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH)
      .max(PASSWORD_MAX_LENGTH)
      .describe(`at least ${PASSWORD_MIN_LENGTH} characters`),
  }),
) {}
