import { isMeetingParty } from '../../agenda/agenda-access.js';
import { ForbiddenError } from '../../common/errors/domain-error.js';
import { OUTSIDERS_READ_LOCKED_MINUTES } from '../minutes-guards.js';
import { Inject, Injectable } from '@nestjs/common';
import { AgendaStore } from '../../agenda/agenda-store.js';
import { AgendaPapers } from '../../agenda/papers/agenda-papers.js';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import { minutesItemOf } from '../minutes-items.js';
import { MinutesEntity } from '../minutes.entity.js';
import { MinutesRepository } from '../minutes.repository.js';
import { buildMinutesDocument, documentActions, pdfFilename } from './minutes-document.js';
import { renderMinutesPdf } from './minutes-pdf.js';

/** The PDFs of the minutes: rendered at the lock and for distribution, and GET …/minutes.pdf. */
@Injectable()
export class MinutesPdfs {
  constructor(
    private readonly repository: MinutesRepository,
    private readonly meetings: MeetingReads,
    private readonly agendas: AgendaStore,
    private readonly papers: AgendaPapers,
    private readonly people: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * As locked (stored when the minutes locked), or a draft rendered now (from the agenda if empty). Someone
   * invited from outside the two parties gets the public copy of locked minutes only, as the email has it.
   */
  async forUser(user: AuthenticatedUser, meetingId: string): Promise<{ filename: string; content: Buffer }> {
    const meeting = await this.meetings.findVisibleById(user, meetingId);
    const filename = this.filename(meeting);
    if (!isMeetingParty(user, meeting)) {
      const stored = await this.repository.findPdfs(meeting.id);
      if (!stored?.pdfPublic) throw new ForbiddenError(OUTSIDERS_READ_LOCKED_MINUTES);
      return { filename, content: stored.pdfPublic };
    }
    const minutes = (await this.repository.findByMeeting(meeting.id)) ?? (await this.blankMinutes(meeting));
    if (minutes.status === 'locked') {
      const stored = await this.repository.findPdfs(meeting.id);
      if (stored?.pdf) return { filename, content: stored.pdf };
    }
    return { filename, content: await this.render(meeting, minutes, true) };
  }

  filename(meeting: MeetingView): string {
    return pdfFilename(meeting, this.config.timeZone);
  }

  /**
   * The PDF of these minutes; without the items restricted to the parties (and their actions and papers)
   * unless `full`. Each item lists its papers with size and SHA-256: the locked PDF is the record of which
   * files the minutes were approved with (they stay in the storage, frozen while the minutes are locked).
   */
  async render(meeting: MeetingView, minutes: MinutesEntity, full: boolean): Promise<Buffer> {
    const { adjusters } = await this.repository.findLatestReviewWithAdjusters(meeting.id);
    const names = new Map(
      (
        await this.people.findByIds([
          ...documentActions(minutes, full).map((action) => action.ownerPersonId),
          ...adjusters.map((adjuster) => adjuster.personId),
        ])
      ).map((person) => [person.id, person.name]),
    );
    const papers = await this.papers.listForMeeting(meeting.id);
    return renderMinutesPdf(
      buildMinutesDocument({
        meeting,
        minutes,
        full,
        adjusters,
        names,
        timeZone: this.config.timeZone,
        papers,
      }),
    );
  }

  /** Nothing recorded yet: the agenda's items without notes, for a draft PDF to take into the meeting. */
  private async blankMinutes(meeting: MeetingView): Promise<MinutesEntity> {
    const items = await this.agendas.findAgendaItems(meeting);
    return Object.assign(new MinutesEntity(), {
      meetingId: meeting.id,
      status: 'draft',
      revision: 0,
      items: items.map((ref) => minutesItemOf(ref)),
      attendance: [],
      guests: [],
      actions: [],
      informed: [],
      lockedAt: null,
    } satisfies Partial<MinutesEntity>);
  }
}
