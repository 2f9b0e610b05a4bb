import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { QueueRegistry } from './queue-registry.js';

export class QueuePrefixTakenError extends Error {
  constructor(prefix: string, owner: string, ours: string) {
    super(
      `QUEUE_PREFIX "${prefix}" belongs to another deployment's database: Redis key ${prefix}:owner holds ` +
        `${owner}, this database is ${ours} (SELECT id FROM deployment_identity). Two deployments on one ` +
        'Redis with one prefix take each other’s jobs. Give each deployment its own QUEUE_PREFIX (or Redis ' +
        `database). If this database replaced that one, delete the key (redis-cli DEL ${prefix}:owner) ` +
        'or start with a new QUEUE_PREFIX.',
    );
    this.name = 'QueuePrefixTakenError';
  }
}

/**
 * Refuses to start a worker whose queue prefix belongs to another database (issue 12, point 11): the
 * database's id (table deployment_identity, written by the first worker) is recorded in Redis with the
 * prefix; a worker of another database finds a different id there and stops before taking any job.
 * Processes of one deployment share the database, hence the id, and start side by side.
 */
@Injectable()
export class QueueOwnership implements OnModuleInit {
  private readonly logger = new Logger(QueueOwnership.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
  ) {}

  async onModuleInit(): Promise<void> {
    const ours = await this.deploymentId();
    const owner = await this.queues.claimPrefix(ours);
    if (owner !== ours) throw new QueuePrefixTakenError(this.queues.prefix, owner, ours);
    this.logger.log({ msg: 'queue prefix owned by this database', prefix: this.queues.prefix });
  }

  private async deploymentId(): Promise<string> {
    await this.dataSource.query(`INSERT INTO deployment_identity DEFAULT VALUES ON CONFLICT DO NOTHING`);
    const rows = await this.dataSource.query<Array<{ id: string }>>(`SELECT id FROM deployment_identity`);
    return rows[0].id;
  }
}
