import { isMeetingParty } from '../../agenda/agenda-access.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { OUTSIDERS_READ_LOCKED_MINUTES } from '../minutes-guards.js';
import { Inject, Injectable } from '@nestjs/common';
import { toMinutesChange } from '../minutes-change.js';
import { AgendaStore } from '../../agenda/agenda-store.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import type { MinutesRevisionView, MinutesView } from '../minutes.dto.js';
import type { MinutesEntity } from '../minutes.entity.js';
import { MinutesRepository } from '../minutes.repository.js';
import { type MinutesContent, itemTextChanges } from '../editing/minutes-diff.js';
import { isFrozen, partAuthorIds, toMinutesView } from './minutes-view.js';

/** Reads the minutes as the API shows them: GET …/minutes, …/minutes/revisions, and every command's answer. */
@Injectable()
export class MinutesViews {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly agendas: AgendaStore,
    private readonly people: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(user: AuthenticatedUser, meetingId: string): Promise<MinutesView> {
    const meeting = await this.partyMeeting(user, meetingId);
    return this.of(meeting, await this.repository.findByMeeting(meeting.id));
  }

  async revisions(user: AuthenticatedUser, meetingId: string): Promise<{ items: MinutesRevisionView[] }> {
    const meeting = await this.partyMeeting(user, meetingId);
    const rows = await this.repository.findRevisions(meeting.id);
    // Whoever may read the minutes sees who wrote each revision, even a person of the other party.
    const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
    const names = new Map((await this.people.findByIds(actorIds)).map((person) => [person.id, person.name]));
    // Each edit's texts against the content the revision before it kept (rows without content keep none).
    let previous: MinutesContent | null = null;
    return {
      items: rows.map((row) => {
        const content = row.content ? (row.content as unknown as MinutesContent) : null;
        const texts = row.kind === 'edit' && content ? itemTextChanges(previous, content) : [];
        if (content) previous = content;
        return {
          revision: row.revision,
          kind: row.kind,
          actorId: row.actorId,
          authorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
          changes: row.changes.map(toMinutesChange),
          texts,
          comment: row.comment,
          createdAt: row.createdAt.toISOString(),
        };
      }),
    };
  }

  /**
   * The meeting, for one of its two parties: someone invited from outside them (an external organization's
   * person) reads the public copy of the locked minutes (minutes.pdf, and the email), never the working copy.
   */
  private async partyMeeting(user: AuthenticatedUser, meetingId: string): Promise<MeetingView> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    if (!isMeetingParty(user, meeting)) throw new ForbiddenError(OUTSIDERS_READ_LOCKED_MINUTES);
    return meeting;
  }

  /** The names of these people (who saved a part), for a part's answer. */
  async names(ids: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    return new Map((await this.people.findByIds(wanted)).map((p) => [p.id, p.name]));
  }

  /** The view of these minutes of this meeting (an empty draft over the agenda when null). */
  async of(meeting: MeetingView, minutes: MinutesEntity | null): Promise<MinutesView> {
    const agendaItems = isFrozen(minutes) ? null : await this.agendas.findAgendaItems(meeting);
    const { review, adjusters } = minutes
      ? await this.repository.findLatestReviewWithAdjusters(meeting.id)
      : { review: null, adjusters: [] };
    const names = await this.names([
      ...adjusters.map((adjuster) => adjuster.personId),
      ...partAuthorIds(minutes),
    ]);
    return toMinutesView({
      meeting,
      minutes,
      agendaItems,
      review,
      adjusters,
      adjusterNames: names,
      authorNames: names,
      publicUrl: this.config.http.publicUrl,
      reminderBeforeHours: this.config.minutes.reminderBeforeHours,
    });
  }
}
