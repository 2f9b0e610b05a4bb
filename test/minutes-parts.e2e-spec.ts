import { randomUUID } from 'node:crypto';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn, MINUTES_PEOPLE } from './helpers/signed-in-people';
import { type TestApp, apiAs, startTestApp } from './helpers/test-app';

/**
 * Minutes written live (#15): one part at a time (an item's notes and decisions, the attendance, one action),
 * each with its version, so that a save never wipes another part and a stale save is a 409 with both sides.
 */
describe('minutes saved one part at a time', () => {
  let t: TestApp;
  let orgs: Record<string, string>;
  const tokens: Record<string, string> = {};
  const people: Record<string, CreatedPerson> = {};
  let fixtures = 0;
  let meetingId: string;
  let minutesUrl: string;
  let items: Array<{ id: string; title: string }>;

  const api = apiAs(() => t, tokens);
  const itemUrl = (index: number) => `${minutesUrl}/items/${items[index].id}`;
  const minutes = async () => (await api('GET', minutesUrl, 'secretary')).body;
  const action = (overrides: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    agendaItemId: items[1].id,
    title: 'Planera kompetensdag',
    ownerPersonId: people.umea.id,
    ownerOrganizationId: orgs['2480'],
    dueDate: '2027-04-30',
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestApp({ INVITATION_DEBOUNCE_MS: '600000', MINUTES_REVISION_COALESCE_SECONDS: '60' });
    const admin = await AdminSignIn.start(t, { tokens, people });
    orgs = admin.orgs;
    await admin.people({
      ...MINUTES_PEOPLE,
      umeaSecretary: { organization: '2480', roles: ['secretary'], name: 'Ulla Umeå' },
      skelleftea: { organization: '2482', roles: ['secretary'], name: 'Sune Skellefteå' },
    });
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A fresh meeting of Umeå with the template's agenda, moved into the past. */
  beforeEach(async () => {
    fixtures += 1;
    const created = await api('POST', '/api/meetings', 'coordinator', {
      title: `Samverkansmöte Umeå, live ${fixtures}`,
      start: `2027-05-${String(fixtures).padStart(2, '0')}T10:00:00+02:00`,
      end: `2027-05-${String(fixtures).padStart(2, '0')}T11:30:00+02:00`,
      organizationIds: [orgs['2480']],
      participants: ['coordinator', 'secretary', 'colleague', 'umea'].map((key) => ({
        personId: people[key].id,
      })),
      status: 'confirmed',
    });
    expect(created.status).toBe(201);
    meetingId = created.body.id;
    const day = String(10 + fixtures).padStart(2, '0');
    const held = await api('PATCH', `/api/meetings/${meetingId}`, 'coordinator', {
      start: `2026-10-${day}T10:00:00+02:00`,
      end: `2026-10-${day}T11:30:00+02:00`,
    });
    expect(held.status).toBe(200);
    minutesUrl = `/api/meetings/${meetingId}/minutes`;
    items = (await api('GET', `/api/meetings/${meetingId}/agenda`, 'coordinator')).body.items;
  });

  it('saves one item’s notes and leaves attendance, actions and the other items as they were', async () => {
    const whole = await api('PUT', minutesUrl, 'secretary', {
      items: [{ agendaItemId: items[0].id, notes: 'Öppnat', decisions: ['Sara justerar'] }],
      attendance: [{ personId: people.umea.id, status: 'present' }],
      guests: [{ name: 'Gunnar Gäst', organization: 'Almi' }],
      actions: [{ ...action(), id: undefined }],
    });
    expect(whole.status).toBe(200);
    expect(whole.body.items[0]).toMatchObject({
      version: 1,
      updatedBy: { personId: people.secretary.id, name: 'Sara Sekreterare' },
    });
    expect(whole.body.items[1]).toMatchObject({ version: 0, updatedAt: null, updatedBy: null });
    expect(whole.body.attendancePart).toMatchObject({ version: 1 });
    expect(whole.body.actions[0]).toMatchObject({ version: 1, proposed: true, actionId: expect.any(String) });

    const saved = await api('PUT', itemUrl(1), 'colleague', {
      notes: 'Två nya etableringar; brist på undersköterskor (ŋ đ ŧ ǯ).',
      decisions: ['Regionen bjuder in'],
      baseVersion: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      agendaItemId: items[1].id,
      number: 2,
      notes: 'Två nya etableringar; brist på undersköterskor (ŋ đ ŧ ǯ).',
      decisions: ['Regionen bjuder in'],
      version: 1,
      updatedBy: { personId: people.colleague.id, name: 'Kalle Kollega' },
    });
    const after = await minutes();
    expect(after.items[0]).toMatchObject({ notes: 'Öppnat', decisions: ['Sara justerar'], version: 1 });
    expect(after.items[1]).toMatchObject({ version: 1, decisions: ['Regionen bjuder in'] });
    expect(after.attendance.find((entry: any) => entry.personId === people.umea.id).status).toBe('present');
    expect(after.guests).toEqual([{ name: 'Gunnar Gäst', organization: 'Almi' }]);
    expect(after.actions).toHaveLength(1);
    expect(after.actions[0]).toEqual(whole.body.actions[0]);
    expect(after.attendancePart.version).toBe(1);
    // A blank editor is no notes.
    const cleared = await api('PUT', itemUrl(1), 'colleague', {
      notes: '  ',
      decisions: [''],
      baseVersion: 1,
    });
    expect(cleared.body).toMatchObject({ notes: null, decisions: [], version: 2 });
  });

  it('lands two saves of different items made from the same stale read', async () => {
    const read = await minutes();
    const [first, second] = await Promise.all([
      api('PUT', itemUrl(0), 'secretary', {
        notes: 'Punkt ett',
        decisions: [],
        baseVersion: read.items[0].version,
      }),
      api('PUT', itemUrl(1), 'colleague', {
        notes: 'Punkt två',
        decisions: [],
        baseVersion: read.items[1].version,
      }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const attendance = await api('PUT', `${minutesUrl}/attendance`, 'secretary', {
      attendance: [
        { personId: people.secretary.id, status: 'present' },
        { personId: people.umea.id, status: 'excused' },
      ],
      guests: [],
      baseVersion: read.attendancePart.version,
    });
    expect(attendance.status).toBe(200);
    expect(attendance.body).toMatchObject({ version: 1, updatedBy: { name: 'Sara Sekreterare' } });
    const after = await minutes();
    expect(after.items.slice(0, 2).map((item: any) => item.notes)).toEqual(['Punkt ett', 'Punkt två']);
    expect(after.attendance.filter((entry: any) => entry.status !== null)).toHaveLength(2);
  });

  it('answers a stale save with 409 and the current part; a retry of what the server has is a 200', async () => {
    const first = await api('PUT', itemUrl(1), 'secretary', {
      notes: 'Sara skrev',
      decisions: [],
      baseVersion: 0,
    });
    expect(first.body.version).toBe(1);
    const stale = await api('PUT', itemUrl(1), 'colleague', {
      notes: 'Kalle skrev',
      decisions: [],
      baseVersion: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('MINUTES_PART_CONFLICT');
    expect(stale.body.message).toContain('ändrats av någon annan');
    expect(stale.body.details).toMatchObject({
      part: 'item',
      key: items[1].id,
      baseVersion: 0,
      currentVersion: 1,
      current: { notes: 'Sara skrev', version: 1, updatedBy: { name: 'Sara Sekreterare' } },
    });
    expect((await minutes()).items[1].notes).toBe('Sara skrev');

    // The same save again (its answer was lost): 200 with the server's version, nothing new written.
    const retry = await api('PUT', itemUrl(1), 'secretary', {
      notes: 'Sara skrev',
      decisions: [],
      baseVersion: 0,
    });
    expect(retry.status).toBe(200);
    expect(retry.body.version).toBe(1);
    const merged = await api('PUT', itemUrl(1), 'colleague', {
      notes: 'Sara skrev\nKalle skrev',
      decisions: [],
      baseVersion: stale.body.details.currentVersion,
    });
    expect(merged.body).toMatchObject({ version: 2, notes: 'Sara skrev\nKalle skrev' });

    const attendance = { attendance: [{ personId: people.umea.id, status: 'present' }], guests: [] };
    expect(
      (await api('PUT', `${minutesUrl}/attendance`, 'secretary', { ...attendance, baseVersion: 0 })).status,
    ).toBe(200);
    const staleAttendance = await api('PUT', `${minutesUrl}/attendance`, 'colleague', {
      attendance: [{ personId: people.umea.id, status: 'absent' }],
      guests: [],
      baseVersion: 0,
    });
    expect(staleAttendance.status).toBe(409);
    expect(staleAttendance.body.details).toMatchObject({ part: 'attendance', key: null, currentVersion: 1 });
    expect(staleAttendance.body.details.current.attendance).toContainEqual(
      expect.objectContaining({ personId: people.umea.id, status: 'present' }),
    );
    const sameAttendance = await api('PUT', `${minutesUrl}/attendance`, 'colleague', {
      ...attendance,
      baseVersion: 0,
    });
    expect([sameAttendance.status, sameAttendance.body.version]).toEqual([200, 1]);

    // Saves of one part by one person soon after each other make one revision.
    const revisions = (await api('GET', `${minutesUrl}/revisions`, 'secretary')).body.items;
    expect(revisions.map((revision: any) => [revision.kind, revision.authorName])).toEqual([
      ['edit', 'Sara Sekreterare'],
      ['edit', 'Kalle Kollega'],
      ['edit', 'Sara Sekreterare'],
    ]);
  });

  it('adds an action once for a retried POST, changes and deletes it with version checks', async () => {
    const body = action();
    const created = await api('POST', `${minutesUrl}/actions`, 'secretary', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: body.id,
      version: 1,
      proposed: true,
      actionId: expect.any(String),
    });
    const retried = await api('POST', `${minutesUrl}/actions`, 'secretary', body);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(created.body);
    const clash = await api('POST', `${minutesUrl}/actions`, 'secretary', { ...body, title: 'Annat' });
    expect([clash.status, clash.body.code]).toEqual([409, 'MINUTES_PART_CONFLICT']);
    expect((await minutes()).actions).toHaveLength(1);

    // Listed in the actions at once, as proposed; not open, not changeable there.
    const listed = await api('GET', `/api/actions?meetingId=${meetingId}`, 'coordinator');
    expect(listed.body.items.map((item: any) => [item.id, item.status, item.title])).toEqual([
      [created.body.actionId, 'proposed', 'Planera kompetensdag'],
    ]);
    const open = await api(
      'GET',
      `/api/actions?meetingId=${meetingId}&status=open,in_progress`,
      'coordinator',
    );
    expect(open.body.items).toHaveLength(0);
    const direct = await api('PATCH', `/api/actions/${created.body.actionId}`, 'coordinator', { title: 'x' });
    expect([direct.status, direct.body.code]).toEqual([409, 'ACTION_PROPOSED']);

    const url = `${minutesUrl}/actions/${body.id}`;
    const { id: _id, ...fields } = body;
    const changed = await api('PUT', url, 'colleague', {
      ...fields,
      title: 'Planera två dagar',
      baseVersion: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, title: 'Planera två dagar' });
    const followed = await api('GET', `/api/actions/${created.body.actionId}`, 'coordinator');
    expect(followed.body).toMatchObject({ title: 'Planera två dagar', status: 'proposed' });
    const stale = await api('PUT', url, 'secretary', { ...fields, dueDate: '2027-05-31', baseVersion: 1 });
    expect([stale.status, stale.body.details?.current?.title]).toEqual([409, 'Planera två dagar']);
    const staleDelete = await api('DELETE', `${url}?baseVersion=1`, 'secretary');
    expect([staleDelete.status, staleDelete.body.code]).toEqual([409, 'MINUTES_PART_CONFLICT']);
    const deleted = await api('DELETE', `${url}?baseVersion=2`, 'secretary');
    expect(deleted.status).toBe(204);
    expect((await api('DELETE', `${url}?baseVersion=2`, 'secretary')).status).toBe(204);
    expect((await api('GET', `/api/actions/${created.body.actionId}`, 'coordinator')).status).toBe(404);
    const gone = await api('PUT', url, 'secretary', { ...fields, baseVersion: 2 });
    expect([gone.status, gone.body.code]).toEqual([404, 'MINUTES_ACTION_NOT_FOUND']);
    expect((await minutes()).actions).toEqual([]);
  });

  it('refuses other municipalities (404), non-keepers (403), unknown items (400) and locked minutes (409)', async () => {
    const body = { notes: 'x', decisions: [], baseVersion: 0 };
    const foreign = await api('PUT', itemUrl(0), 'skelleftea', body);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'MEETING_NOT_FOUND']);
    expect((await api('PUT', itemUrl(0), 'umea', body)).status).toBe(403);
    expect((await api('POST', `${minutesUrl}/actions`, 'umea', action())).status).toBe(403);
    const unknown = await api('PUT', `${minutesUrl}/items/${randomUUID()}`, 'secretary', body);
    expect([unknown.status, unknown.body.code]).toEqual([400, 'MINUTES_UNKNOWN_AGENDA_ITEM']);
    const notInvited = await api('PUT', `${minutesUrl}/attendance`, 'secretary', {
      attendance: [{ personId: people.skelleftea.id, status: 'present' }],
      baseVersion: 0,
    });
    expect([notInvited.status, notInvited.body.code]).toEqual([400, 'MINUTES_NOT_INVITED']);
    expect((await api('PUT', itemUrl(0), 'secretary', { notes: 'x' })).status).toBe(400);
    expect((await api('DELETE', `${minutesUrl}/actions/${randomUUID()}`, 'secretary')).status).toBe(400);
    // The municipality's secretary keeps the minutes too.
    expect((await api('PUT', itemUrl(0), 'umeaSecretary', body)).status).toBe(200);

    const proposed = await api('POST', `${minutesUrl}/actions`, 'secretary', action());
    const submitted = await api('POST', `${minutesUrl}/submit`, 'secretary', {
      adjusters: [{ personId: people.coordinator.id }],
    });
    expect(submitted.status).toBe(200);
    const inReview = await api('PUT', itemUrl(1), 'secretary', body);
    expect([inReview.status, inReview.body.code]).toEqual([409, 'MINUTES_UNDER_REVIEW']);
    expect((await api('POST', `${minutesUrl}/approve`, 'coordinator', {})).status).toBe(200);
    const locked = await api('PUT', itemUrl(1), 'secretary', body);
    expect([locked.status, locked.body.code]).toEqual([409, 'MINUTES_LOCKED']);
    expect((await api('POST', `${minutesUrl}/actions`, 'secretary', action())).body.code).toBe(
      'MINUTES_LOCKED',
    );

    // The lock opened the proposed action: open in the list, kept as it is after a reopen.
    const opened = await api('GET', `/api/actions/${proposed.body.actionId}`, 'coordinator');
    expect(opened.body).toMatchObject({ status: 'open', createdBy: people.secretary.id });
    const after = await minutes();
    expect(after.actions[0]).toMatchObject({ actionId: proposed.body.actionId, proposed: false });
    expect((await api('POST', `${minutesUrl}/reopen`, 'secretary', { reason: 'Rättelse' })).status).toBe(200);
    const { id, ...fields } = action();
    void id;
    const changeOpened = await api('PUT', `${minutesUrl}/actions/${proposed.body.id}`, 'secretary', {
      ...fields,
      title: 'Ändrad efter låsningen',
      baseVersion: 1,
    });
    expect([changeOpened.status, changeOpened.body.code]).toEqual([409, 'MINUTES_ACTION_ALREADY_CREATED']);
    const deleteOpened = await api(
      'DELETE',
      `${minutesUrl}/actions/${proposed.body.id}?baseVersion=1`,
      'secretary',
    );
    expect([deleteOpened.status, deleteOpened.body.code]).toEqual([409, 'MINUTES_ACTION_ALREADY_CREATED']);
    expect((await api('GET', `/api/actions/${proposed.body.actionId}`, 'coordinator')).body.status).toBe(
      'open',
    );
  });
});
