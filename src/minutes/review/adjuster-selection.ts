import { Inject, Injectable } from '@nestjs/common';
import { partyOrganizationIds } from '../../agenda/agenda-access.js';
import { AgreementService } from '../../agreement/agreement.service.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { MeetingView } from '../../meeting/meeting.dto.js';
import type { PersonView } from '../../person/person.dto.js';
import { PersonService } from '../../person/person.service.js';
import { DEFAULT_SCHEDULER_CONFIG } from '../../round/scheduler/scheduler-config.js';
import type { AdjusterOptionsView, SubmitMinutesInput } from '../minutes.dto.js';
import { MinutesErrorCode, MinutesException } from '../minutes.exception.js';
import { approvalDeadline } from './approval-deadline.js';

/** The most people offered as adjusters (the region's and the municipalities' people together). */
const MAX_ADJUSTER_OPTIONS = 1000;

export interface SelectedAdjuster {
  person: PersonView;
  party: 'region' | 'municipality';
}

/** Who adjusts a submission and by when: the names given, or the agreement's defaults; the deadline rule. */
@Injectable()
export class AdjusterSelection {
  constructor(
    private readonly agreements: AgreementService,
    private readonly people: PersonService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Whom a keeper may name (GET …/minutes/adjuster-options): the people of the parties, and the agreement's
   * adjusters when they still are such people (the caller checked that they keep the minutes).
   */
  async options(meeting: MeetingView): Promise<AdjusterOptionsView> {
    const [defaults, people] = await Promise.all([
      this.defaults(meeting),
      this.people.findByOrganizations([...partyOrganizationIds(meeting)], MAX_ADJUSTER_OPTIONS),
    ]);
    const options = people.map((person) => ({
      id: person.id,
      name: person.name,
      organizationId: person.organizationId,
      party: this.partyOf(meeting, person),
    }));
    const offered = new Set(options.map((person) => person.id));
    const known = (id: string | null) => (id !== null && offered.has(id) ? id : null);
    return {
      defaults: { region: known(defaults.region), municipality: known(defaults.municipality) },
      people: options,
    };
  }

  private defaults(meeting: MeetingView) {
    const municipalityId = meeting.organizations[0]?.id;
    return municipalityId
      ? this.agreements.findDefaultAdjusters(municipalityId)
      : Promise.resolve({ region: null, municipality: null });
  }

  private partyOf(meeting: MeetingView, person: PersonView): SelectedAdjuster['party'] {
    return person.organizationId === meeting.regionId ? 'region' : 'municipality';
  }

  async adjusters(meeting: MeetingView, input: SubmitMinutesInput): Promise<SelectedAdjuster[]> {
    let ids: string[];
    if (input.adjusters) {
      ids = input.adjusters.map((adjuster) => adjuster.personId);
    } else {
      const defaults = await this.defaults(meeting);
      const missing = (['region', 'municipality'] as const).filter((party) => !defaults[party]);
      if (missing.length > 0) {
        throw new MinutesException(
          MinutesErrorCode.AdjustersRequired,
          'The agreement names no adjuster for every party: name the adjusters in the body',
          { missing, field: 'adjusters' },
        );
      }
      ids = [defaults.region!, defaults.municipality!];
    }
    const found = new Map((await this.people.findByIds(ids)).map((person) => [person.id, person]));
    const parties = partyOrganizationIds(meeting);
    const bad = ids.filter((id) => !found.has(id) || !parties.has(found.get(id)!.organizationId));
    if (bad.length > 0) {
      throw new MinutesException(
        MinutesErrorCode.InvalidAdjuster,
        'Adjusters are people of the region or of the meeting’s municipalities',
        { personIds: bad, field: 'adjusters' },
      );
    }
    return ids.map((id) => {
      const person = found.get(id)!;
      return { person, party: this.partyOf(meeting, person) };
    });
  }

  /** The end of a working day: the given one or MINUTES_APPROVAL_DAYS on (approvalDeadline, docs/adr/0008). */
  deadline(date: string | undefined, now: Date): Date {
    const { deadlineAt } = approvalDeadline(
      now,
      { approvalDays: this.config.minutes.approvalDays, ...(date === undefined ? {} : { date }) },
      this.config.timeZone,
      DEFAULT_SCHEDULER_CONFIG.holidayCountry,
    );
    if (deadlineAt.getTime() <= now.getTime()) {
      throw new MinutesException(MinutesErrorCode.InvalidDeadline, 'The deadline must lie in the future', {
        field: 'deadline',
      });
    }
    return deadlineAt;
  }
}
