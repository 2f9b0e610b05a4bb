import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { unwrap } from '../../../api/errors';
import type { components } from '../../../api/schema';
import type { Minutes } from './useMinutes';
import { minutesKeys } from './minutesKeys';

export type AdjusterOptions = components['schemas']['AdjusterOptionsResponse'];
export type AdjusterOption = AdjusterOptions['people'][number];
export type SubmitMinutes = components['schemas']['SubmitMinutesBody'];

/**
 * GET /api/meetings/:id/minutes/adjuster-options (the minutes' keepers only): the people of the parties who
 * may adjust, and the agreement's adjusters to start from.
 */
export function useAdjusterOptions(meetingId: string, enabled: boolean) {
  return useQuery({
    queryKey: minutesKeys.adjusterOptions(meetingId),
    queryFn: () =>
      unwrap(api.GET('/api/meetings/{id}/minutes/adjuster-options', { params: { path: { id: meetingId } } })),
    enabled,
    staleTime: 60_000,
  });
}

/** A command on the minutes: its answer is the minutes as they now are, and the revisions grew by one. */
function useMinutesCommand<T>(meetingId: string, run: (input: T) => Promise<Minutes>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (minutes) => {
      queryClient.setQueryData(minutesKeys.detail(meetingId), minutes);
      return queryClient.invalidateQueries({ queryKey: minutesKeys.revisions(meetingId) });
    },
  });
}

const path = (meetingId: string) => ({ params: { path: { id: meetingId } } });

/** POST …/minutes/submit: to the adjusters named (or the agreement's) with a deadline (or the default). */
export function useSubmitMinutes(meetingId: string) {
  return useMinutesCommand(meetingId, (body: SubmitMinutes) =>
    unwrap(api.POST('/api/meetings/{id}/minutes/submit', { ...path(meetingId), body })),
  );
}

/** POST …/minutes/approve or …/return as the signed-in adjuster (a return needs a comment). */
export function useDecideMinutes(meetingId: string) {
  return useMinutesCommand(
    meetingId,
    ({ decision, comment }: { decision: 'approve' | 'return'; comment: string }) =>
      decision === 'approve'
        ? unwrap(
            api.POST('/api/meetings/{id}/minutes/approve', {
              ...path(meetingId),
              body: comment ? { comment } : {},
            }),
          )
        : unwrap(api.POST('/api/meetings/{id}/minutes/return', { ...path(meetingId), body: { comment } })),
  );
}

/** POST …/minutes/reopen with the reason: locked minutes become a draft again, a new revision. */
export function useReopenMinutes(meetingId: string) {
  return useMinutesCommand(meetingId, (reason: string) =>
    unwrap(api.POST('/api/meetings/{id}/minutes/reopen', { ...path(meetingId), body: { reason } })),
  );
}
