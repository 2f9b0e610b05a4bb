import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';

export type CalendarFeed = components['schemas']['CalendarFeedResponse'];
export type CreatedCalendarFeed = components['schemas']['CreatedCalendarFeedResponse'];
export type CreateCalendarFeed = components['schemas']['CreateCalendarFeedBody'];

/** TanStack Query keys of the calendar subscriptions. */
export const calendarFeedKeys = { all: ['calendar-feeds'] as const };

/** GET /api/calendar-feeds: the signed-in person's active subscriptions (never their URLs). */
export function useCalendarFeeds() {
  return useQuery({
    queryKey: calendarFeedKeys.all,
    queryFn: () => unwrap(api.GET('/api/calendar-feeds')),
  });
}

/** POST /api/calendar-feeds: the answer holds the subscription URL, the only time it is shown. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCalendarFeed) => unwrap(api.POST('/api/calendar-feeds', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.all }),
  });
}

/** DELETE /api/calendar-feeds/:id: the URL answers 410 from now on. */
export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/calendar-feeds/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.all }),
  });
}
