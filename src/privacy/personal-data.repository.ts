import { Injectable } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import type { PersonalDataView } from './personal-data.dto.js';

/**
 * Every place the database refers to a person, and the export section that answers for it. A test compares
 * this list with the database's own foreign keys to `people` (and the person ids kept inside the minutes'
 * JSON), so a new reference to a person cannot be added without deciding where the export shows it.
 */
export const PERSON_REFERENCES: Readonly<Record<string, keyof PersonalDataView>> = {
  'meeting_participants.person_id': 'meetings',
  'meeting_participants.delegated_to_person_id': 'meetings',
  'meeting_participants.delegated_from_person_id': 'meetings',
  'invitations.person_id': 'meetings',
  'meetings.created_by': 'meetings',
  'agreements.created_by': 'agreements',
  'agreements.region_adjuster_id': 'agreements',
  'agreements.municipality_adjuster_id': 'agreements',
  'agreement_default_participants.person_id': 'agreements',
  'agreement_substitutes.person_id': 'agreements',
  'agreement_substitutes.for_person_id': 'agreements',
  'rounds.created_by': 'rounds',
  'rounds.confirmed_by': 'rounds',
  'round_regional_team.person_id': 'rounds',
  'round_item_participants.person_id': 'rounds',
  'round_consultations.sent_by': 'rounds',
  'round_proposal_answers.answered_by': 'rounds',
  'round_proposal_links.person_id': 'rounds',
  'actions.owner_person_id': 'actions',
  'actions.created_by': 'actions',
  'action_events.actor_id': 'events',
  'questions.responsible_person_id': 'questions',
  'questions.created_by': 'questions',
  'question_events.actor_id': 'events',
  'agenda_items.proposed_by': 'agendaItems',
  'agenda_items.presenter_person_id': 'agendaItems',
  'agenda_items.decided_by': 'agendaItems',
  'agendas.published_by': 'agendas',
  'agenda_templates.created_by': 'agendaTemplates',
  'agenda_item_papers.uploaded_by': 'papers',
  'minutes.submitted_by': 'minutes',
  'minutes.attendance_updated_by': 'minutes',
  'minutes.attendance[].personId': 'minutes',
  'minutes.actions[].ownerPersonId': 'minutes',
  'minutes.actions[].addedBy': 'minutes',
  'minutes.items[].updatedBy': 'minutes',
  'minutes.actions[].updatedBy': 'minutes',
  'minutes_reviews.submitted_by': 'minutes',
  'minutes_revisions.actor_id': 'minutes',
  'minutes_adjusters.person_id': 'adjusterDecisions',
  'emails.recipient_person_id': 'emails',
  'action_digest_deliveries.recipient_person_id': 'actionDigests',
  'browser_sessions.person_id': 'sessions',
  'person_identities.person_id': 'identities',
  'password_links.person_id': 'passwordLinks',
  'calendar_feed_tokens.created_by': 'calendarFeeds',
  'calendar_feed_tokens.subject_person_id': 'calendarFeeds',
  'audit_log.actor_id': 'auditEntries',
};

type Row = Record<string, unknown>;

const iso = (value: unknown): string => (value as Date).toISOString();
const isoOrNull = (value: unknown): string | null => (value ? (value as Date).toISOString() : null);
const text = (value: unknown): string => value as string;
const textOrNull = (value: unknown): string | null => (value as string | null) ?? null;
const roles = (value: unknown): string[] => value as string[];

/** Reads what the database holds about one person; every statement on the caller's transaction. */
@Injectable()
export class PersonalDataRepository {
  constructor(private readonly tx: TransactionService) {}

  private rows(sql: string, personId: string): Promise<Row[]> {
    return this.tx.manager.query(sql, [personId]);
  }

  /** The guests (issue 17) invited with this (lower-cased) email, not erased: one per meeting, earliest first. */
  async guestIds(email: string): Promise<string[]> {
    const rows = await this.rows(
      `SELECT p.id FROM people p JOIN meetings m ON m.id = p.guest_meeting_id
        WHERE p.erased_at IS NULL AND p.email = $1 ORDER BY m.start_at, p.id`,
      email,
    );
    return rows.map((row) => text(row.id));
  }

