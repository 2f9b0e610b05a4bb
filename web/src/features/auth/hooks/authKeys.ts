/** TanStack Query keys of the auth feature: the signed-in person, the ways to sign in, password links by token. */
export const authKeys = {
  me: ['auth', 'me'] as const,
  signInOptions: ['auth', 'sign-in-options'] as const,
  passwordToken: (token: string) => ['auth', 'password-token', token] as const,
};
