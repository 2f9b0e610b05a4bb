import { z } from 'zod';
import { changingSomething, versionToMatch } from '../common/validation/update-body.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../common/auth/password.js';
import { createZodDto, pagination, paginated } from '../common/validation/zod-dto.js';
import { LOCALES, PERSON_ROLES } from './person.entity.js';

const name = z.string().trim().min(1).max(200);
/** Stored lower-cased: uniqueness and login are case-insensitive. */
const email = z.string().trim().toLowerCase().pipe(z.email().max(254));
const optionalText = z.string().trim().min(1).max(200);
const roles = z
  .array(z.enum(PERSON_ROLES))
  .min(1)
  .max(PERSON_ROLES.length)
  .refine((list) => new Set(list).size === list.length, { message: 'roles must not repeat' });
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const personView = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: z.string(),
  email: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  roles: z.array(z.enum(PERSON_ROLES)),
  locale: z.enum(LOCALES),
  loginEnabled: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PersonView = z.infer<typeof personView>;

export class PersonResponse extends createZodDto('PersonResponse', personView) {}
export class PersonPageResponse extends createZodDto('PersonPageResponse', paginated(personView)) {}

export class CreatePersonBody extends createZodDto(
  'CreatePersonBody',
  z.strictObject({
    organizationId: z.uuid(),
    name,
    email,
    title: optionalText.optional(),
    phone: optionalText.optional(),
    roles: roles.default(['participant']),
    locale: z.enum(LOCALES).default('sv'),
    password: password.optional().describe(`at least ${PASSWORD_MIN_LENGTH} characters; enables login`),
    loginEnabled: z.boolean().optional().describe('default: true when a password is given'),
  }),
) {}
export type CreatePersonInput = z.infer<typeof CreatePersonBody.schema>;

/** Fields a person may change on themselves; the rest need an admin or a coordinator. */
export const SELF_SERVICE_FIELDS = ['name', 'title', 'phone', 'locale', 'password'] as const;

export class UpdatePersonBody extends createZodDto(
  'UpdatePersonBody',
  changingSomething(
    z.strictObject({
      name: name.optional(),
      email: email.optional(),
      title: optionalText.nullable().optional(),
      phone: optionalText.nullable().optional(),
      roles: roles.optional(),
      organizationId: z.uuid().optional(),
      locale: z.enum(LOCALES).optional(),
      password: password.optional(),
      loginEnabled: z.boolean().optional(),
      version: versionToMatch(),
    }),
  ),
) {}
export type UpdatePersonInput = z.infer<typeof UpdatePersonBody.schema>;

export class ListPeopleQuery extends createZodDto(
  'ListPeopleQuery',
  z.strictObject({
    organizationId: z.uuid().optional(),
    role: z.enum(PERSON_ROLES).optional(),
    q: z.string().trim().min(1).max(100).optional().describe('substring of the name or email, any case'),
    ...pagination,
  }),
) {}
export type PersonFilter = z.infer<typeof ListPeopleQuery.schema>;
