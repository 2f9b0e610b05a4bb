import { z } from 'zod';
import { createZodDto } from '../common/validation/zod-dto.js';
import { FEED_KINDS } from './calendar-feed-token.entity.js';

export const calendarFeedView = z.object({
  id: z.uuid(),
  kind: z.enum(FEED_KINDS),
  subjectId: z.uuid(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type CalendarFeedView = z.infer<typeof calendarFeedView>;

export const createdCalendarFeedView = calendarFeedView.extend({
  url: z.url().describe('the subscription URL with its secret token; shown only in this answer'),
  webcalUrl: z.string().describe('the same URL with the webcal scheme, which calendar apps open directly'),
});
export type CreatedCalendarFeedView = z.infer<typeof createdCalendarFeedView>;

export class CalendarFeedResponse extends createZodDto('CalendarFeedResponse', calendarFeedView) {}
export class CreatedCalendarFeedResponse extends createZodDto(
  'CreatedCalendarFeedResponse',
  createdCalendarFeedView,
) {}
export class CalendarFeedListResponse extends createZodDto(
  'CalendarFeedListResponse',
  z.object({ items: z.array(calendarFeedView) }),
) {}

export class CreateCalendarFeedBody extends createZodDto(
  'CreateCalendarFeedBody',
  z
    .strictObject({
      kind: z.enum(FEED_KINDS),
      subjectId: z
        .uuid()
        .optional()
        .describe('the organization for kind organization; for kind person only your own id (the default)'),
    })
    .refine((body) => body.kind === 'person' || body.subjectId !== undefined, {
      path: ['subjectId'],
      message: 'an organization feed names its organization',
    }),
) {}
export type CreateCalendarFeedInput = z.infer<typeof CreateCalendarFeedBody.schema>;

export class FeedTokenParam extends createZodDto(
  'FeedTokenParam',
  // The shape is checked by the service, which answers 404 for anything malformed.
  z.strictObject({ token: z.string().max(200) }),
) {}
