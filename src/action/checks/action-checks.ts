import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user.js';
import type { TenantScope } from '../../common/auth/tenant-scope.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { MeetingReads } from '../../meeting/reads/meeting-reads.js';
import type { OrganizationView } from '../../organization/organization.dto.js';
import { OrganizationService } from '../../organization/organization.service.js';
import { PersonService } from '../../person/person.service.js';
import { isLocalDate } from '../action-schedule.js';
import { ActionErrorCode, ActionException } from '../action.exception.js';
import { ActionRepository } from '../action.repository.js';

/** What an action may name: its owner, its meeting and agenda item, a due date. */
@Injectable()
export class ActionChecks {
  constructor(
    private readonly repository: ActionRepository,
    private readonly organizations: OrganizationService,
    private readonly people: PersonService,
    private readonly meetings: MeetingReads,
  ) {}

  /**
   * The owner organization must be in `scope` (null: any) and the owner an active person of it. Answers
   * 400 ACTION_INVALID_OWNER either way, naming the field, so ids outside the scope reveal nothing.
   */
  async assertOwner(
    ownerPersonId: string,
    ownerOrganizationId: string,
    scope: TenantScope | null,
  ): Promise<OrganizationView> {
    const organization = await this.organizations.findById(ownerOrganizationId);
    if (!organization || (scope && !scope.includes(organization))) {
      throw ActionException.invalidOwner(
        'ownerOrganizationId is not an organization you can assign',
        'ownerOrganizationId',
      );
    }
    const [person] = await this.people.findByIds([ownerPersonId]);
    if (!person || person.organizationId !== organization.id) {
      throw ActionException.invalidOwner(
        'The owner must be a person of the owner organization',
        'ownerPersonId',
      );
    }
    return organization;
  }

  async assertMeetingVisible(user: AuthenticatedUser, meetingId: string): Promise<void> {
    try {
      await this.meetings.findVisibleById(user, meetingId);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') {
        throw new ActionException(ActionErrorCode.InvalidLink, 'meetingId is not a meeting you can see', {
          field: 'meetingId',
        });
      }
      throw error;
    }
  }

  /**
   * An agenda item is linked only with its own meeting (one the caller sees, checked before): an item of
   * another meeting, another municipality's, or none at all answers the same.
   */
  async assertAgendaItemOf(meetingId: string | null, agendaItemId: string): Promise<void> {
    if (!meetingId) {
      throw new ActionException(ActionErrorCode.InvalidLink, 'An agenda item link needs its meeting', {
        field: 'meetingId',
      });
    }
    if ((await this.repository.findAgendaItemMeetingId(agendaItemId)) !== meetingId) {
      throw new ActionException(ActionErrorCode.InvalidLink, 'agendaItemId is not an item of that meeting', {
        field: 'agendaItemId',
      });
    }
  }
}

/** A due date from the minutes is a local date (the API's body checks its own). */
export function assertDueDate(dueDate: string): void {
  if (!isLocalDate(dueDate)) {
    throw new ActionException(ActionErrorCode.InvalidDueDate, 'dueDate must be a local date (YYYY-MM-DD)', {
      field: 'dueDate',
    });
  }
}
