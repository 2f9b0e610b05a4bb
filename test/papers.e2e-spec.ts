import { createHash, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { OBJECT_STORAGE, type ObjectStorage } from '../src/storage/object-storage';
import { eventually } from './helpers/eventually';
import { assertValidPdf, pdfText } from './helpers/pdf-text';
import { docxFile, exeFile, largePdfFile, multipartBody, pdfFile, pngFile } from './helpers/paper-files';
import type { CreatedPerson } from './helpers/people-fixtures';
import { AdminSignIn } from './helpers/signed-in-people';
import { SmtpSink } from './helpers/smtp-sink';
import { PUBLIC_URL, type TestApp, apiAs, startTestApp, mailingTo } from './helpers/test-app';

/** Tuesday 11 March 2031, 10:00–11:30 in Stockholm: proposals are open. */
const MEETING = { start: '2031-03-11T10:00:00+01:00', end: '2031-03-11T11:30:00+01:00' };

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Meeting papers (issue 15) through the real service: multipart uploads streamed to the filesystem storage,
 * the type read from the bytes, access as the item's, the agenda email through a real SMTP server.
 */
describe('meeting papers on agenda items', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let db: DataSource;
  let storage: ObjectStorage;
  const tokens: Record<string, string> = {};
  let umeaParticipant: CreatedPerson;
  let meetingId: string;
  let itemId: string;

  const api = apiAs(() => t, tokens);
  const upload = (who: string, item: string, name: string, content: Buffer) => {
    const { payload, contentType } = multipartBody(name, content);
    return t.request({
      method: 'POST',
      url: `/api/agenda-items/${item}/papers`,
      token: tokens[who],
      payload,
      headers: { 'content-type': contentType },
    });
  };
  const paperRows = async () =>
    Number((await db.query(`SELECT count(*) AS n FROM agenda_item_papers`))[0].n as string);
  const storedFiles = async (): Promise<string[]> => {
    const dir = join(
      t.config.papers.storage.kind === 'filesystem' ? t.config.papers.storage.dir : '',
      'papers',
    );
    const found: string[] = [];
    const walk = async (path: string) => {
      for (const entry of await readdir(path, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory()) await walk(join(path, entry.name));
        else found.push(join(path, entry.name));
      }
    };
    await walk(dir);
    return found;
  };
  const leftoverUploads = async () =>
    (await readdir(tmpdir())).filter((name) => name.startsWith('samverkan-paper-'));

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp(
      mailingTo(sink, {
        PUBLIC_URL,
        PAPER_MAX_MB: '1',
        AGENDA_DEBOUNCE_MS: '200',
      }),
    );
    db = t.app.get(DataSource);
    storage = t.app.get(OBJECT_STORAGE);
    const signIn = await AdminSignIn.start(t, { tokens });
    const orgs = signIn.orgs;
    const secretary = await signIn.person('secretary', '24', ['secretary'], 'Sara Sekreterare');
    umeaParticipant = await signIn.person('umea', '2480', ['participant'], 'Åsa Öberg');
    await signIn.person('skelleftea', '2482', ['secretary'], 'Sune Skellefteå');
    const created = await t.request({
      method: 'POST',
      url: '/api/meetings',
      token: tokens.secretary,
      body: {
        title: 'Samverkansmöte Umeå',
        start: MEETING.start,
        end: MEETING.end,
        organizationIds: [orgs['2480']],
        participants: [{ personId: secretary.id }, { personId: umeaParticipant.id }],
        status: 'confirmed',
      },
    });
    expect(created.status).toBe(201);
    meetingId = created.body.id;
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary');
    expect(agenda.status).toBe(200);
    itemId = agenda.body.items[0].id;
  });

  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it('takes a PDF, a Word document and a PNG, typed by their content, and lists them on the agenda', async () => {
    const files = [
      { name: 'Lägesrapport 2031.pdf', content: pdfFile(), type: 'application/pdf' },
      {
        name: 'Underlag.docx',
        content: docxFile(),
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      { name: 'karta.png', content: pngFile(), type: 'image/png' },
    ];
    for (const file of files) {
      const response = await upload('secretary', itemId, file.name, file.content);
      expect({ name: file.name, status: response.status }).toEqual({ name: file.name, status: 201 });
      expect(response.body).toEqual(
        expect.objectContaining({
          agendaItemId: itemId,
          name: file.name,
          mediaType: file.type,
          sizeBytes: file.content.length,
          sha256: sha256(file.content),
          uploadedBy: expect.objectContaining({ name: 'Sara Sekreterare' }),
          url: `/api/papers/${response.body.id}`,
        }),
      );
    }
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'umea');
    expect(agenda.status).toBe(200);
    const item = agenda.body.items.find((candidate: { id: string }) => candidate.id === itemId);
    expect(item.papers.map((paper: { name: string }) => paper.name)).toEqual(files.map((file) => file.name));
    expect(await storedFiles()).toHaveLength(3);
    const audit = await db.query(
      `SELECT count(*) AS n FROM audit_log WHERE action = 'agenda-item-paper.upload' AND entity_id = ANY($1)`,
      [item.papers.map((paper: { id: string }) => paper.id)],
    );
    expect(Number(audit[0].n)).toBe(3);
  });

  it('gives a paper back to a person of the meeting’s municipality: the same bytes, its type and name', async () => {
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'umea');
    const paper = agenda.body.items[0].papers[0];
    const download = await api('GET', paper.url, 'umea');
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="L_gesrapport 2031.pdf"; filename*=UTF-8''L%C3%A4gesrapport%202031.pdf`,
    );
    expect(sha256(download.raw)).toBe(paper.sha256);
    expect(download.raw.equals(pdfFile())).toBe(true);
  });

  it('refuses an executable named .pdf (415) and a PNG named .pdf (422), storing nothing', async () => {
    const rows = await paperRows();
    const files = await storedFiles();
    const exe = await upload('secretary', itemId, 'rapport.pdf', exeFile());
    expect(exe.status).toBe(415);
    expect(exe.body).toEqual(
      expect.objectContaining({ code: 'PAPER_TYPE_NOT_ALLOWED', details: { detected: 'exe' } }),
    );
    expect(exe.body.message).toMatch(/^Filtypen tas inte emot/);
    const mismatch = await upload('secretary', itemId, 'rapport.pdf', pngFile());
    expect(mismatch.status).toBe(422);
    expect(mismatch.body).toEqual(
      expect.objectContaining({ code: 'PAPER_TYPE_MISMATCH', details: { detected: 'png', named: 'pdf' } }),
    );
    const text = await upload('secretary', itemId, 'anteckningar.txt', Buffer.from('bara text\n'));
    expect(text.status).toBe(415);
    expect(await paperRows()).toBe(rows);
    expect(await storedFiles()).toEqual(files);
    expect(await leftoverUploads()).toEqual([]);
  });

  it('refuses a file over PAPER_MAX_MB with 413 and stores nothing of it', async () => {
    const rows = await paperRows();
    const files = await storedFiles();
    const response = await upload('secretary', itemId, 'stor.pdf', largePdfFile(1024 * 1024 + 200_000));
    expect(response.status).toBe(413);
    expect(response.body).toEqual(
      expect.objectContaining({
        code: 'PAPER_TOO_LARGE',
        details: { maxBytes: 1024 * 1024, maxMegabytes: 1 },
      }),
    );
    expect(response.body.message).toBe('Filen är större än 1 MB');
    expect(await paperRows()).toBe(rows);
    expect(await storedFiles()).toEqual(files);
    expect(await leftoverUploads()).toEqual([]);
    // Just under the limit is taken.
    const fits = await upload('secretary', itemId, 'nästan.pdf', largePdfFile(1024 * 1024 - 1024));
    expect(fits.status).toBe(201);
    expect((await api('DELETE', fits.body.url, 'secretary')).status).toBe(204);
  });

  it('answers a request that is not a file upload with a code, not a 500', async () => {
    const json = await api('POST', `/api/agenda-items/${itemId}/papers`, 'secretary', { file: 'x' });
    expect({ status: json.status, code: json.body.code }).toEqual({
      status: 415,
      code: 'PAPER_NOT_MULTIPART',
    });
    const { payload, contentType } = multipartBody('x.pdf', pdfFile(), { field: 'file' });
    const noFile = await t.request({
      method: 'POST',
      url: `/api/agenda-items/${itemId}/papers`,
      token: tokens.secretary,
      // The file part cut off: the closing boundary is missing.
      payload: payload.subarray(0, 60),
      headers: { 'content-type': contentType },
    });
    expect(noFile.status).toBeGreaterThanOrEqual(400);
    expect(noFile.status).toBeLessThan(500);
    expect(typeof noFile.body.code).toBe('string');
  });

  it('keeps another municipality out: 404 for the listing, the download, the upload and the delete', async () => {
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'umea');
    const paper = agenda.body.items[0].papers[0];
    expect((await api('GET', `/api/meetings/${meetingId}/agenda`, 'skelleftea')).status).toBe(404);
    const download = await api('GET', paper.url, 'skelleftea');
    expect({ status: download.status, code: download.body.code }).toEqual({
      status: 404,
      code: 'PAPER_NOT_FOUND',
    });
    expect((await upload('skelleftea', itemId, 'x.pdf', pdfFile())).status).toBe(404);
    expect((await api('DELETE', paper.url, 'skelleftea')).status).toBe(404);
    expect((await api('GET', `/api/papers/${randomUUID()}`, 'umea')).status).toBe(404);
  });

  it('keeps a restricted item’s papers for the parties; participants upload only to their own proposal', async () => {
    const restricted = await api('PATCH', `/api/agenda-items/${itemId}`, 'secretary', {
      visibility: 'restricted',
      secrecyGround: '19 kap. 3 § OSL',
    });
    expect(restricted.status).toBe(200);
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'umea');
    const paper = agenda.body.items[0].papers[0];
    expect((await api('GET', paper.url, 'umea')).status).toBe(200);
    expect((await api('GET', paper.url, 'skelleftea')).status).toBe(404);

    // A participant keeps no agenda: not on a scheduled item…
    const refused = await upload('umea', itemId, 'eget.pdf', pdfFile());
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    // …but to the item they proposed, while it waits for a decision.
    const proposal = await api('POST', `/api/meetings/${meetingId}/agenda/items`, 'umea', {
      title: 'Kompetensförsörjning i Umeå',
      type: 'discussion',
    });
    expect(proposal.status).toBe(201);
    const own = await upload('umea', proposal.body.id, 'Förslag.pdf', pdfFile('Förslag'));
    expect(own.status).toBe(201);
    expect((await api('DELETE', paper.url, 'umea')).status).toBe(403);
    expect((await api('DELETE', own.body.url, 'umea')).status).toBe(204);
  });

  it('deletes a paper with its stored object, and an item’s papers with the item', async () => {
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary');
    const paper = agenda.body.items[0].papers[1];
    const key = `papers/${meetingId}/${paper.id}`;
    expect(await storage.exists(key)).toBe(true);
    expect((await api('DELETE', paper.url, 'secretary')).status).toBe(204);
    expect(await storage.exists(key)).toBe(false);
    expect((await api('GET', paper.url, 'secretary')).status).toBe(404);
    const audit = await db.query(
      `SELECT before->>'name' AS name FROM audit_log WHERE action = 'agenda-item-paper.delete' AND entity_id = $1`,
      [paper.id],
    );
    expect(audit).toEqual([{ name: 'Underlag.docx' }]);

    const extra = await api('POST', `/api/meetings/${meetingId}/agenda/items`, 'secretary', {
      title: 'Punkt som tas bort',
      type: 'information',
    });
    const attached = await upload('secretary', extra.body.id, 'bilaga.png', pngFile());
    const extraKey = `papers/${meetingId}/${attached.body.id}`;
    expect(await storage.exists(extraKey)).toBe(true);
    expect((await api('DELETE', `/api/agenda-items/${extra.body.id}`, 'secretary')).status).toBe(204);
    expect(await storage.exists(extraKey)).toBe(false);
    expect((await api('GET', attached.body.url, 'secretary')).status).toBe(404);
  });

  it('lists the papers in the agenda email, by name with a link to the agenda page', async () => {
    expect((await api('POST', `/api/meetings/${meetingId}/agenda/publish`, 'secretary')).status).toBe(200);
    const mail = await eventually(
      () =>
        sink
          .to(umeaParticipant.email)
          .find((message) => (message.parsed.subject ?? '').startsWith('Dagordning')),
      'the agenda email to Umeå',
    );
    const text = mail.parsed.text ?? '';
    expect(text).toContain('Handlingar (på dagordningens sida):');
    expect(text).toContain(`- Lägesrapport 2031.pdf (`);
    expect(text).toContain(`- karta.png (`);
    expect(text).toContain(`${PUBLIC_URL}/meetings/${meetingId}/agenda`);
    expect(mail.parsed.html).toContain('Lägesrapport 2031.pdf</a>');
    expect(
      mail.parsed.attachments.filter((attachment) => attachment.contentType !== 'text/calendar'),
    ).toEqual([]);
  });

  it('lists the papers in the locked minutes (PDF and distribution email) and freezes them until reopened', async () => {
    const agenda = await api('GET', `/api/meetings/${meetingId}/agenda`, 'secretary');
    const papers = agenda.body.items[0].papers as Array<{ name: string; sha256: string; url: string }>;
    expect(papers.map((paper) => paper.name)).toEqual(['Lägesrapport 2031.pdf', 'karta.png']);
    // The meeting has taken place; its minutes recorded, submitted and approved by Umeå's participant.
    const held = await api('PATCH', `/api/meetings/${meetingId}`, 'secretary', {
      start: '2026-11-24T10:00:00+01:00',
      end: '2026-11-24T11:30:00+01:00',
    });
    expect(held.status).toBe(200);
    const minutesUrl = `/api/meetings/${meetingId}/minutes`;
    const recorded = await api('PUT', minutesUrl, 'secretary', {
      items: [
        { agendaItemId: itemId, notes: 'Lägesrapporten gicks igenom.', decisions: ['Rapporten godkänns'] },
      ],
      attendance: [{ personId: umeaParticipant.id, status: 'present' }],
      guests: [],
      actions: [],
    });
    expect(recorded.status).toBe(200);
    const submitted = await api('POST', `${minutesUrl}/submit`, 'secretary', {
      adjusters: [{ personId: umeaParticipant.id }],
    });
    expect(submitted.status).toBe(200);
    const approved = await api('POST', `${minutesUrl}/approve`, 'umea', {});
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('locked');

    const pdf = await api('GET', `${minutesUrl}.pdf`, 'umea');
    expect(pdf.status).toBe(200);
    assertValidPdf(pdf.raw);
    const text = pdfText(pdf.raw).replace(/\s+/g, ' ');
    expect(text).toContain('Handlingar:');
    for (const paper of papers) {
      expect(text).toContain(paper.name);
      expect(text).toContain(paper.sha256);
    }

    const distribution = await eventually(
      () =>
        sink
          .to(umeaParticipant.email)
          .find((message) => (message.parsed.subject ?? '').startsWith('Justerat protokoll')),
      'the locked minutes to Umeå',
    );
    const mailText = distribution.parsed.text ?? '';
    expect(mailText).toContain(
      `Handlingar till mötet (finns på ${PUBLIC_URL}/meetings/${meetingId}/agenda):`,
    );
    expect(mailText).toContain('- Lägesrapport 2031.pdf (');
    expect(mailText).toContain('- karta.png (');

    const frozenUpload = await upload('secretary', itemId, 'sent.pdf', pdfFile());
    expect([frozenUpload.status, frozenUpload.body.code]).toEqual([409, 'PAPER_MINUTES_LOCKED']);
    const frozenDelete = await api('DELETE', papers[1].url, 'secretary');
    expect([frozenDelete.status, frozenDelete.body.code]).toEqual([409, 'PAPER_MINUTES_LOCKED']);
    expect((await api('GET', papers[1].url, 'umea')).status).toBe(200);

    const reopened = await api('POST', `${minutesUrl}/reopen`, 'secretary', { reason: 'En bilaga saknas' });
    expect(reopened.status).toBe(200);
    const added = await upload('secretary', itemId, 'bilaga.pdf', pdfFile('Bilaga'));
    expect(added.status).toBe(201);
  });
});
