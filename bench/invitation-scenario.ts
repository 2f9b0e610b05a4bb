/**
 * The invitations scenario shared by bench:invitations and bench:scaleout: 290 municipalities with six
 * people each, a draft round, its confirmation the way POST /api/rounds/:id/confirm writes it, and a local
 * SMTP sink that counts what it accepts.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { Client } from 'pg';
import { SMTPServer } from 'smtp-server';
import type { DataSource } from 'typeorm';
import { TransactionService } from '../src/common/database/transaction.service.js';
import { MeetingCreation } from '../src/meeting/creation/meeting-creation.js';

export const MEETINGS = 290;
export const PARTICIPANTS = 6;
export const MESSAGES = MEETINGS * PARTICIPANTS;
export const SENDER = 'samverkan@regionvasterbotten.example.se';

/** Accepts every message (after `delayMs`, like a relay across the network) and counts them. */
export class CountingSink {
  count = 0;
  port = 0;
  private waiters: Array<{ target: number; resolve: () => void }> = [];
  private readonly server: SMTPServer;

  constructor(delayMs = 0) {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          setTimeout(() => {
            this.count += 1;
            this.waiters = this.waiters.filter((waiter) => {
              if (this.count < waiter.target) return true;
              waiter.resolve();
              return false;
            });
            callback();
          }, delayMs);
        });
      },
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    this.port = (this.server.server.address() as { port: number }).port;
  }

  /** Resolves once `target` messages have been accepted; rejects after `timeoutMs`. */
  reached(target: number, timeoutMs = 600_000): Promise<void> {
    if (this.count >= target) return Promise.resolve();
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`only ${this.count} of ${target} messages`)), timeoutMs);
      this.waiters.push({
        target,
        resolve: () => {
          clearTimeout(timer);
          done();
        },
      });
    });
  }

  close(): Promise<void> {
    return new Promise((done) => this.server.close(() => done()));
  }
}

export type ScenarioFixtures = Awaited<ReturnType<typeof insertFixtures>>;

/** One region, 290 municipalities, six people each, and a draft round: written straight to the tables. */
export async function insertFixtures(
  dataSource: DataSource,
): Promise<{ regionId: string; roundId: string; municipalities: Array<{ id: string; people: string[] }> }> {
  const [region]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO organizations (kind, code, name, version) VALUES ('region', '99', 'Region Bänk', 1) RETURNING id`,
  );
  const municipalities: Array<{ id: string; people: string[] }> = [];
  for (let i = 0; i < MEETINGS; i += 1) {
    const [municipality]: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO organizations (kind, code, name, parent_id, version) VALUES ('municipality', $1, $2, $3, 1)
       RETURNING id`,
      [`99${String(i).padStart(3, '0')}`, `Kommun ${i} – Åsele, Öje; "Ä"`, region.id],
    );
    const people: Array<{ id: string }> = await dataSource.query(
      `INSERT INTO people (organization_id, name, email, locale, version)
       SELECT $1, 'Deltagare ' || n || ' Öberg', 'p' || n || '-' || $2 || '@kommun' || $2 || '.example.se',
              CASE WHEN n % 3 = 0 THEN 'en' ELSE 'sv' END, 1
         FROM generate_series(1, ${PARTICIPANTS}) AS n
       RETURNING id`,
      [municipality.id, i],
    );
    municipalities.push({ id: municipality.id, people: people.map((person) => person.id) });
  }
  const [round]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO rounds (region_id, name, status, window_first, window_last, duration_minutes,
                         input, progress, version)
     VALUES ($1, 'Vårrundan 2027', 'draft', '2027-02-01', '2027-05-31', 90, '{}', '{}', 1) RETURNING id`,
    [region.id],
  );
  return { regionId: region.id, roundId: round.id, municipalities };
}

/** The meetings of the round and their outbox rows in one transaction, as the confirm endpoint writes them. */
export async function confirmRound(app: INestApplicationContext, fixtures: ScenarioFixtures): Promise<void> {
  const meetings = app.get(MeetingCreation);
  await app.get(TransactionService).run((manager) =>
    meetings.createManyForRound(
      manager,
      fixtures.municipalities[0].people[0],
      fixtures.municipalities.map((municipality, index) => {
        // Two a day from 1 February 2027, 10:00 and 13:00 Stockholm time (UTC+1).
        const day = Math.floor(index / 2);
        const start = new Date(Date.UTC(2027, 1, 1 + day, index % 2 === 0 ? 9 : 12));
        return {
          roundId: fixtures.roundId,
          regionId: fixtures.regionId,
          organizationId: municipality.id,
          title: `Vårrundan 2027 – Kommun ${index}`,
          start,
          end: new Date(start.getTime() + 90 * 60_000),
          mode: 'digital' as const,
          locationAddress: null,
          videoUrl: 'https://video.example.se/j/8123456789',
          participants: municipality.people.map((personId, position) => ({
            personId,
            role: position === 0 ? ('chair' as const) : ('required' as const),
          })),
        };
      }),
    ),
  );
}

export async function dropDatabase(name: string, adminUrl: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
