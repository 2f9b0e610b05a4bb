import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/app-config.js';
import { ConfigModule } from '../config/config.module.js';
import { TransactionService } from '../common/database/transaction.service.js';
import { dataSourceOptions } from '../database/data-source-options.js';

/** What both roles need: configuration and the database. Redis and queues come with JobsModule. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config),
          // The database is created and migrated before Nest starts (prepare-database.ts); fail fast.
          retryAttempts: 0,
          migrationsRun: false,
        }),
      ],
      providers: [TransactionService],
      exports: [ConfigModule, TransactionService],
    };
  }
}
