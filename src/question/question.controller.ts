import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../common/auth/authenticated-user.js';
import { CurrentUser } from '../common/auth/current-user.decorator.js';
import { Roles } from '../common/auth/roles.decorator.js';
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import type { Page } from '../common/validation/zod-dto.js';
import {
  CreateQuestionBody,
  ListQuestionsQuery,
  type QuestionDetailView,
  QuestionPageResponse,
  QuestionResponse,
  type QuestionView,
  UpdateQuestionBody,
} from './question.dto.js';
import { QuestionEditor } from './editing/question-editor.js';
import { QuestionRegistration } from './editing/question-registration.js';
import { QuestionViews } from './view/question-views.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('questions')
@ApiBearerAuth('bearer')
@Controller('api/questions')
export class QuestionController {
  constructor(
    private readonly views: QuestionViews,
    private readonly registration: QuestionRegistration,
    private readonly editor: QuestionEditor,
  ) {}

  @Get()
  @ApiEndpoint('list', 'List questions')
  @ApiQueryFromDto(ListQuestionsQuery)
  @ApiOkResponse({ type: QuestionPageResponse })
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query() query: ListQuestionsQuery,
  ): Promise<Page<QuestionView>> {
    return this.views.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', 'Register a question')
  @Roles('admin', 'coordinator', 'secretary')
  @ApiCreatedResponse({ type: QuestionResponse })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateQuestionBody,
  ): Promise<QuestionDetailView> {
    return this.registration.create(user, body);
  }

  @Get(':id')
  @ApiEndpoint('read', 'Get a question')
  @ApiUuidParam()
  @ApiOkResponse({ type: QuestionResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<QuestionDetailView> {
    return this.views.findVisibleById(user, params.id);
  }

  @Patch(':id')
  @ApiEndpoint('update', 'Change a question')
  @ApiUuidParam()
  @ApiOkResponse({ type: QuestionResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdateQuestionBody,
  ): Promise<QuestionDetailView> {
    return this.editor.update(user, params.id, body);
  }
}
