import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import { meetingTimes } from '../../meeting/reads/meeting-times.js';
import { MeetingException } from '../../meeting/meeting.exception.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import { PersonService } from '../../person/person.service.js';
import type { SecrecyMarking } from '../../secrecy/secrecy-marking.js';
import { SecrecyGroundService } from '../../secrecy/secrecy-ground.service.js';
import { StrategyAreaService } from '../../strategy-area/strategy-area.service.js';
import { isMeetingParty, partyOrganizationIds } from '../agenda-access.js';
import { assertItemStrategyAreas } from '../agenda-references.js';
import type { AgendaItemEntity } from '../agenda.entity.js';
import { AgendaErrorCode, AgendaException } from '../agenda.exception.js';
import { AgendaRepository } from '../agenda.repository.js';
import { type ProposalDeadline, meetingProposalDeadline } from '../proposal-deadline.js';

/** What an item's change is checked against before its transaction: scope, presenter, strategy areas, deadline. */
@Injectable()
export class AgendaItemChecks {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly meetings: MeetingReads,
    private readonly people: PersonService,
    private readonly strategyAreas: StrategyAreaService,
    private readonly secrecy: SecrecyGroundService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The meeting if the caller may see it; MEETING_NOT_FOUND otherwise. */
  visibleMeeting(user: AuthenticatedUser, meetingId: string): Promise<MeetingView> {
    return this.meetings.findVisibleById(user, meetingId);
  }

  /**
   * The item and its meeting if the caller may see that meeting (and, for an item restricted to the parties,
   * belongs to one); AGENDA_ITEM_NOT_FOUND otherwise.
   */
  async visibleItem(
    user: AuthenticatedUser,
    itemId: string,
  ): Promise<{ meeting: MeetingView; item: AgendaItemEntity }> {
    const item = await this.repository.findItem(itemId);
    if (!item) throw AgendaException.itemNotFound();
    let meeting: MeetingView;
    try {
      meeting = await this.meetings.findVisibleById(user, item.meetingId);
    } catch (error) {
      if (error instanceof MeetingException) throw AgendaException.itemNotFound();
      throw error;
    }
    if (item.visibility === 'restricted' && !isMeetingParty(user, meeting))
      throw AgendaException.itemNotFound();
    return { meeting, item };
  }

  /** Participants propose items until the proposal deadline (answered, for the keepers' email). */
  assertProposalsOpen(meeting: MeetingView): ProposalDeadline {
    const deadline = meetingProposalDeadline(meetingTimes(meeting), this.config);
    if (Date.now() >= deadline.closesAt.getTime()) {
      throw new AgendaException(
        AgendaErrorCode.ProposalDeadlinePassed,
        'Proposals for this meeting have closed',
        {
          proposalDeadline: deadline.closesAt.toISOString(),
        },
      );
    }
    return deadline;
  }

  /** A presenter is a person of either party, or someone invited to the meeting (an outside organisation's). */
  async assertPresenter(meeting: MeetingView, personId: string): Promise<void> {
    const [person] = await this.people.findByIdsWithGuests([personId]);
    const invited = meeting.participants.some((participant) => participant.personId === personId);
    if (
      !person ||
      !(invited || (!person.guest && partyOrganizationIds(meeting).has(person.organizationId)))
    ) {
      throw new AgendaException(
        AgendaErrorCode.InvalidPresenter,
        'The presenter must be a person of the region or of the meeting’s municipalities, or a participant',
        { field: 'presenterPersonId' },
      );
    }
  }

  /** New links to active areas of the meeting's region; those already on the item stay (assertItemStrategyAreas). */
  assertStrategyAreas(
    meeting: MeetingView,
    ids: readonly string[],
    current: readonly string[] = [],
  ): Promise<void> {
    return assertItemStrategyAreas(this.strategyAreas, meeting, ids, current);
  }

  /**
   * The secrecy marking an item has after a change: a restricted item needs a ground from its region's list
   * (SECRECY_GROUND_REQUIRED, SECRECY_GROUND_UNKNOWN); a public one has none (a ground given for it is
   * refused); fields left out of a PATCH keep the item's (a public item drops its marking).
   */
  secrecyMarking(
    meeting: MeetingView,
    input: {
      visibility?: AgendaItemEntity['visibility'];
      secrecyGround?: string | null;
      secrecyNote?: string | null;
    },
    current?: Pick<AgendaItemEntity, 'visibility' | 'secrecyGround' | 'secrecyNote'>,
  ): Promise<SecrecyMarking> {
    const visibility = input.visibility ?? current?.visibility ?? 'public';
    const keep = visibility === 'restricted' && current?.visibility === 'restricted';
    return this.secrecy.checkMarking(
      meeting.regionId,
      {
        visibility,
        ground: input.secrecyGround !== undefined ? input.secrecyGround : keep ? current.secrecyGround : null,
        note: input.secrecyNote !== undefined ? input.secrecyNote : keep ? current.secrecyNote : null,
      },
      current?.secrecyGround,
    );
  }
}