  async read(personId: string): Promise<Omit<PersonalDataView, 'generatedAt'> | null> {
    const [person] = await this.rows(
      `SELECT p.id, p.name, p.email, p.title, p.phone, p.locale, p.roles, p.login_enabled,
              p.password_hash IS NOT NULL AS has_password, p.created_at, p.updated_at, p.deleted_at,
              o.id AS organization_id, o.name AS organization_name
         FROM people p JOIN organizations o ON o.id = p.organization_id
        WHERE p.id = $1::uuid`,
      personId,
    );
    if (!person) return null;
    // One after another: the statements share the transaction's one connection, so they would queue anyway.
    return {
      person: {
        id: text(person.id),
        name: text(person.name),
        email: text(person.email),
        title: textOrNull(person.title),
        phone: textOrNull(person.phone),
        locale: text(person.locale),
        roles: roles(person.roles),
        loginEnabled: person.login_enabled as boolean,
        hasPassword: person.has_password as boolean,
        organization: { id: text(person.organization_id), name: text(person.organization_name) },
        createdAt: iso(person.created_at),
        updatedAt: iso(person.updated_at),
        deletedAt: isoOrNull(person.deleted_at),
      },
      meetings: await this.meetings(personId),
      agreements: await this.agreements(personId),
      rounds: await this.rounds(personId),
      actions: await this.actions(personId),
      questions: await this.questions(personId),
      events: await this.events(personId),
      agendaItems: await this.agendaItems(personId),
      agendas: await this.agendas(personId),
      agendaTemplates: await this.agendaTemplates(personId),
      papers: await this.papers(personId),
      minutes: await this.minutes(personId),
      adjusterDecisions: await this.adjusterDecisions(personId),
      emails: await this.emails(personId),
      actionDigests: await this.actionDigests(personId),
      sessions: await this.sessions(personId),
      identities: await this.identities(personId),
      passwordLinks: await this.passwordLinks(personId),
      calendarFeeds: await this.calendarFeeds(personId),
      auditEntries: await this.auditEntries(personId),
    };
  }

  private async meetings(personId: string): Promise<PersonalDataView['meetings']> {
    const rows = await this.rows(
      `SELECT m.id, m.title, m.start_at, m.end_at, m.status, mp.role, mp.partstat, mp.responded_at,
              mp.response_comment, mp.added_at, mp.removed_at, i.last_queued_at, m.created_by = $1::uuid AS created_by_them
         FROM meetings m
         LEFT JOIN meeting_participants mp ON mp.meeting_id = m.id AND mp.person_id = $1::uuid
         LEFT JOIN invitations i ON i.meeting_id = m.id AND i.person_id = $1::uuid
        WHERE mp.person_id IS NOT NULL OR i.person_id IS NOT NULL OR m.created_by = $1::uuid
        ORDER BY m.start_at, m.id`,
      personId,
    );
    return rows.map((row) => ({
      meetingId: text(row.id),
      title: text(row.title),
      startAt: iso(row.start_at),
      endAt: iso(row.end_at),
      status: text(row.status),
      role: textOrNull(row.role),
      answer: textOrNull(row.partstat),
      answeredAt: isoOrNull(row.responded_at),
      answerComment: textOrNull(row.response_comment),
      addedAt: isoOrNull(row.added_at),
      removedAt: isoOrNull(row.removed_at),
      invitationSentAt: isoOrNull(row.last_queued_at),
      createdByThem: row.created_by_them === true,
    }));
  }

  private async agreements(personId: string): Promise<PersonalDataView['agreements']> {
    const rows = await this.rows(
      `SELECT a.id, o.name, a.version, array_remove(ARRAY[
                CASE WHEN EXISTS (SELECT 1 FROM agreement_default_participants d
                                   WHERE d.agreement_id = a.id AND d.person_id = $1::uuid) THEN 'default_participant' END,
                CASE WHEN EXISTS (SELECT 1 FROM agreement_substitutes s
                                   WHERE s.agreement_id = a.id AND (s.person_id = $1::uuid OR s.for_person_id = $1::uuid))
                     THEN 'standing_substitute' END,
                CASE WHEN a.region_adjuster_id = $1::uuid THEN 'region_adjuster' END,
                CASE WHEN a.municipality_adjuster_id = $1::uuid THEN 'municipality_adjuster' END,
                CASE WHEN a.created_by = $1::uuid THEN 'created' END], NULL) AS roles
         FROM agreements a JOIN organizations o ON o.id = a.organization_id
        WHERE a.region_adjuster_id = $1::uuid OR a.municipality_adjuster_id = $1::uuid OR a.created_by = $1::uuid
           OR EXISTS (SELECT 1 FROM agreement_default_participants d WHERE d.agreement_id = a.id AND d.person_id = $1::uuid)
           OR EXISTS (SELECT 1 FROM agreement_substitutes s
                       WHERE s.agreement_id = a.id AND (s.person_id = $1::uuid OR s.for_person_id = $1::uuid))
        ORDER BY o.name, a.version`,
      personId,
    );
    return rows.map((row) => ({
      agreementId: text(row.id),
      organization: text(row.name),
      version: row.version as number,
      as: roles(row.roles),
    }));
  }

