import { Injectable } from '@nestjs/common';
import { TransactionService } from '../common/database/transaction.service.js';
import type { AgendaItemEntity } from '../agenda/agenda.entity.js';
import type { MinutesItem, MinutesStatus } from '../minutes/minutes.entity.js';

export interface RecordOrganization {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

/** Where a meeting's records stand: its agenda sent or not, its minutes' status and restricted items. */
export interface RecordState {
  meetingId: string;
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
 * The reads of a public records request (issue 18 point 8) beyond the meetings themselves (MeetingReads): the
 * region's municipalities, the state of each meeting's agenda and minutes, their agenda items and the stored
 * public PDF of locked minutes, straight from the tables like the privacy export (ADR 17). What a restricted item says (title, description, notes, secrecy note) is never read, so the export
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

  /** The state of these meetings' agendas and minutes (the meetings come from MeetingReads). */
  async findStates(meetingIds: readonly string[]): Promise<RecordState[]> {
    const rows: Array<
      Omit<RecordState, 'minutesItems'> & { minutesItems: RecordState['minutesItems'] | null }
    > = await this.tx.manager.query(
      `SELECT ids.id AS "meetingId", (a.published_at IS NOT NULL) AS "agendaPublished",
                mi.status AS "minutesStatus",
                (SELECT json_agg(json_build_object('position', (x->>'position')::int,
                          'visibility', x->>'visibility', 'secrecyGround', x->>'secrecyGround'))
                   FROM jsonb_array_elements(mi.items) x) AS "minutesItems"
           FROM unnest($1::uuid[]) AS ids(id)
           LEFT JOIN agendas a ON a.meeting_id = ids.id
           LEFT JOIN minutes mi ON mi.meeting_id = ids.id`,
      [meetingIds],
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
