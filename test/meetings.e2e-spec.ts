import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { MeetingChange } from '../src/meeting/meeting-change';
import { recordMeetingChanges } from './helpers/meeting-change-log';
import { AdminSignIn } from './helpers/signed-in-people';
import { insertMinutes } from './helpers/overview-rows';
import { createNorrbotten, createPerson } from './helpers/people-fixtures';
import { withoutCorrelation } from './helpers/error-body';
import { type TestApp, startTestApp } from './helpers/test-app';

describe('meetings', () => {
  let t: TestApp;
  let db: DataSource;
  let adminToken: string;
  let coordinatorToken: string;
  let umeaToken: string;
  let skellefteaToken: string;
  let orgs: Record<string, string>;
  let anna: string;
  let bo: string;
  let umeaPerson: string;
  let skellefteaPerson: string;
  let foreignMunicipality: string;
  const changes: MeetingChange[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    recordMeetingChanges(t.app, changes);
    const signIn = await AdminSignIn.start(t);
    ({ adminToken, orgs } = signIn);
    const coordinator = await signIn.person('coordinator', '24', ['coordinator']);
    coordinatorToken = coordinator.token;
    anna = (await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] })).id;
    bo = (await createPerson(t, adminToken, { organizationId: orgs['24'], roles: ['participant'] })).id;
    const umea = await createPerson(t, adminToken, { organizationId: orgs['2480'], roles: ['secretary'] });
    umeaPerson = umea.id;
    umeaToken = await t.login(umea.email, umea.password);
    const skelleftea = await createPerson(t, adminToken, {
      organizationId: orgs['2482'],
      roles: ['secretary'],
    });
    skellefteaPerson = skelleftea.id;
    skellefteaToken = await t.login(skelleftea.email, skelleftea.password);
    foreignMunicipality = (await createNorrbotten(t, adminToken)).luleaId;
  });
  afterAll(async () => {
    await t?.close();
  });

  function create(body: Record<string, unknown>, token = coordinatorToken) {
    return t.request({ method: 'POST', url: '/api/meetings', token, body });
  }

  function meetingBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      title: 'Samverkansmöte Umeå',
      start: '2027-05-10T10:00:00+02:00',
      end: '2027-05-10T11:30:00+02:00',
      mode: 'digital',
      videoUrl: 'https://meet.example.se/abc',
      organizationIds: [orgs['2480']],
      participants: [
        { personId: anna, role: 'chair' },
        { personId: umeaPerson, role: 'required' },
      ],
      ...overrides,
    };
  }

  function changesOf(meetingId: string): MeetingChange[] {
    return changes.filter((change) => change.meetingId === meetingId);
  }

  describe('POST /api/meetings', () => {
    it('creates a meeting with a stable UID, SEQUENCE 0, UTC and local times, and tells the listeners', async () => {
      const response = await create(meetingBody());
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        title: 'Samverkansmöte Umeå',
        status: 'planned',
        sequence: 0,
        mode: 'digital',
        regionId: orgs['24'],
        roundId: null,
        startAt: '2027-05-10T08:00:00.000Z',
        endAt: '2027-05-10T09:30:00.000Z',
        startLocal: '2027-05-10T10:00:00+02:00',
        endLocal: '2027-05-10T11:30:00+02:00',
        timeZone: 'Europe/Stockholm',
        organizations: [{ id: orgs['2480'], name: 'Umeå' }],
        version: 1,
      });
      expect(response.body.uid).toMatch(/^[0-9a-f-]{36}@localhost$/);
      expect(response.body.participants).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            personId: anna,
            role: 'chair',
            partstat: 'NEEDS-ACTION',
            name: expect.any(String),
          }),
          expect.objectContaining({ personId: umeaPerson, role: 'required', organizationId: orgs['2480'] }),
        ]),
      );
      expect(changesOf(response.body.id)).toEqual([{ kind: 'created', meetingId: response.body.id }]);
    });

    it('stores and answers the right instant on both sides of the March DST change', async () => {
      const summer = await create(
        meetingBody({
          start: '2026-03-30T10:00:00+02:00',
          end: '2026-03-30T11:00:00+02:00',
          participants: [],
        }),
      );
      expect(summer.status).toBe(201);
      expect(summer.body).toMatchObject({
        startAt: '2026-03-30T08:00:00.000Z',
        startLocal: '2026-03-30T10:00:00+02:00',
      });
      const winter = await create(
        meetingBody({ start: '2026-03-27T09:00:00Z', end: '2026-03-27T10:00:00Z', participants: [] }),
      );
      expect(winter.body).toMatchObject({
        startAt: '2026-03-27T09:00:00.000Z',
        startLocal: '2026-03-27T10:00:00+01:00',
      });
      const [row] = await db.query(
        `SELECT to_char(start_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') AS utc,
                to_char(start_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD"T"HH24:MI') AS local
           FROM meetings WHERE id = $1`,
        [summer.body.id],
      );
      expect(row).toEqual({ utc: '2026-03-30T08:00', local: '2026-03-30T10:00' });
    });

    it('refuses times without an offset, an end before the start and a meeting longer than the working day', async () => {
      const noOffset = await create(meetingBody({ start: '2027-05-10T10:00:00' }));
      expect(noOffset.status).toBe(400);
      expect(noOffset.body.code).toBe('VALIDATION_FAILED');
      expect(noOffset.body.details).toEqual([expect.objectContaining({ field: 'start' })]);
      const backwards = await create(meetingBody({ end: '2027-05-10T09:00:00+02:00' }));
      expect(backwards.status).toBe(400);
      expect(backwards.body.code).toBe('MEETING_END_BEFORE_START');
      const tooLong = await create(
        meetingBody({ start: '2027-05-10T08:00:00+02:00', end: '2027-05-10T15:30:00+02:00' }),
      );
      expect(tooLong.status).toBe(400);
      expect(tooLong.body).toMatchObject({
        code: 'MEETING_DURATION_EXCEEDS_WORKING_DAY',
        details: { maxMinutes: 420, minutes: 450 },
      });
      const unknownField = await create(meetingBody({ colour: 'red' }));
      expect(unknownField.status).toBe(400);
    });

    it('answers unknown and foreign organizations alike, and the same for people', async () => {
      const unknown = await create(meetingBody({ organizationIds: [randomUUID()] }));
      const foreign = await create(meetingBody({ organizationIds: [foreignMunicipality] }));
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('MEETING_INVALID_ORGANIZATION');
      expect(foreign.status).toBe(400);
      expect(withoutCorrelation(foreign.body).message).toBe(withoutCorrelation(unknown.body).message);
      const regionItself = await create(meetingBody({ organizationIds: [orgs['24']] }));
      expect(regionItself.body.code).toBe('MEETING_INVALID_ORGANIZATION');

      const stranger = randomUUID();
      const unknownPerson = await create(meetingBody({ participants: [{ personId: stranger }] }));
      // Skellefteå's person is no participant of a meeting with Umeå only.
      const foreignPerson = await create(meetingBody({ participants: [{ personId: skellefteaPerson }] }));
      expect(unknownPerson.status).toBe(400);
      expect(unknownPerson.body).toMatchObject({
        code: 'MEETING_INVALID_PARTICIPANT',
        details: { personIds: [stranger] },
      });
      expect(foreignPerson.status).toBe(400);
      expect(foreignPerson.body).toMatchObject({
        code: 'MEETING_INVALID_PARTICIPANT',
        details: { personIds: [skellefteaPerson] },
      });
    });

    it('refuses to double-book a participant (409 MEETING_COLLISION with details), not back-to-back meetings', async () => {
      const first = await create(
        meetingBody({
          start: '2027-06-01T10:00:00+02:00',
          end: '2027-06-01T11:00:00+02:00',
          participants: [{ personId: bo }],
        }),
      );
      expect(first.status).toBe(201);
      const clash = await create(
        meetingBody({
          start: '2027-06-01T10:30:00+02:00',
          end: '2027-06-01T11:30:00+02:00',
          participants: [{ personId: anna }, { personId: bo }],
        }),
      );
      expect(clash.status).toBe(409);
      expect(clash.body).toMatchObject({
        code: 'MEETING_COLLISION',
        details: {
          collisions: [
            {
              personId: bo,
              meetingId: first.body.id,
              startAt: '2027-06-01T08:00:00.000Z',
              endAt: '2027-06-01T09:00:00.000Z',
            },
          ],
        },
      });
      const next = await create(
        meetingBody({
          start: '2027-06-01T11:00:00+02:00',
          end: '2027-06-01T12:00:00+02:00',
          participants: [{ personId: bo }],
        }),
      );
      expect(next.status).toBe(201);
      // A cancelled meeting keeps nobody busy.
      await t.request({
        method: 'POST',
        url: `/api/meetings/${first.body.id}/cancel`,
        token: coordinatorToken,
        body: { reason: 'Flyttas' },
      });
      const again = await create(
        meetingBody({
          start: '2027-06-01T10:00:00+02:00',
          end: '2027-06-01T11:00:00+02:00',
          participants: [{ personId: bo }],
        }),
      );
      expect(again.status).toBe(201);
    });

    it('lets municipality people see their meetings but not create or change them (403)', async () => {
      const response = await create(
        meetingBody({ start: '2027-06-03T10:00:00+02:00', end: '2027-06-03T11:00:00+02:00' }),
        umeaToken,
      );
      expect(response.status).toBe(403);
    });
  });

  describe('PATCH /api/meetings/:id and cancel', () => {
    let meetingId: string;

    beforeAll(async () => {
      const response = await create(
        meetingBody({
          title: 'Att flytta',
          start: '2027-09-06T13:00:00+02:00',
          end: '2027-09-06T14:00:00+02:00',
          participants: [{ personId: anna, role: 'chair' }],
        }),
      );
      meetingId = response.body.id;
    });

    function patch(body: Record<string, unknown>, token = coordinatorToken) {
      return t.request({ method: 'PATCH', url: `/api/meetings/${meetingId}`, token, body });
    }

    it('raises SEQUENCE by exactly one when time, place and status change together', async () => {
      changes.length = 0;
      const moved = await patch({ start: '2027-09-06T14:00:00+02:00', end: '2027-09-06T15:00:00+02:00' });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ sequence: 1, startLocal: '2027-09-06T14:00:00+02:00', version: 2 });
      expect(changesOf(meetingId)).toEqual([{ kind: 'rescheduled', meetingId, sequence: 1 }]);

      changes.length = 0;
      const several = await patch({
        start: '2027-09-07T09:00:00+02:00',
        end: '2027-09-07T10:00:00+02:00',
        mode: 'onsite',
        locationAddress: 'Skolgatan 31A, Umeå',
        status: 'confirmed',
      });
      expect(several.status).toBe(200);
      expect(several.body).toMatchObject({ sequence: 2, status: 'confirmed', mode: 'onsite' });
      expect(changesOf(meetingId)).toEqual([{ kind: 'rescheduled', meetingId, sequence: 2 }]);
    });

    it('keeps SEQUENCE for a new title, and reports participants added and removed', async () => {
      changes.length = 0;
      const renamed = await patch({ title: 'Nytt namn', description: 'Dagordning följer' });
      expect(renamed.body).toMatchObject({ sequence: 2, title: 'Nytt namn' });
      expect(changesOf(meetingId)).toEqual([{ kind: 'details', meetingId }]);

      changes.length = 0;
      const swapped = await patch({
        participants: [{ personId: bo, role: 'chair' }, { personId: umeaPerson }],
      });
      expect(swapped.status).toBe(200);
      expect(swapped.body.sequence).toBe(2);
      expect(swapped.body.participants.map((p: any) => p.personId).sort()).toEqual([bo, umeaPerson].sort());
      expect(changesOf(meetingId)).toEqual([
        {
          kind: 'participants',
          meetingId,
          addedPersonIds: [bo, umeaPerson],
          removedPersonIds: [anna],
        },
      ]);
      // The removed participant keeps the row, marked removed (the calendar CANCEL needs it).
      const rows = await db.query(
        `SELECT person_id, removed_at IS NOT NULL AS removed FROM meeting_participants WHERE meeting_id = $1`,
        [meetingId],
      );
      expect(rows).toEqual(expect.arrayContaining([{ person_id: anna, removed: true }]));

      changes.length = 0;
      const same = await patch({ title: 'Nytt namn' });
      expect(same.status).toBe(200);
      expect(changes).toEqual([]);
    });

    it('refuses an edit that collides, a stale version and skipping straight to held', async () => {
      const other = await create(
        meetingBody({
          start: '2027-09-08T09:00:00+02:00',
          end: '2027-09-08T10:00:00+02:00',
          participants: [{ personId: bo }],
        }),
      );
      expect(other.status).toBe(201);
      const collide = await patch({ start: '2027-09-08T09:30:00+02:00', end: '2027-09-08T10:30:00+02:00' });
      expect(collide.status).toBe(409);
      expect(collide.body.code).toBe('MEETING_COLLISION');
      expect(collide.body.details.collisions[0]).toMatchObject({ personId: bo, meetingId: other.body.id });

      const stale = await patch({ title: 'X', version: 1 });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('MEETING_VERSION_CONFLICT');

      const notEnded = await patch({ status: 'held' });
      expect(notEnded.status).toBe(409);
      expect(notEnded.body.code).toBe('MEETING_NOT_ENDED');
      const unchanged = await t.request({
        method: 'GET',
        url: `/api/meetings/${meetingId}`,
        token: adminToken,
      });
      expect(unchanged.body.sequence).toBe(2);
    });

    it('holds a past confirmed meeting, and a held meeting is final', async () => {
      const past = await create(
        meetingBody({
          start: '2026-10-05T10:00:00+02:00',
          end: '2026-10-05T11:00:00+02:00',
          participants: [],
        }),
      );
      const skip = await t.request({
        method: 'PATCH',
        url: `/api/meetings/${past.body.id}`,
        token: coordinatorToken,
        body: { status: 'held' },
      });
      expect(skip.status).toBe(409);
      expect(skip.body.code).toBe('MEETING_INVALID_TRANSITION');
      for (const status of ['confirmed', 'held']) {
        const step = await t.request({
          method: 'PATCH',
          url: `/api/meetings/${past.body.id}`,
          token: coordinatorToken,
          body: { status },
        });
        expect(step.status).toBe(200);
      }
      const held = await t.request({
        method: 'PATCH',
        url: `/api/meetings/${past.body.id}`,
        token: coordinatorToken,
        body: { title: 'Efteråt' },
      });
      expect(held.status).toBe(409);
      expect(held.body.code).toBe('MEETING_NOT_EDITABLE');
    });

    it('cancels with a reason and SEQUENCE + 1; a cancelled meeting is final', async () => {
      changes.length = 0;
      const cancelled = await t.request({
        method: 'POST',
        url: `/api/meetings/${meetingId}/cancel`,
        token: coordinatorToken,
        body: { reason: 'Kommunen har förhinder' },
      });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({
        status: 'cancelled',
        sequence: 3,
        cancelReason: 'Kommunen har förhinder',
      });
      expect(changesOf(meetingId)).toEqual([{ kind: 'cancelled', meetingId, sequence: 3 }]);
      const edit = await patch({ title: 'Igen' });
      expect(edit.status).toBe(409);
      expect(edit.body.code).toBe('MEETING_NOT_EDITABLE');
      const twice = await t.request({
        method: 'POST',
        url: `/api/meetings/${meetingId}/cancel`,
        token: coordinatorToken,
        body: { reason: 'igen' },
      });
      expect(twice.status).toBe(409);
      const [row] = await db.query(`SELECT sequence, status FROM meetings WHERE id = $1`, [meetingId]);
      expect(row).toEqual({ sequence: 3, status: 'cancelled' });
    });
  });

  describe('GET /api/meetings', () => {
    let umeaOnly: string;
    let skellefteaOnly: string;
    let both: string;

    beforeAll(async () => {
      const day = (n: number) => `2028-02-${String(n).padStart(2, '0')}`;
      umeaOnly = (
        await create(
          meetingBody({
            start: `${day(1)}T10:00:00+01:00`,
            end: `${day(1)}T11:00:00+01:00`,
            participants: [],
          }),
        )
      ).body.id;
      skellefteaOnly = (
        await create(
          meetingBody({
            organizationIds: [orgs['2482']],
            start: `${day(2)}T10:00:00+01:00`,
            end: `${day(2)}T11:00:00+01:00`,
            participants: [{ personId: skellefteaPerson }],
          }),
        )
      ).body.id;
      both = (
        await create(
          meetingBody({
            organizationIds: [orgs['2480'], orgs['2482']],
            start: `${day(3)}T10:00:00+01:00`,
            end: `${day(3)}T11:00:00+01:00`,
            participants: [],
            status: 'confirmed',
          }),
        )
      ).body.id;
    });

    it('filters by organization, time window and status, and paginates', async () => {
      const window = 'from=2028-02-01T00:00:00%2B01:00&to=2028-03-01T00:00:00%2B01:00';
      const all = await t.request({ method: 'GET', url: `/api/meetings?${window}`, token: coordinatorToken });
      expect(all.status).toBe(200);
      expect(all.body.items.map((m: any) => m.id)).toEqual([umeaOnly, skellefteaOnly, both]);
      const umea = await t.request({
        method: 'GET',
        url: `/api/meetings?${window}&organizationId=${orgs['2482']}`,
        token: coordinatorToken,
      });
      expect(umea.body.items.map((m: any) => m.id)).toEqual([skellefteaOnly, both]);
      const confirmed = await t.request({
        method: 'GET',
        url: `/api/meetings?${window}&status=confirmed`,
        token: coordinatorToken,
      });
      expect(confirmed.body.items.map((m: any) => m.id)).toEqual([both]);
      const page = await t.request({
        method: 'GET',
        url: `/api/meetings?${window}&limit=1&offset=1`,
        token: coordinatorToken,
      });
      expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(page.body.items.map((m: any) => m.id)).toEqual([skellefteaOnly]);
      const badWindow = await t.request({
        method: 'GET',
        url: '/api/meetings?from=2028-03-01T00:00:00Z&to=2028-02-01T00:00:00Z',
        token: coordinatorToken,
      });
      expect(badWindow.status).toBe(400);
      const noOffset = await t.request({
        method: 'GET',
        url: '/api/meetings?from=2028-03-01T00:00:00',
        token: coordinatorToken,
      });
      expect(noOffset.status).toBe(400);
    });

    it('filters by the minutes’ status: in_review (awaiting approval), locked, none (#13)', async () => {
      const window = 'from=2028-02-01T00:00:00Z&to=2028-03-01T00:00:00Z';
      const minutes = {
        regionId: orgs['24'],
        submittedBy: anna,
        submittedAt: new Date('2028-02-04T10:00:00Z'),
      };
      await insertMinutes(db, {
        ...minutes,
        meetingId: umeaOnly,
        organizationIds: [orgs['2480']],
        status: 'in_review',
      });
      await insertMinutes(db, {
        ...minutes,
        meetingId: both,
        organizationIds: [orgs['2480'], orgs['2482']],
        status: 'locked',
      });
      const ids = async (query: string, token = coordinatorToken) => {
        const response = await t.request({ method: 'GET', url: `/api/meetings?${window}&${query}`, token });
        expect(response.status).toBe(200);
        return response.body.items.map((m: any) => m.id);
      };
      expect(await ids('minutes=in_review')).toEqual([umeaOnly]);
      expect(await ids('minutes=locked')).toEqual([both]);
      expect(await ids('minutes=none')).toEqual([skellefteaOnly]);
      expect(await ids('minutes=draft')).toEqual([]);
      expect(await ids(`minutes=locked&organizationId=${orgs['2482']}`)).toEqual([both]);
      // The tenant scope still holds: Skellefteå's secretary sees only its own meetings.
      expect(await ids('minutes=in_review', skellefteaToken)).toEqual([]);
      const refused = await t.request({
        method: 'GET',
        url: `/api/meetings?minutes=submitted`,
        token: coordinatorToken,
      });
      expect(refused.status).toBe(400);
    });

    it('shows a municipality only the meetings it takes part in; another municipality’s answers 404', async () => {
      const window = 'from=2028-02-01T00:00:00Z&to=2028-03-01T00:00:00Z';
      const umea = await t.request({ method: 'GET', url: `/api/meetings?${window}`, token: umeaToken });
      expect(umea.body.items.map((m: any) => m.id)).toEqual([umeaOnly, both]);
      const skelleftea = await t.request({
        method: 'GET',
        url: `/api/meetings?${window}`,
        token: skellefteaToken,
      });
      expect(skelleftea.body.items.map((m: any) => m.id)).toEqual([skellefteaOnly, both]);

      const own = await t.request({ method: 'GET', url: `/api/meetings/${both}`, token: umeaToken });
      expect(own.status).toBe(200);
      const foreign = await t.request({
        method: 'GET',
        url: `/api/meetings/${skellefteaOnly}`,
        token: umeaToken,
      });
      const missing = await t.request({
        method: 'GET',
        url: `/api/meetings/${randomUUID()}`,
        token: umeaToken,
      });
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('MEETING_NOT_FOUND');
      expect(withoutCorrelation(foreign.body)).toEqual(withoutCorrelation(missing.body));
      const patchForeign = await t.request({
        method: 'PATCH',
        url: `/api/meetings/${skellefteaOnly}`,
        token: umeaToken,
        body: { title: 'x' },
      });
      expect(patchForeign.status).toBe(404);
      const patchOwn = await t.request({
        method: 'PATCH',
        url: `/api/meetings/${umeaOnly}`,
        token: umeaToken,
        body: { title: 'x' },
      });
      expect(patchOwn.status).toBe(403);
    });
  });

  describe('participant filter and answering in the app (#13)', () => {
    let umeaMeeting: string;
    let skellefteaMeeting: string;
    let annaOnlyMeeting: string;

    beforeAll(async () => {
      umeaMeeting = (
        await create(meetingBody({ start: '2031-09-06T10:00:00+02:00', end: '2031-09-06T11:00:00+02:00' }))
      ).body.id;
      skellefteaMeeting = (
        await create(
          meetingBody({
            start: '2031-09-07T10:00:00+02:00',
            end: '2031-09-07T11:00:00+02:00',
            organizationIds: [orgs['2482']],
            participants: [
              { personId: anna, role: 'chair' },
              { personId: skellefteaPerson, role: 'required' },
            ],
          }),
        )
      ).body.id;
      annaOnlyMeeting = (
        await create(
          meetingBody({
            start: '2031-09-08T10:00:00+02:00',
            end: '2031-09-08T11:00:00+02:00',
            participants: [{ personId: anna, role: 'chair' }],
          }),
        )
      ).body.id;
    });

    function listIds(query: string, token: string) {
      return t.request({
        method: 'GET',
        url: `/api/meetings?from=2031-09-01T00:00:00Z&to=2031-09-30T00:00:00Z&${query}`,
        token,
      });
    }

    it('lists the meetings a person takes part in: participant=me, or a person id for the region’s staff', async () => {
      const mine = await listIds('participant=me', umeaToken);
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((m: { id: string }) => m.id)).toEqual([umeaMeeting]);
      expect(mine.body.total).toBe(1);

      const annas = await listIds(`participant=${anna}`, coordinatorToken);
      expect(annas.status).toBe(200);
      expect(annas.body.items.map((m: { id: string }) => m.id)).toEqual([
        umeaMeeting,
        skellefteaMeeting,
        annaOnlyMeeting,
      ]);

      // A removed participant no longer counts.
      const removed = await t.request({
        method: 'PATCH',
        url: `/api/meetings/${annaOnlyMeeting}`,
        token: coordinatorToken,
        body: { participants: [{ personId: bo, role: 'chair' }] },
      });
      expect(removed.status).toBe(200);
      const annasAfter = await listIds(`participant=${anna}`, coordinatorToken);
      expect(annasAfter.body.items.map((m: { id: string }) => m.id)).toEqual([
        umeaMeeting,
        skellefteaMeeting,
      ]);
    });

    it('keeps the tenant scope: a municipality’s person sees only their municipality’s meetings and names only themselves', async () => {
      // Anna (region) takes part in both; Umeå's person asking for them sees neither: 403 for another person.
      const other = await listIds(`participant=${anna}`, umeaToken);
      expect(other.status).toBe(403);
      expect(other.body.code).toBe('FORBIDDEN');
      const ownId = await listIds(`participant=${umeaPerson}`, umeaToken);
      expect(ownId.status).toBe(200);
      expect(ownId.body.items.map((m: { id: string }) => m.id)).toEqual([umeaMeeting]);
      // Skellefteå's person is in Skellefteå's meeting only.
      const skelleftea = await listIds('participant=me', skellefteaToken);
      expect(skelleftea.body.items.map((m: { id: string }) => m.id)).toEqual([skellefteaMeeting]);
      const bad = await listIds('participant=someone', coordinatorToken);
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    });

    it('records the signed-in participant’s own answer (audited, only their row); 403 for others, 404 outside scope', async () => {
      const rsvp = (meetingId: string, body: unknown, token: string) =>
        t.request({ method: 'POST', url: `/api/meetings/${meetingId}/rsvp`, token, body });

      const accepted = await rsvp(umeaMeeting, { partstat: 'ACCEPTED', comment: 'Vi kommer två' }, umeaToken);
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({
        status: 'updated',
        invitation: { person: { id: umeaPerson }, partstat: 'ACCEPTED', comment: 'Vi kommer två' },
      });
      const again = await rsvp(umeaMeeting, { partstat: 'ACCEPTED', comment: 'Vi kommer två' }, umeaToken);
      expect(again.body.status).toBe('unchanged');

      const meeting = await t.request({
        method: 'GET',
        url: `/api/meetings/${umeaMeeting}`,
        token: umeaToken,
      });
      const partstats = Object.fromEntries(
        meeting.body.participants.map((p: { personId: string; partstat: string }) => [
          p.personId,
          p.partstat,
        ]),
      );
      expect(partstats).toEqual({ [anna]: 'NEEDS-ACTION', [umeaPerson]: 'ACCEPTED' });

      const audit = await db.query(
        `SELECT actor_id, after FROM audit_log WHERE action = 'invitation.respond' AND entity_id = $1`,
        [umeaMeeting],
      );
      expect(audit).toHaveLength(1);
      expect(audit[0].actor_id).toBe(umeaPerson);
      expect(audit[0].after).toMatchObject({ partstat: 'ACCEPTED', source: 'api' });

      // The coordinator sees the meeting but is not a participant.
      const notParticipant = await rsvp(umeaMeeting, { partstat: 'DECLINED' }, coordinatorToken);
      expect(notParticipant.status).toBe(403);
      expect(notParticipant.body.code).toBe('RSVP_NOT_PARTICIPANT');
      // Another municipality's meeting: as missing.
      const foreign = await rsvp(skellefteaMeeting, { partstat: 'ACCEPTED' }, umeaToken);
      expect(foreign.status).toBe(404);
      expect(foreign.body.code).toBe('MEETING_NOT_FOUND');
      const invalid = await rsvp(umeaMeeting, { partstat: 'DELEGATED' }, umeaToken);
      expect(invalid.status).toBe(400);

      // Cancelled: the link's rule (410), and the answer stays.
      const cancelled = await t.request({
        method: 'POST',
        url: `/api/meetings/${umeaMeeting}/cancel`,
        token: coordinatorToken,
        body: { reason: 'Krockar med budgetmötet' },
      });
      expect(cancelled.status).toBe(200);
      const late = await rsvp(umeaMeeting, { partstat: 'DECLINED' }, umeaToken);
      expect(late.status).toBe(410);
      expect(late.body.code).toBe('RSVP_MEETING_CANCELLED');
    });

    it('asks a participant taken off and added back again: their answer and comment reset to NEEDS-ACTION', async () => {
      const meetingId = (
        await create(meetingBody({ start: '2031-09-09T10:00:00+02:00', end: '2031-09-09T11:00:00+02:00' }))
      ).body.id;
      const participantsOf = async () => {
        const meeting = await t.request({
          method: 'GET',
          url: `/api/meetings/${meetingId}`,
          token: umeaToken,
        });
        expect(meeting.status).toBe(200);
        return meeting.body.participants as Array<{
          personId: string;
          partstat: string;
          respondedAt: unknown;
        }>;
      };
      const invitationOf = async (personId: string) => {
        const list = await t.request({
          method: 'GET',
          url: `/api/meetings/${meetingId}/invitations`,
          token: coordinatorToken,
        });
        expect(list.status).toBe(200);
        return (list.body.items as Array<{ person: { id: string } }>).find(
          (item) => item.person.id === personId,
        );
      };
      const setParticipants = async (participants: unknown[]) => {
        const current = await t.request({
          method: 'GET',
          url: `/api/meetings/${meetingId}`,
          token: coordinatorToken,
        });
        const patched = await t.request({
          method: 'PATCH',
          url: `/api/meetings/${meetingId}`,
          token: coordinatorToken,
          body: { participants, version: current.body.version },
        });
        expect(patched.status).toBe(200);
      };

      const declined = await t.request({
        method: 'POST',
        url: `/api/meetings/${meetingId}/rsvp`,
        token: umeaToken,
        body: { partstat: 'DECLINED', comment: 'Semester den veckan' },
      });
      expect(declined.status).toBe(200);
      expect((await participantsOf()).find((p) => p.personId === umeaPerson)).toMatchObject({
        partstat: 'DECLINED',
        respondedAt: expect.any(String),
      });

      await setParticipants([{ personId: anna, role: 'chair' }]);
      expect((await participantsOf()).map((p) => p.personId)).toEqual([anna]);
      await setParticipants([
        { personId: anna, role: 'chair' },
        { personId: umeaPerson, role: 'required' },
      ]);

      expect((await participantsOf()).find((p) => p.personId === umeaPerson)).toEqual(
        expect.objectContaining({ partstat: 'NEEDS-ACTION', respondedAt: null }),
      );
      expect(await invitationOf(umeaPerson)).toMatchObject({
        removed: false,
        partstat: 'NEEDS-ACTION',
        respondedAt: null,
        comment: null,
      });
      // Anna, never removed, keeps her row as it was.
      expect((await participantsOf()).find((p) => p.personId === anna)).toMatchObject({
        partstat: 'NEEDS-ACTION',
      });
    });

    it('refuses an answer once the meeting is over (RSVP_CLOSED)', async () => {
      const past = await create(
        meetingBody({ start: '2020-01-13T10:00:00+01:00', end: '2020-01-13T11:00:00+01:00' }),
      );
      expect(past.status).toBe(201);
      const late = await t.request({
        method: 'POST',
        url: `/api/meetings/${past.body.id}/rsvp`,
        token: umeaToken,
        body: { partstat: 'ACCEPTED' },
      });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('RSVP_CLOSED');
    });
  });
});
