import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
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
import { ApiQueryFromDto, ApiUuidParam } from '../common/openapi/api-params.decorator.js';
import { IdParam } from '../common/validation/id-param.dto.js';
import type { Page } from '../common/validation/zod-dto.js';
import {
  CreatePersonBody,
  ListPeopleQuery,
  PersonPageResponse,
  PersonResponse,
  type PersonView,
  UpdatePersonBody,
} from './person.dto.js';
import { PersonService } from './person.service.js';
import { ApiEndpoint } from '../common/openapi/api-endpoint.decorator.js';

@ApiTags('people')
@ApiBearerAuth('bearer')
@Controller('api/people')
export class PersonController {
  constructor(private readonly people: PersonService) {}

  @Get()
  @ApiEndpoint('list', 'List people')
  @ApiQueryFromDto(ListPeopleQuery)
  @ApiOkResponse({ type: PersonPageResponse })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListPeopleQuery): Promise<Page<PersonView>> {
    return this.people.list(user, query);
  }

  @Post()
  @ApiEndpoint('create', 'Add a person')
  @Roles('admin', 'coordinator')
  @ApiCreatedResponse({ type: PersonResponse })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreatePersonBody): Promise<PersonView> {
    return this.people.create(user, body);
  }

  @Get(':id')
  @ApiEndpoint('read', 'Get a person')
  @ApiUuidParam()
  @ApiOkResponse({ type: PersonResponse })
  get(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<PersonView> {
    return this.people.findVisibleById(user, params.id);
  }

  /** Admins and coordinators change people in their scope; anyone changes their own name, title, phone, locale, password. */
  @Patch(':id')
  @ApiEndpoint('update', 'Change a person (or your own name, title, phone, locale, password)')
  @ApiUuidParam()
  @ApiOkResponse({ type: PersonResponse })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: IdParam,
    @Body() body: UpdatePersonBody,
  ): Promise<PersonView> {
    return this.people.update(user, params.id, body);
  }

  @Delete(':id')
  @ApiEndpoint('delete', 'Delete a person (soft)')
  @HttpCode(204)
  @Roles('admin', 'coordinator')
  @ApiUuidParam()
  @ApiNoContentResponse({ description: 'Deleted (soft)' })
  delete(@CurrentUser() user: AuthenticatedUser, @Param() params: IdParam): Promise<void> {
    return this.people.delete(user, params.id);
  }
}
