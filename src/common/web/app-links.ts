/**
 * Links into the web app (DESIGN.md "Web app"): every link in every email the product sends is built here,
 * so each lands on the page that shows its subject (after sign-in where needed, then back to that page).
 * `publicUrl` is PUBLIC_URL without a trailing slash. List filters use the API's own query names, which the
 * list pages read (e.g. GET /api/actions ?ownerPersonId&overdue).
 */
export const appLinks = {
  login: (publicUrl: string): string => `${publicUrl}/login`,
  setPassword: (publicUrl: string, token: string): string => `${publicUrl}/set-password/${token}`,
  forgotPassword: (publicUrl: string): string => `${publicUrl}/forgot-password`,
  meeting: (publicUrl: string, meetingId: string): string => `${publicUrl}/meetings/${meetingId}`,
  meetingAgenda: (publicUrl: string, meetingId: string): string =>
    `${publicUrl}/meetings/${meetingId}/agenda`,
  meetingMinutes: (publicUrl: string, meetingId: string): string =>
    `${publicUrl}/meetings/${meetingId}/minutes`,
  round: (publicUrl: string, roundId: string): string => `${publicUrl}/rounds/${roundId}`,
  /** The public page on which a municipality answers a round's proposal (no sign-in). */
  roundProposal: (publicUrl: string, token: string): string => `${publicUrl}/round-proposal/${token}`,
  action: (publicUrl: string, actionId: string): string => `${publicUrl}/actions/${actionId}`,
  /** Overdue actions: of one owner, or all the caller may see (a coordinator's region). */
  overdueActions: (publicUrl: string, ownerPersonId?: string): string =>
    `${publicUrl}/actions?${ownerPersonId ? `ownerPersonId=${ownerPersonId}&` : ''}overdue=true`,
};
