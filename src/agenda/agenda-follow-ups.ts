import { Injectable } from '@nestjs/common';
import { ActionViews } from '../action/view/action-views.js';
import { QuestionViews } from '../question/view/question-views.js';
import type { CarriedOverSnapshot } from './agenda.entity.js';

/** Open actions and open questions of municipalities: what their next meeting's follow-up item carries. */
@Injectable()
export class AgendaFollowUps {
  constructor(
    private readonly actions: ActionViews,
    private readonly questions: QuestionViews,
  ) {}

  async openFor(organizationIds: string[]): Promise<CarriedOverSnapshot> {
    if (organizationIds.length === 0) return { actions: [], questions: [] };
    const [actions, questions] = await Promise.all([
      this.actions.findOpenByOrganizations(organizationIds),
      this.questions.findOpenByOrganizations(organizationIds),
    ]);
    return {
      actions: actions.map((action) => ({
        id: action.id,
        title: action.title,
        ownerPersonId: action.ownerPersonId,
        ownerName: action.ownerName,
        ownerOrganizationId: action.ownerOrganizationId,
        dueDate: action.dueDate,
        status: action.status,
      })),
      questions: questions.map((question) => ({
        id: question.id,
        title: question.title,
        owningParty: question.owningParty,
        status: question.status,
      })),
    };
  }
}
