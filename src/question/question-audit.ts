import { auditedFields } from '../audit/audit-summary.js';
import type { QuestionEntity, QuestionStatus } from './question.entity.js';

/** The question's fields as its audit entries and history name them. */
export const AUDITED_QUESTION_FIELDS = [
  'title',
  'description',
  'ownerKind',
  'ownerOrganizationId',
  'ownerExternalName',
  'responsiblePersonId',
  'status',
] as const;

export type AuditedQuestionField = (typeof AUDITED_QUESTION_FIELDS)[number];

export function auditSummary(question: Pick<QuestionEntity, AuditedQuestionField>): Record<string, unknown> {
  return auditedFields(question, AUDITED_QUESTION_FIELDS);
}

/** Resolved and parked questions are closed (closedAt set). */
export function isClosed(status: QuestionStatus): boolean {
  return status === 'resolved' || status === 'parked';
}
