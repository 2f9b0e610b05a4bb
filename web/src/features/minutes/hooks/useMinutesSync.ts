import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { api } from '../../../api/client';
import { ApiError, unwrap } from '../../../api/errors';
import { authKeys } from '../../auth/hooks/authKeys';
import { type DraftStore, memoryDraftStore, openDraftStore } from '../drafts/draft-store';
import {
  type ActionValue,
  type AttendanceValue,
  type ItemValue,
  actionBody,
  attendanceBody,
  itemBody,
  parsePart,
} from '../drafts/minutes-parts';
import { type ConflictChoice, MinutesSync, type SendResult, type SyncSnapshot } from '../drafts/minutes-sync';
import { withPart } from '../minutes-edit';
import { minutesKeys } from './minutesKeys';
import type { Minutes } from './useMinutes';

/** A save that has not answered in this long is taken as lost on the way (a poor connection) and tried again. */
const SAVE_TIMEOUT_MS = 20_000;

let opened: Promise<{ store: DraftStore; durable: boolean }> | undefined;

/** The browser's draft store, opened once; without IndexedDB (some private modes) drafts live in memory. */
function draftStore() {
  opened ??= openDraftStore().then(
    (store) => ({ store, durable: true }),
    () => ({ store: memoryDraftStore(), durable: false }),
  );
  return opened;
}

/** What a failed save means for the queue (see SendResult). */
function failure(error: unknown): SendResult {
  if (!(error instanceof ApiError)) return { kind: 'failed', code: 'UNKNOWN', retry: true };
  if (error.status === 0) return { kind: 'offline' };
  if (error.status === 401) return { kind: 'signedOut' };
  if (error.code === 'MINUTES_PART_CONFLICT') {
    const details = error.details as { current: unknown; currentVersion: number };
    return { kind: 'conflict', value: details.current, version: details.currentVersion };
  }
  return {
    kind: 'failed',
    code: error.code,
    message: error.apiMessage,
    retry: error.status >= 500 || error.status === 429,
  };
}

/**
 * One part to the server (MINUTES-API): PUT an item, PUT the attendance, POST a new action (with the id the
 * browser chose, so a retry after a lost answer creates nothing twice), PUT or DELETE an existing one. The
 * answer's value is the part as the server now has it (null: the action is gone).
 */
export async function sendPart(
  meetingId: string,
  part: string,
  value: unknown,
  baseVersion: number | null,
): Promise<SendResult> {
  const ref = parsePart(part);
  const signal = AbortSignal.timeout(SAVE_TIMEOUT_MS);
  const id = meetingId;
  try {
    if (ref.kind === 'item') {
      const item = await unwrap(
        api.PUT('/api/meetings/{id}/minutes/items/{agendaItemId}', {
          params: { path: { id, agendaItemId: ref.id } },
          body: { ...itemBody(value as ItemValue), baseVersion: baseVersion ?? 0 },
          signal,
        }),
      );
      return { kind: 'saved', version: item.version, value: item };
    }
    if (ref.kind === 'attendance') {
      const attendance = await unwrap(
        api.PUT('/api/meetings/{id}/minutes/attendance', {
          params: { path: { id } },
          body: { ...attendanceBody(value as AttendanceValue), baseVersion: baseVersion ?? 0 },
          signal,
        }),
      );
      return { kind: 'saved', version: attendance.version, value: attendance };
    }
    const action = value as ActionValue;
    if (action === null) {
      // Removed before the server ever had it: nothing to tell it.
      if (baseVersion === null) return { kind: 'saved', version: 0, value: null };
      await unwrap(
        api.DELETE('/api/meetings/{id}/minutes/actions/{actionId}', {
          params: { path: { id, actionId: ref.id }, query: { baseVersion } },
          signal,
        }),
      );
      return { kind: 'saved', version: 0, value: null };
    }
    const saved =
      baseVersion === null
        ? await unwrap(
            api.POST('/api/meetings/{id}/minutes/actions', {
              params: { path: { id } },
              body: { id: ref.id, ...actionBody(action) },
              signal,
            }),
          )
        : await unwrap(
            api.PUT('/api/meetings/{id}/minutes/actions/{actionId}', {
              params: { path: { id, actionId: ref.id } },
              body: { ...actionBody(action), baseVersion },
              signal,
            }),
          );
    return { kind: 'saved', version: saved.version, value: saved };
  } catch (error) {
    if (error instanceof ApiError && error.status === 0 && signal.aborted) return { kind: 'offline' };
    return failure(error);
  }
}

function applySaved(queryClient: QueryClient, meetingId: string, part: string, value: unknown) {
  queryClient.setQueryData<Minutes>(minutesKeys.detail(meetingId), (minutes) =>
    minutes ? withPart(minutes, part, value) : minutes,
  );
}

const EMPTY: SyncSnapshot = { status: 'saved', pending: 0, conflicts: [], drafts: new Map(), error: null };
const noSubscription = () => () => undefined;

export interface MinutesEditing {
  /** Null until the draft store is open and this person's drafts for the meeting are read. */
  ready: boolean;
  /** False when the browser keeps no IndexedDB: drafts then live only as long as the page. */
  durable: boolean;
  snapshot: SyncSnapshot;
  edit: (part: string, value: unknown, serverVersion: number | null) => void;
  resolve: (part: string, choice: ConflictChoice) => void;
  retry: () => void;
}

/**
 * The minutes' autosave for the signed-in person on this page: drafts from IndexedDB, saves through the
 * client, the cached minutes updated with each saved part, the session's end handed to the app's sign-in
 * flow (the drafts wait in the store and go out when the person is back), the browser's online/offline
 * events, and a last try when the page is hidden (a tablet put away).
 */
export function useMinutesSync(meetingId: string, personId: string | undefined): MinutesEditing {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ sync: MinutesSync; durable: boolean } | null>(null);

  useEffect(() => {
    if (!personId) return;
    let live = true;
    let sync: MinutesSync | undefined;
    void draftStore().then(({ store, durable }) => {
      if (!live) return;
      sync = new MinutesSync({
        store,
        personId,
        meetingId,
        send: (part, value, baseVersion) => sendPart(meetingId, part, value, baseVersion),
        onSaved: (part, value) => applySaved(queryClient, meetingId, part, value),
        onSignedOut: () => queryClient.setQueryData(authKeys.me, null),
      });
      if (!navigator.onLine) sync.setOnline(false);
      void sync.load().then(() => live && setState({ sync: sync!, durable }));
    });
    const online = () => sync?.setOnline(true);
    const offline = () => sync?.setOnline(false);
    const hidden = () => {
      if (document.visibilityState === 'hidden') void sync?.flush();
    };
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      live = false;
      sync?.dispose();
      setState(null);
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [meetingId, personId, queryClient]);

  const sync = state?.sync;
  const subscribe = useCallback(
    (listener: () => void) => (sync ? sync.subscribe(listener) : noSubscription()),
    [sync],
  );
  const snapshot = useSyncExternalStore(subscribe, () => (sync ? sync.snapshot() : EMPTY));
  const edit = useCallback<MinutesEditing['edit']>(
    (part, value, version) => sync?.edit(part, value, version),
    [sync],
  );
  const resolve = useCallback<MinutesEditing['resolve']>(
    (part, choice) => sync?.resolve(part, choice),
    [sync],
  );
  const retry = useCallback(() => sync?.retryNow(), [sync]);
  return { ready: !!sync, durable: state?.durable ?? true, snapshot, edit, resolve, retry };
}