  private async rounds(personId: string): Promise<PersonalDataView['rounds']> {
    const rows = await this.rows(
      `SELECT r.id, r.name, array_remove(ARRAY[
                CASE WHEN EXISTS (SELECT 1 FROM round_regional_team t WHERE t.round_id = r.id AND t.person_id = $1::uuid)
                     THEN 'regional_team' END,
                CASE WHEN EXISTS (SELECT 1 FROM round_item_participants p WHERE p.round_id = r.id AND p.person_id = $1::uuid)
                     THEN 'participant' END,
                CASE WHEN r.created_by = $1::uuid THEN 'created' END,
                CASE WHEN r.confirmed_by = $1::uuid THEN 'confirmed' END,
                CASE WHEN EXISTS (SELECT 1 FROM round_consultations c WHERE c.round_id = r.id AND c.sent_by = $1::uuid)
                     THEN 'proposed' END,
                CASE WHEN EXISTS (SELECT 1 FROM round_proposal_links l WHERE l.round_id = r.id AND l.person_id = $1::uuid)
                     THEN 'consulted' END,
                CASE WHEN EXISTS (SELECT 1 FROM round_proposal_answers a WHERE a.round_id = r.id AND a.answered_by = $1::uuid)
                     THEN 'answered' END], NULL) AS roles
         FROM rounds r
        WHERE r.created_by = $1::uuid OR r.confirmed_by = $1::uuid
           OR EXISTS (SELECT 1 FROM round_consultations c WHERE c.round_id = r.id AND c.sent_by = $1::uuid)
           OR EXISTS (SELECT 1 FROM round_proposal_links l WHERE l.round_id = r.id AND l.person_id = $1::uuid)
           OR EXISTS (SELECT 1 FROM round_proposal_answers a WHERE a.round_id = r.id AND a.answered_by = $1::uuid)
           OR EXISTS (SELECT 1 FROM round_regional_team t WHERE t.round_id = r.id AND t.person_id = $1::uuid)
           OR EXISTS (SELECT 1 FROM round_item_participants p WHERE p.round_id = r.id AND p.person_id = $1::uuid)
        ORDER BY r.window_first, r.id`,
      personId,
    );
    return rows.map((row) => ({ roundId: text(row.id), name: text(row.name), as: roles(row.roles) }));
  }

  private async actions(personId: string): Promise<PersonalDataView['actions']> {
    const rows = await this.rows(
      `SELECT a.id, a.title, a.status, a.due_date::text AS due_date, array_remove(ARRAY[
                CASE WHEN a.owner_person_id = $1::uuid THEN 'owner' END,
                CASE WHEN a.created_by = $1::uuid THEN 'created' END], NULL) AS roles
         FROM actions a
        WHERE a.owner_person_id = $1::uuid OR a.created_by = $1::uuid
        ORDER BY a.due_date, a.id`,
      personId,
    );
    return rows.map((row) => ({
      actionId: text(row.id),
      title: text(row.title),
      status: text(row.status),
      dueDate: text(row.due_date),
      as: roles(row.roles),
    }));
  }

  private async questions(personId: string): Promise<PersonalDataView['questions']> {
    const rows = await this.rows(
      `SELECT q.id, q.title, q.status, array_remove(ARRAY[
                CASE WHEN q.responsible_person_id = $1::uuid THEN 'responsible' END,
                CASE WHEN q.created_by = $1::uuid THEN 'created' END], NULL) AS roles
         FROM questions q
        WHERE q.responsible_person_id = $1::uuid OR q.created_by = $1::uuid
        ORDER BY q.created_at, q.id`,
      personId,
    );
    return rows.map((row) => ({
      questionId: text(row.id),
      title: text(row.title),
      status: text(row.status),
      as: roles(row.roles),
    }));
  }

  private async events(personId: string): Promise<PersonalDataView['events']> {
    const rows = await this.rows(
      `SELECT 'action' AS kind, action_id AS subject_id, kind AS event, comment, occurred_at
         FROM action_events WHERE actor_id = $1::uuid
       UNION ALL
       SELECT 'question', question_id, kind, comment, occurred_at
         FROM question_events WHERE actor_id = $1::uuid
        ORDER BY occurred_at`,
      personId,
    );
    return rows.map((row) => ({
      kind: row.kind as 'action' | 'question',
      subjectId: text(row.subject_id),
      event: text(row.event),
      comment: textOrNull(row.comment),
      occurredAt: iso(row.occurred_at),
    }));
  }

