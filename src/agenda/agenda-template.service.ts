import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { type AuthenticatedUser, hasRole } from '../common/auth/authenticated-user.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { ForbiddenError } from '../common/errors/domain-error.js';
import { OrganizationService } from '../organization/organization.service.js';
import { RoundViews } from '../round/view/round-views.js';
import type {
  AgendaTemplateView,
  CreateAgendaTemplateInput,
  RoundAgendaTemplateInput,
} from './agenda.dto.js';
import type { AgendaTemplateEntity } from './agenda.entity.js';
import { AgendaErrorCode, AgendaException } from './agenda.exception.js';
import { AgendaRepository } from './agenda.repository.js';

/**
 * Agenda templates: the shipped default (every region), each region's own, and the template a round's
 * meetings take their agendas from. Admins manage all; a region's coordinators their region's.
 */
@Injectable()
export class AgendaTemplateService {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly organizations: OrganizationService,
    private readonly rounds: RoundViews,
    private readonly transactions: TransactionService,
    private readonly audit: AuditService,
  ) {}

  async list(user: AuthenticatedUser): Promise<{ items: AgendaTemplateView[] }> {
    const templates = await this.repository.findTemplates(hasRole(user, 'admin') ? null : [user.regionId]);
    return { items: templates.map(toTemplateView) };
  }

  async create(user: AuthenticatedUser, input: CreateAgendaTemplateInput): Promise<AgendaTemplateView> {
    const regionId = await this.regionFor(user, input.regionId);
    return this.transactions.run(async (manager) => {
      const created = await this.repository.insertTemplate(manager, {
        regionId,
        name: input.name,
        isDefault: input.isDefault,
        items: input.items.map((item) => ({
          title: item.title,
          description: item.description ?? null,
          type: item.type,
          durationMinutes: item.durationMinutes,
          presentingParty: item.presentingParty ?? null,
          closing: item.closing,
        })),
        createdBy: user.personId,
      });
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'agenda-template.create',
        entityType: 'agenda-template',
        entityId: created.id,
        organizationId: regionId,
        after: { name: created.name, isDefault: created.isDefault, items: created.items.length },
      });
      return toTemplateView(created);
    });
  }

  /** The template the round's meetings get their agendas from (agendas created from then on). */
  async setRoundTemplate(
    user: AuthenticatedUser,
    roundId: string,
    input: RoundAgendaTemplateInput,
  ): Promise<{ roundId: string; templateId: string }> {
    const round = await this.rounds.findVisibleById(user, roundId);
    if (!hasRole(user, 'admin') && !(hasRole(user, 'coordinator') && user.organizationKind === 'region')) {
      throw new ForbiddenError('Only admins and the region’s coordinators choose a round’s agenda template');
    }
    const template = await this.repository.findTemplate(input.templateId);
    if (!template || (template.regionId !== null && template.regionId !== round.regionId)) {
      throw AgendaException.templateNotFound();
    }
    await this.transactions.run(async (manager) => {
      await this.repository.setRoundTemplate(manager, round.id, template.id);
      await this.audit.record(manager, {
        actorId: user.personId,
        action: 'round.agenda-template',
        entityType: 'round',
        entityId: round.id,
        organizationId: round.regionId,
        after: { templateId: template.id },
      });
    });
    return { roundId: round.id, templateId: template.id };
  }

  /** Admins: the region given, or none (shipped to every region). A region's coordinators: their region. */
  private async regionFor(user: AuthenticatedUser, requested: string | undefined): Promise<string | null> {
    if (hasRole(user, 'admin')) {
      if (requested === undefined) return null;
      const region = await this.organizations.findById(requested);
      if (!region || region.kind !== 'region') throw invalidRegion();
      return region.id;
    }
    if (!hasRole(user, 'coordinator') || user.organizationKind !== 'region') {
      throw new ForbiddenError('Only admins and the region’s coordinators create agenda templates');
    }
    if (requested !== undefined && requested !== user.regionId) throw invalidRegion();
    return user.regionId;
  }
}

function invalidRegion(): AgendaException {
  return new AgendaException(AgendaErrorCode.InvalidRegion, 'regionId must be your region', {
    field: 'regionId',
  });
}

export function toTemplateView(template: AgendaTemplateEntity): AgendaTemplateView {
  return {
    id: template.id,
    regionId: template.regionId,
    name: template.name,
    isDefault: template.isDefault,
    items: template.items.map((item, index) => ({
      position: index + 1,
      title: item.title,
      description: item.description,
      type: item.type,
      durationMinutes: item.durationMinutes,
      presentingParty: item.presentingParty,
      closing: item.closing ?? false,
    })),
    totalMinutes: template.items.reduce((sum, item) => sum + item.durationMinutes, 0),
    createdAt: template.createdAt.toISOString(),
    updatedAt: template.updatedAt.toISOString(),
    version: template.version,
  };
}
