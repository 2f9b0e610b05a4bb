/**
 * Links to filtered lists. A list page reads the same filter names as its API query (GET /api/actions
 * ?organizationId&status&overdue, GET /api/questions ?organizationId&ownerOrganizationId&responsiblePersonId
 * &strategyAreaId&status), so a figure links to exactly the rows it counts.
 */
const OPEN_ACTIONS = 'open,in_progress';
const OPEN_QUESTIONS = 'open,in_progress';

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export const links = {
  municipality: (id: string) => `/municipalities/${id}`,
  meeting: (id: string) => `/meetings/${id}`,
  agenda: (meetingId: string) => `/meetings/${meetingId}/agenda`,
  minutes: (meetingId: string) => `/meetings/${meetingId}/minutes`,
  action: (id: string) => `/actions/${id}`,
  question: (id: string) => `/questions/${id}`,
  meetingAgenda: (meetingId: string) => `/meetings/${meetingId}/agenda`,
  openActions: (organizationId?: string) => withQuery('/actions', { organizationId, status: OPEN_ACTIONS }),
  overdueActions: (organizationId?: string) => withQuery('/actions', { organizationId, overdue: 'true' }),
  openQuestions: (organizationId?: string, ownerOrganizationId?: string) =>
    withQuery('/questions', { organizationId, ownerOrganizationId, status: OPEN_QUESTIONS }),
  /** The region's row counts the open questions the region owns, wherever they are raised. */
  openQuestionsOwnedBy: (ownerOrganizationId: string) =>
    withQuery('/questions', { ownerOrganizationId, status: OPEN_QUESTIONS }),
  openQuestionsInArea: (strategyAreaId: string) =>
    withQuery('/questions', { strategyAreaId, status: OPEN_QUESTIONS }),
  openActionsInArea: (strategyAreaId: string) =>
    withQuery('/actions', { strategyAreaId, status: OPEN_ACTIONS }),
  adminPerson: (id: string) => `/admin/people/${id}`,
  adminOrganization: (id: string) => `/admin/organizations/${id}`,
  /** The audit log of one record (admins). */
  auditOf: (entityType: string, entityId: string) => withQuery('/admin/audit', { entityType, entityId }),
  minutesAwaitingApproval: (organizationId?: string) =>
    withQuery('/meetings', { organizationId, minutes: 'submitted' }),
};