  private async agendaItems(personId: string): Promise<PersonalDataView['agendaItems']> {
    const rows = await this.rows(
      `SELECT i.id, i.meeting_id, i.title, i.status, array_remove(ARRAY[
                CASE WHEN i.proposed_by = $1::uuid THEN 'proposed' END,
                CASE WHEN i.presenter_person_id = $1::uuid THEN 'presenter' END,
                CASE WHEN i.decided_by = $1::uuid THEN 'decided' END], NULL) AS roles
         FROM agenda_items i
        WHERE i.proposed_by = $1::uuid OR i.presenter_person_id = $1::uuid OR i.decided_by = $1::uuid
        ORDER BY i.created_at, i.id`,
      personId,
    );
    return rows.map((row) => ({
      itemId: text(row.id),
      meetingId: text(row.meeting_id),
      title: text(row.title),
      status: text(row.status),
      as: roles(row.roles),
    }));
  }

  private async agendas(personId: string): Promise<PersonalDataView['agendas']> {
    const rows = await this.rows(
      `SELECT meeting_id, published_at FROM agendas WHERE published_by = $1::uuid ORDER BY published_at`,
      personId,
    );
    return rows.map((row) => ({ meetingId: text(row.meeting_id), publishedAt: isoOrNull(row.published_at) }));
  }

  private async agendaTemplates(personId: string): Promise<PersonalDataView['agendaTemplates']> {
    const rows = await this.rows(
      `SELECT id, name FROM agenda_templates WHERE created_by = $1::uuid ORDER BY created_at`,
      personId,
    );
    return rows.map((row) => ({ templateId: text(row.id), name: text(row.name) }));
  }

  private async papers(personId: string): Promise<PersonalDataView['papers']> {
    const rows = await this.rows(
      `SELECT id, meeting_id, original_name, uploaded_at
         FROM agenda_item_papers WHERE uploaded_by = $1::uuid ORDER BY uploaded_at, id`,
      personId,
    );
    return rows.map((row) => ({
      paperId: text(row.id),
      meetingId: text(row.meeting_id),
      name: text(row.original_name),
      uploadedAt: iso(row.uploaded_at),
    }));
  }

  private async minutes(personId: string): Promise<PersonalDataView['minutes']> {
    const rows = await this.rows(
      `SELECT m.meeting_id, mt.title, m.status, array_remove(ARRAY[
                CASE WHEN m.attendance @> jsonb_build_array(jsonb_build_object('personId', $1::text))
                     THEN 'attendance' END,
                CASE WHEN m.actions @> jsonb_build_array(jsonb_build_object('ownerPersonId', $1::text))
                     THEN 'action_owner' END,
                CASE WHEN m.actions @> jsonb_build_array(jsonb_build_object('addedBy', $1::text))
                     THEN 'action_author' END,
                CASE WHEN m.attendance_updated_by = $1::uuid
                       OR m.items @> jsonb_build_array(jsonb_build_object('updatedBy', $1::text))
                       OR m.actions @> jsonb_build_array(jsonb_build_object('updatedBy', $1::text))
                     THEN 'part_author' END,
                CASE WHEN m.submitted_by = $1::uuid
                       OR EXISTS (SELECT 1 FROM minutes_reviews r WHERE r.meeting_id = m.meeting_id AND r.submitted_by = $1::uuid)
                     THEN 'submitted' END,
                CASE WHEN EXISTS (SELECT 1 FROM minutes_revisions v WHERE v.meeting_id = m.meeting_id AND v.actor_id = $1::uuid)
                     THEN 'revision_author' END], NULL) AS roles
         FROM minutes m JOIN meetings mt ON mt.id = m.meeting_id
        ORDER BY mt.start_at, m.meeting_id`,
      personId,
    );
    return rows
      .filter((row) => roles(row.roles).length > 0)
      .map((row) => ({
        meetingId: text(row.meeting_id),
        title: text(row.title),
        status: text(row.status),
        as: roles(row.roles),
      }));
  }

  private async adjusterDecisions(personId: string): Promise<PersonalDataView['adjusterDecisions']> {
    const rows = await this.rows(
      `SELECT a.meeting_id, a.party, a.decision, a.comment, a.decided_at
         FROM minutes_adjusters a JOIN minutes_reviews r ON r.id = a.review_id
        WHERE a.person_id = $1::uuid ORDER BY r.submitted_at, a.id`,
      personId,
    );
    return rows.map((row) => ({
      meetingId: text(row.meeting_id),
      party: text(row.party),
      decision: textOrNull(row.decision),
      comment: textOrNull(row.comment),
      decidedAt: isoOrNull(row.decided_at),
    }));
  }

