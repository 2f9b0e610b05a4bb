import { Injectable } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AgendaItemEntity } from '../agenda/agenda.entity.js';
import type { MeetingStatus } from '../meeting/meeting.entity.js';
import type { MinutesItem, MinutesStatus } from '../minutes/minutes.entity.js';

export interface RecordOrganization {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** A meeting of the period as the export needs it: where, when, with whom, and the state of its records. */
export interface RecordMeetingRow {
  id: string;
  title: string;
  startAt: Date;
  endAt: Date;
  status: MeetingStatus;
  caseNumber: string | null;
  locationAddress: string | null;
  videoUrl: string | null;
  municipalities: Array<{ id: string; name: string }>;
  agendaPublished: boolean;
  minutesStatus: MinutesStatus | null;
  /** Where the minutes' items stand and which are restricted on what ground; empty without minutes. */
  minutesItems: Array<Pick<MinutesItem, 'position' | 'visibility' | 'secrecyGround'>>;
}

/** An agenda item (on the agenda, or a participant's proposal) with who proposed it and from where. */
export type RecordAgendaItem = Pick<
  AgendaItemEntity,
  | 'id'
  | 'meetingId'
  | 'position'
  | 'description'
  | 'type'
  | 'durationMinutes'
  | 'visibility'
  | 'secrecyGround'
  | 'status'
  | 'source'
  | 'decisionReason'
  | 'createdAt'
> & {
  /** Null for a restricted item: never read. */
  title: string | null;
  proposer: { name: string; organizationId: string; organizationName: string } | null;
};

/**
 * The reads of a public records request (issue 18 point 8), straight from the tables as of one moment: the
 * region's municipalities, the meetings of a period, their agenda items and the stored public PDF of locked
 * minutes. What a restricted item says (title, description, notes, secrecy note) is never read, so the export
 * cannot print it.
 */
@Injectable()
export class PublicRecordsRepository {
  constructor(private readonly tx: TransactionService) {}

  findOrganizations(ids: readonly string[]): Promise<RecordOrganization[]> {
    return this.tx.manager.query(
      'SELECT id, name, kind, parent_id AS "parentId" FROM organizations WHERE id = ANY($1::uuid[])',
      [ids],
    );
  }

  findMunicipalities(regionId: string): Promise<RecordOrganization[]> {
    return this.tx.manager.query(
      `SELECT id, name, kind, parent_id AS "parentId" FROM organizations
        WHERE parent_id = $1 AND kind = 'municipality' ORDER BY name, id`,
      [regionId],
    );
  }

  /**
   * The region's meetings with at least one of these municipalities that start between the two local dates
   * (both included) in `zone`, by start.
   */
  async findMeetings(input: {
    regionId: string;
    organizationIds: readonly string[];
    from: string;
    to: string;
    zone: string;
  }): Promise<RecordMeetingRow[]> {
    const rows: Array<
      Omit<RecordMeetingRow, 'minutesItems'> & { minutesItems: RecordMeetingRow['minutesItems'] | null }
    > = await this.tx.manager.query(
      `SELECT m.id, m.title, m.start_at AS "startAt", m.end_at AS "endAt", m.status,
                m.case_number AS "caseNumber", m.location_address AS "locationAddress",
                m.video_url AS "videoUrl",
                (SELECT COALESCE(json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY o.name), '[]')
                   FROM meeting_organizations mo JOIN organizations o ON o.id = mo.organization_id
                  WHERE mo.meeting_id = m.id) AS municipalities,
                (a.published_at IS NOT NULL) AS "agendaPublished",
                mi.status AS "minutesStatus",
                (SELECT json_agg(json_build_object('position', (x->>'position')::int,
                          'visibility', x->>'visibility', 'secrecyGround', x->>'secrecyGround'))
                   FROM jsonb_array_elements(mi.items) x) AS "minutesItems"
           FROM meetings m
           LEFT JOIN agendas a ON a.meeting_id = m.id
           LEFT JOIN minutes mi ON mi.meeting_id = m.id
          WHERE m.region_id = $1
            AND EXISTS (SELECT 1 FROM meeting_organizations filter_link
                         WHERE filter_link.meeting_id = m.id AND filter_link.organization_id = ANY($2::uuid[]))
            AND (m.start_at AT TIME ZONE $5)::date BETWEEN $3::date AND $4::date
          ORDER BY m.start_at, m.id`,
      [input.regionId, input.organizationIds, input.from, input.to, input.zone],
    );
    return rows.map((row) => ({ ...row, minutesItems: row.minutesItems ?? [] }));
  }

  /**
   * The items of these meetings, by meeting and position. A restricted item's title and description are not
   * read at all (null), so no later mistake can print them.
   */
  findAgendaItems(meetingIds: readonly string[]): Promise<RecordAgendaItem[]> {
    return this.tx.manager.query(
      `SELECT i.id, i.meeting_id AS "meetingId", i.position,
              CASE WHEN i.visibility = 'public' THEN i.title END AS title,
              CASE WHEN i.visibility = 'public' THEN i.description END AS description, i.type,
              i.duration_minutes AS "durationMinutes", i.visibility, i.secrecy_ground AS "secrecyGround",
              i.status, i.source,
              CASE WHEN i.visibility = 'public' THEN i.decision_reason END AS "decisionReason", i.created_at AS "createdAt",
              CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
                'name', p.name, 'organizationId', o.id, 'organizationName', o.name) END AS proposer
         FROM agenda_items i
         LEFT JOIN people p ON p.id = i.proposed_by
         LEFT JOIN organizations o ON o.id = p.organization_id
        WHERE i.meeting_id = ANY($1::uuid[])
        ORDER BY i.meeting_id, i.position, i.id`,
      [meetingIds],
    );
  }

  /** The public version of the minutes as stored when they locked; null unless they are locked now. */
  async findPublicMinutesPdf(meetingId: string): Promise<Buffer | null> {
    const [row]: Array<{ pdf: Buffer | null }> = await this.tx.manager.query(
      `SELECT pdf_public AS pdf FROM minutes WHERE meeting_id = $1 AND status = 'locked'`,
      [meetingId],
    );
    return row?.pdf ?? null;
  }
}
