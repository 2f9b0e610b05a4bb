/**
 * Links to filtered lists. A list page reads the same filter names as its API query (GET /api/actions
 * ?organizationId&status&overdue, GET /api/questions ?organizationId&ownerOrganizationId&responsiblePersonId
 * &strategyAreaId&status, GET /api/meetings ?organizationId&minutes), so a figure links to exactly the rows it counts
 * (test/overview.e2e-spec.ts follows every link of the overview to the API and compares the totals).
 */
const OPEN_ACTIONS = 'open,in_progress';
const OPEN_QUESTIONS = 'open,in_progress';
/** Minutes submitted to the adjusters and not yet approved: the API's minutes status `in_review`. */
const MINUTES_AWAITING_APPROVAL = 'in_review';

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
    withQuery('/meetings', { organizationId, minutes: MINUTES_AWAITING_APPROVAL }),
};

/**
 * The lists behind one overview row's figures. A municipality's row counts its own actions, the questions
 * raised with it and the minutes of its meetings; the region's row its own actions, the questions it owns
 * and the minutes of all its meetings (the region takes part in every one).
 */
export function overviewRowLinks(row: { kind: 'municipality' | 'region'; organizationId: string }) {
  const municipality = row.kind === 'municipality' ? row.organizationId : undefined;
  return {
    openActions: links.openActions(row.organizationId),
    overdueActions: links.overdueActions(row.organizationId),
    openQuestions: municipality
      ? links.openQuestions(municipality)
      : links.openQuestionsOwnedBy(row.organizationId),
    openQuestionsOwnedBy: (ownerOrganizationId: string) =>
      municipality
        ? links.openQuestions(municipality, ownerOrganizationId)
        : links.openQuestionsOwnedBy(ownerOrganizationId),
    minutesAwaitingApproval: links.minutesAwaitingApproval(municipality),
  };
}
