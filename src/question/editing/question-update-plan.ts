import { type AuthenticatedUser, hasRole } from '../../common/auth/authenticated-user.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import type { OrganizationView } from '../../organization/organization.dto.js';
import { type AuditedQuestionField, auditSummary, isClosed } from '../question-audit.js';
import type { UpdateQuestionInput } from '../question.dto.js';
import type { QuestionEntity } from '../question.entity.js';
import { QuestionErrorCode, QuestionException } from '../question.exception.js';
import type { LinkKind, QuestionLinks } from '../question.repository.js';

/** What the responsible person (not a coordinator or secretary) may send. */
const RESPONSIBLE_FIELDS = new Set(['status', 'comment', 'version']);

/** The question as stored, locked for the update, with its links. */
export interface QuestionUpdateCurrent {
  question: Pick<QuestionEntity, AuditedQuestionField | 'closedAt' | 'version'>;
  links: QuestionLinks;
}

/** The owner asked for, looked up and checked (QuestionParties.resolveOwner). */
export interface ResolvedOwner {
  organization: Pick<OrganizationView, 'id' | 'kind'> | null;
  externalName: string | null;
}

/**
 * A PATCH with what needs the database already looked up and checked (QuestionEditor does, in order): the
 * owner when one is asked for, and for each link list asked for the list to store (organizations checked
 * against the scope and region with the owner's added, other links with those the caller cannot see kept).
 */
export interface QuestionUpdateRequest {
  input: UpdateQuestionInput;
  owner?: ResolvedOwner;
  links: Partial<QuestionLinks>;
}

type Changes = Record<string, { from: unknown; to: unknown }>;

/** What a PATCH changes, decided before anything is written (QuestionEditor.update carries it out). */
export interface QuestionUpdatePlan {
  /** The question's new column values, only those that differ; closedAt follows the status. */
  fields: Partial<Pick<QuestionEntity, AuditedQuestionField | 'closedAt'>>;
  /** The link lists to replace (each one asked for, or the organizations when a new owner joins them). */
  links: Partial<QuestionLinks>;
  /** The audit entry's before and after: the audited fields and the replaced link lists. */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  /** The history's field → { from, to } (link lists compared as sets). */
  changes: Changes;
  /** The history event: 'updated' when something changed, 'commented' for a comment alone, else none. */
  event: 'updated' | 'commented' | null;
}

/**
 * Who may change what, and the version to match, checked before anything is looked up: region staff
 * (coordinators, secretaries) and admins change anything; a municipality's coordinators and secretaries all
 * but which municipalities the question is raised with; the responsible person the status and a comment.
 */
export function checkQuestionUpdate(
  user: AuthenticatedUser,
  question: Pick<QuestionEntity, 'responsiblePersonId' | 'version'>,
  input: UpdateQuestionInput,
): void {
  assertMayUpdate(user, question, input);
  if (input.version !== undefined && input.version !== question.version) {
    throw new QuestionException(
      QuestionErrorCode.VersionConflict,
      'The question was changed by someone else',
      {
        currentVersion: question.version,
      },
    );
  }
}

function assertMayUpdate(
  user: AuthenticatedUser,
  question: Pick<QuestionEntity, 'responsiblePersonId'>,
  input: UpdateQuestionInput,
): void {
  if (hasRole(user, 'admin')) return;
  if (user.organizationKind === 'region' && hasRole(user, 'coordinator', 'secretary')) return;
  if (hasRole(user, 'coordinator', 'secretary')) {
    if (input.organizationIds !== undefined) {
      throw new ForbiddenError('The region decides which municipalities a question is raised with');
    }
    return;
  }
  if (question.responsiblePersonId === user.personId) {
    const other = Object.keys(input).filter((key) => !RESPONSIBLE_FIELDS.has(key));
    if (other.length === 0) return;
    throw new ForbiddenError(
      `As the responsible person you change the status and comment; not ${other.join(', ')}`,
    );
  }
  throw new ForbiddenError('You cannot change this question');
}

/**
 * The organizations to check when a PATCH replaces them: those asked for and the owning organization
 * (after the change), unless it is the region, each once in the order given.
 */
export function organizationIdsToCheck(
  requested: readonly string[],
  owner: Pick<OrganizationView, 'id' | 'kind'> | null,
): string[] {
  return [...new Set([...requested, ...(owner && owner.kind !== 'region' ? [owner.id] : [])])];
}

/** Diffs the PATCH against the stored question: fields, links, the audit entry and the history event. */
export function planQuestionUpdate(
  current: QuestionUpdateCurrent,
  request: QuestionUpdateRequest,
  now: Date,
): QuestionUpdatePlan {
  const { input, owner } = request;
  const { question } = current;
  const asked: QuestionUpdatePlan['fields'] = {};
  const links: Partial<QuestionLinks> = { ...request.links };
  if (input.owner !== undefined && owner) {
    asked.ownerKind = input.owner.kind;
    asked.ownerOrganizationId = owner.organization?.id ?? null;
    asked.ownerExternalName = owner.externalName;
    // A new owning municipality joins the organizations the question is raised with.
    if (
      links.organizationIds === undefined &&
      owner.organization &&
      owner.organization.kind !== 'region' &&
      !current.links.organizationIds.includes(owner.organization.id)
    ) {
      links.organizationIds = [...current.links.organizationIds, owner.organization.id];
    }
  }
  if (input.responsiblePersonId !== undefined) asked.responsiblePersonId = input.responsiblePersonId;
  if (input.title !== undefined) asked.title = input.title;
  if (input.description !== undefined) asked.description = input.description;
  if (input.status !== undefined && input.status !== question.status) {
    asked.status = input.status;
    asked.closedAt = isClosed(input.status) ? now : null;
  }
  const fields = Object.fromEntries(
    Object.entries(asked).filter(([key, value]) => question[key as keyof typeof asked] !== value),
  ) as QuestionUpdatePlan['fields'];
  const replaced = Object.keys(links) as LinkKind[];
  const before = { ...auditSummary(question), ...pick(current.links, replaced) };
  const after = { ...auditSummary({ ...question, ...fields }), ...links };
  const changes = changesBetween(before, after);
  const changed = Object.keys(changes).length > 0;
  return {
    fields,
    links,
    before,
    after,
    changes,
    event: changed ? 'updated' : input.comment !== undefined ? 'commented' : null,
  };
}

/** Field → { from, to } of what differs (lists compared as sets). */
function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const same = (a: unknown, b: unknown) =>
    Array.isArray(a) && Array.isArray(b)
      ? a.length === b.length && (a as string[]).toSorted().join() === (b as string[]).toSorted().join()
      : a === b;
  return Object.fromEntries(
    Object.keys(after)
      .filter((field) => !same(before[field] ?? null, after[field] ?? null))
      .map((field) => [field, { from: before[field] ?? null, to: after[field] ?? null }]),
  );
}

function pick(links: QuestionLinks, kinds: readonly LinkKind[]): Partial<QuestionLinks> {
  return Object.fromEntries(kinds.map((kind) => [kind, links[kind]]));
}
