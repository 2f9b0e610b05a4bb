import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { FilesystemObjectStorage } from './filesystem-object-storage.js';
import { OBJECT_STORAGE, type ObjectStorage } from './object-storage.js';
import { S3ObjectStorage } from './s3-object-storage.js';

/** The configured ObjectStorage for meeting papers (PAPER_STORAGE): a folder or an S3-compatible bucket. */
export function createObjectStorage(config: AppConfig['papers']['storage']): ObjectStorage {
  return config.kind === 's3' ? new S3ObjectStorage(config) : new FilesystemObjectStorage(config.dir);
}

@Module({
  providers: [
    {
      provide: OBJECT_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => createObjectStorage(config.papers.storage),
    },
  ],
  exports: [OBJECT_STORAGE],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3ObjectStorage) this.storage.close();
  }
}