  private async emails(personId: string): Promise<PersonalDataView['emails']> {
    const rows = await this.rows(
      `SELECT template, subject, to_address, status, created_at, sent_at
         FROM emails WHERE recipient_person_id = $1::uuid ORDER BY created_at, id`,
      personId,
    );
    return rows.map((row) => ({
      template: text(row.template),
      subject: text(row.subject),
      toAddress: text(row.to_address),
      status: text(row.status),
      createdAt: iso(row.created_at),
      sentAt: isoOrNull(row.sent_at),
    }));
  }

  private async actionDigests(personId: string): Promise<PersonalDataView['actionDigests']> {
    const rows = await this.rows(
      `SELECT kind, iso_week, action_count, sent_at FROM action_digest_deliveries
        WHERE recipient_person_id = $1::uuid ORDER BY iso_week, kind`,
      personId,
    );
    return rows.map((row) => ({
      kind: text(row.kind),
      isoWeek: text(row.iso_week),
      actionCount: row.action_count as number,
      sentAt: isoOrNull(row.sent_at),
    }));
  }

  private async sessions(personId: string): Promise<PersonalDataView['sessions']> {
    const rows = await this.rows(
      `SELECT created_at, last_seen_at, expires_at FROM browser_sessions WHERE person_id = $1::uuid ORDER BY created_at`,
      personId,
    );
    return rows.map((row) => ({
      createdAt: iso(row.created_at),
      lastSeenAt: isoOrNull(row.last_seen_at),
      expiresAt: iso(row.expires_at),
    }));
  }

  /** The accounts at identity providers the person is linked to (single sign-on, ADR 14). */
  private async identities(personId: string): Promise<PersonalDataView['identities']> {
    const rows = await this.rows(
      `SELECT provider, subject, created_at, last_sign_in_at, revoked_at
         FROM person_identities WHERE person_id = $1::uuid ORDER BY created_at`,
      personId,
    );
    return rows.map((row) => ({
      provider: text(row.provider),
      subject: text(row.subject),
      linkedAt: iso(row.created_at),
      lastSignInAt: iso(row.last_sign_in_at),
      revokedAt: isoOrNull(row.revoked_at),
    }));
  }

  private async passwordLinks(personId: string): Promise<PersonalDataView['passwordLinks']> {
    const rows = await this.rows(
      `SELECT purpose, created_at, expires_at, used_at FROM password_links WHERE person_id = $1::uuid ORDER BY created_at`,
      personId,
    );
    return rows.map((row) => ({
      purpose: text(row.purpose),
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires_at),
      usedAt: isoOrNull(row.used_at),
    }));
  }

  private async calendarFeeds(personId: string): Promise<PersonalDataView['calendarFeeds']> {
    const rows = await this.rows(
      `SELECT kind, created_at, revoked_at, last_used_at, array_remove(ARRAY[
                CASE WHEN subject_person_id = $1::uuid THEN 'subject' END,
                CASE WHEN created_by = $1::uuid THEN 'created' END], NULL) AS roles
         FROM calendar_feed_tokens
        WHERE subject_person_id = $1::uuid OR created_by = $1::uuid ORDER BY created_at`,
      personId,
    );
    return rows.map((row) => ({
      kind: text(row.kind),
      createdAt: iso(row.created_at),
      revokedAt: isoOrNull(row.revoked_at),
      lastUsedAt: isoOrNull(row.last_used_at),
      as: roles(row.roles),
    }));
  }

  private async auditEntries(personId: string): Promise<PersonalDataView['auditEntries']> {
    const rows = await this.rows(
      `SELECT occurred_at, action, entity_type, entity_id,
              CASE WHEN entity_type = 'person' AND entity_id = $1::text THEN 'subject' ELSE 'actor' END AS role,
              CASE WHEN entity_type = 'person' AND entity_id = $1::text THEN before END AS before,
              CASE WHEN entity_type = 'person' AND entity_id = $1::text THEN after END AS after
         FROM audit_log
        WHERE actor_id = $1::uuid OR (entity_type = 'person' AND entity_id = $1::text)
        ORDER BY occurred_at, id`,
      personId,
    );
    return rows.map((row) => ({
      occurredAt: iso(row.occurred_at),
      action: text(row.action),
      entityType: text(row.entity_type),
      entityId: text(row.entity_id),
      as: row.role as 'actor' | 'subject',
      before: (row.before as Record<string, unknown> | null) ?? null,
      after: (row.after as Record<string, unknown> | null) ?? null,
    }));
  }
}
