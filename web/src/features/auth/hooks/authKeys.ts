/** TanStack Query keys of the auth feature: the signed-in person, and password links by token. */
export const authKeys = {
  me: ['auth', 'me'] as const,
  passwordToken: (token: string) => ['auth', 'password-token', token] as const,
};
