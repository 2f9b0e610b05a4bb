import { z } from 'zod';
import { changingSomething, versionToMatch } from '../common/validation/update-body.js';
import { createZodDto, pagination, paginated } from '../common/validation/zod-dto.js';
import { ORGANIZATION_KINDS } from './organization.entity.js';

const name = z.string().trim().min(1).max(200);
const seat = z.strictObject({
  town: z.string().trim().min(1).max(100),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
const contactEmail = z.email().max(254);

/**
 * SCB codes: two digits for a region (län), four for a municipality (the first two are its region's). An
 * external organization has no SCB code: its region's code, a dash and its organisationsnummer.
 */
const CODE = {
  region: { pattern: /^\d{2}$/, says: 'a two-digit SCB code' },
  municipality: { pattern: /^\d{4}$/, says: 'a four-digit SCB code' },
  external: {
    pattern: /^\d{2}-\d{6}-\d{4}$/,
    says: "its region's code and its organisationsnummer (24-202100-2114)",
  },
} as const;

export const organizationView = z.object({
  id: z.uuid(),
  kind: z.enum(ORGANIZATION_KINDS),
  code: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  parentId: z.uuid().nullable(),
  seat: z
    .object({ town: z.string().nullable(), lat: z.number().nullable(), lon: z.number().nullable() })
    .nullable(),
  contactEmail: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OrganizationView = z.infer<typeof organizationView>;

export class OrganizationResponse extends createZodDto('OrganizationResponse', organizationView) {}
export class OrganizationPageResponse extends createZodDto(
  'OrganizationPageResponse',
  paginated(organizationView),
) {}

export class CreateOrganizationBody extends createZodDto(
  'CreateOrganizationBody',
  z
    .strictObject({
      kind: z.enum(ORGANIZATION_KINDS),
      code: z.string().trim(),
      name,
      unit: name.optional(),
      parentId: z
        .uuid()
        .optional()
        .describe('required for a municipality or an external organization: its region'),
      seat: seat.optional(),
      contactEmail: contactEmail.optional(),
    })
    .superRefine((body, ctx) => {
      if (!CODE[body.kind].pattern.test(body.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          message: `a ${body.kind} has ${CODE[body.kind].says}`,
        });
      }
      if (body.kind !== 'region' && !body.parentId) {
        ctx.addIssue({ code: 'custom', path: ['parentId'], message: `a ${body.kind} needs its region` });
      }
      if (body.kind === 'region' && body.parentId) {
        ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'a region has no parent' });
      }
    }),
) {}
export type CreateOrganizationInput = z.infer<typeof CreateOrganizationBody.schema>;

export class UpdateOrganizationBody extends createZodDto(
  'UpdateOrganizationBody',
  changingSomething(
    z.strictObject({
      name: name.optional(),
      unit: name.nullable().optional(),
      seat: seat.nullable().optional(),
      contactEmail: contactEmail.nullable().optional(),
      version: versionToMatch(),
    }),
  ),
) {}
export type UpdateOrganizationInput = z.infer<typeof UpdateOrganizationBody.schema>;

export class ListOrganizationsQuery extends createZodDto(
  'ListOrganizationsQuery',
  z.strictObject({
    kind: z.enum(ORGANIZATION_KINDS).optional(),
    parentId: z.uuid().optional(),
    ...pagination,
  }),
) {}
export type OrganizationFilter = z.infer<typeof ListOrganizationsQuery.schema>;
