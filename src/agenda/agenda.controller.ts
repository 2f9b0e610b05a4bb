import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import { AgendaTemplateService } from './agenda-template.service.js';
import {
  AgendaItemResponse,
  type AgendaItemView,
  AgendaResponse,
  AgendaTemplateListResponse,
  AgendaTemplateResponse,
  ApplyAgendaTemplateBody,
  type AgendaTemplateView,
  type AgendaView,
  CreateAgendaItemBody,
  CreateAgendaTemplateBody,
  MoveAgendaItemBody,
  RoundAgendaTemplateBody,
  RoundAgendaTemplateResponse,
  UpdateAgendaItemBody,
} from './agenda.dto.js';
import { AgendaArrangement } from './editing/agenda-arrangement.js';
import { AgendaItemEditor } from './editing/agenda-item-editor.js';
import { AgendaPublication } from './sending/agenda-publication.js';
import { AgendaViews } from './view/agenda-views.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('agendas')
@ApiBearerAuth('bearer')
@Controller('api')
export class AgendaController {
  constructor(
    private readonly views: AgendaViews,
    private readonly items: AgendaItemEditor,
    private readonly publication: AgendaPublication,
    private readonly templates: AgendaTemplateService,
    private readonly arrangement: AgendaArrangement,
  ) {}

  @Get('agenda-templates')
  @ApiEndpoint('list', 'List agenda templates', { without: [400] })
  @Roles('admin', 'coordinator', 'secretary')
  @ApiOkResponse({ type: AgendaTemplateListResponse })
  listTemplates(@CurrentUser() user: AuthenticatedUser): Promise<{ items: AgendaTemplateView[] }> {
    return this.templates.list(user);
  }

  @Post('agenda-templates')
  @ApiEndpoint('create', 'Create an agenda template')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: AgendaTemplateResponse })
  createTemplate(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateAgendaTemplateBody,
  ): Promise<AgendaTemplateView> {
    return this.templates.create(user, body);
  }

  @Put('rounds/:id/agenda-template')
  @ApiEndpoint('update', 'Choose the agenda template of a round')
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiOkResponse({ type: RoundAgendaTemplateResponse })
  setRoundTemplate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: RoundAgendaTemplateBody,
  ): Promise<{ roundId: string; templateId: string }> {
    return this.templates.setRoundTemplate(user, params.id, body);
  }

  @Get('meetings/:id/agenda')
  @ApiEndpoint('read', 'Get a meeting’s agenda')
  @ApiUuidParam()
  @ApiOkResponse({ type: AgendaResponse })
  getAgenda(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<AgendaView> {
    return this.views.get(user, params.id);
  }

  @Post('meetings/:id/agenda/items')
  @ApiEndpoint('command', 'Add an item to a meeting’s agenda (or propose one)')
  @ApiUuidParam()
  @ApiCreatedResponse({ type: AgendaItemResponse })
  addItem(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: CreateAgendaItemBody,
  ): Promise<AgendaItemView> {
    return this.items.addItem(user, params.id, body);
  }

  @Post('meetings/:id/agenda/apply-template')
  @ApiEndpoint('command', 'Add a template’s missing items to a meeting’s agenda')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: AgendaResponse })
  applyTemplate(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: ApplyAgendaTemplateBody,
  ): Promise<AgendaView> {
    return this.arrangement.applyTemplate(user, params.id, body);
  }

  @Post('meetings/:id/agenda/publish')
  @ApiEndpoint('command', 'Publish a meeting’s agenda to its participants')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: AgendaResponse })
  publish(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<AgendaView> {
    return this.publication.publish(user, params.id);
  }

  @Patch('agenda-items/:id')
  @ApiEndpoint('update', 'Change, accept, decline or move an agenda item')
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: AgendaItemResponse })
  updateItem(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateAgendaItemBody,
  ): Promise<AgendaItemView> {
    return this.items.updateItem(user, params.id, body);
  }

  @Post('agenda-items/:id/move')
  @ApiEndpoint('command', 'Move an agenda item to a new number')
  @HttpCode(200)
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiOkResponse({ type: AgendaResponse })
  moveItem(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: MoveAgendaItemBody,
  ): Promise<AgendaView> {
    return this.arrangement.move(user, params.id, body);
  }

  @Delete('agenda-items/:id')
  @ApiEndpoint('delete', 'Remove an agenda item')
  @HttpCode(204)
  @Roles('admin', 'coordinator', 'secretary')
  @ApiUuidParam()
  @ApiNoContentResponse()
  deleteItem(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<void> {
    return this.items.deleteItem(user, params.id);
  }
}
