import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** The transaction open on this async path; `open` turns false when its callback returns or throws. */
interface TransactionFrame {
  readonly dataSource: DataSource;
  readonly manager: EntityManager;
  open: boolean;
}

const current = new AsyncLocalStorage<TransactionFrame>();

/**
 * The one way to open a transaction, and the one place that knows which one is open.
 *
 * `run` keeps the transaction's manager in AsyncLocalStorage for the duration of its callback, so every
 * repository that asks `manager` (instead of taking a parameter) reads and writes on the transaction's
 * connection: nothing inside a transaction can open a second pool connection by forgetting to pass a
 * manager. Outside a transaction `manager` is the DataSource's (each statement on its own connection).
 *
 * Nesting **joins**: `run` inside `run` (on the same async path) calls its callback with the outer manager.
 * There is no savepoint: the inner callback's writes commit or roll back with the outer transaction, and an
 * error it throws rolls back everything unless the outer callback catches it (and a failed statement leaves
 * the whole transaction aborted, so catching a database error inside a transaction is not a way to carry
 * on). A feature that needs its own commit must run outside any transaction.
 *
 * When the callback ends the frame is closed: work it started without awaiting (a promise still running
 * after commit) sees no transaction and uses the DataSource's manager, never the released connection.
 * The outbox keeps its rule unchanged: jobs are rows written through this manager in the same transaction
 * as the change, and the relay publishes them after commit (NOTIFY is delivered at commit).
 */
@Injectable()
export class TransactionService {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const outer = this.frame();
    if (outer) return work(outer.manager);
    return this.dataSource.transaction(async (manager) => {
      const frame: TransactionFrame = { dataSource: this.dataSource, manager, open: true };
      try {
        return await current.run(frame, () => work(manager));
      } finally {
        frame.open = false;
      }
    });
  }

  /** The open transaction's manager on this async path, else the DataSource's. */
  get manager(): EntityManager {
    return this.frame()?.manager ?? this.dataSource.manager;
  }

  /** Whether a transaction is open on this async path. */
  get active(): boolean {
    return this.frame() !== undefined;
  }

  private frame(): TransactionFrame | undefined {
    const frame = current.getStore();
    return frame?.open && frame.dataSource === this.dataSource ? frame : undefined;
  }
}
