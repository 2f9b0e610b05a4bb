import { z } from 'zod';
import { createZodDto } from '../../common/validation/zod-dto.js';

/** A provider's id in a path (OIDC_PROVIDERS). */
export class OidcProviderParam extends createZodDto(
  'OidcProviderParam',
  z.strictObject({ provider: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/) }),
) {}

export const signInOptionsView = z.object({
  passwordLogin: z.boolean().describe('whether email and password sign-in is offered (PASSWORD_LOGIN)'),
  providers: z.array(
    z.object({
      id: z.string(),
      name: z.string().describe('shown on the button: "Logga in med <name>"'),
      signInUrl: z.string().describe('navigate the browser here (with ?next=/path) to sign in'),
    }),
  ),
});
export type SignInOptionsView = z.infer<typeof signInOptionsView>;
export class SignInOptionsResponse extends createZodDto('SignInOptionsResponse', signInOptionsView) {}

/** OpenID Connect Back-Channel Logout 1.0: the provider posts the logout token as a form. */
export class BackchannelLogoutBody extends createZodDto(
  'BackchannelLogoutBody',
  z.object({ logout_token: z.string().min(1).max(16_000) }),
) {}

export const backchannelLogoutView = z.object({ sessionsEnded: z.number().int() });
export class BackchannelLogoutResponse extends createZodDto(
  'BackchannelLogoutResponse',
  backchannelLogoutView,
) {}

/** What DELETE /api/auth/session answers: where to go to end the provider's session too, if anywhere. */
export const signOutView = z.object({
  providerLogoutUrl: z
    .string()
    .nullable()
    .describe(
      "the provider's end-session address (RP-initiated logout) for a single sign-on; null otherwise",
    ),
});
export type SignOutView = z.infer<typeof signOutView>;
export class SignOutResponse extends createZodDto('SignOutResponse', signOutView) {}
