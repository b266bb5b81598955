// Lets Kysely's PostgresDialect drive an embedded PGlite database.
// PGlite has a single connection, so this "pool" hands it out to one user at a time:
// a transaction holds it from BEGIN to COMMIT and other callers queue behind it,
// which keeps concurrent requests from interleaving statements inside each other's transactions.
import type { PGlite } from '@electric-sql/pglite';

interface PoolClient {
  query(sql: string, params: readonly unknown[]): Promise<{ command: string; rowCount: number; rows: unknown[] }>;
  release(): void;
}

export class PGlitePool {
  private tail: Promise<void> = Promise.resolve();

  constructor(readonly pg: PGlite) {}

  async connect(): Promise<PoolClient> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    await previous;
    let released = false;
    return {
      query: async (sql, params) => {
        // Like node-postgres: no parameters → simple query protocol, which allows several
        // statements (migrations); otherwise the extended protocol with bound parameters.
        const res = params.length === 0 ? (await this.pg.exec(sql)).at(-1) : await this.pg.query(sql, params as unknown[]);
        return { command: res?.command ?? '', rowCount: res?.rowCount ?? res?.affectedRows ?? 0, rows: res?.rows ?? [] };
      },
      release: () => {
        if (!released) {
          released = true;
          release();
        }
      },
    };
  }

  async end(): Promise<void> {
    await this.tail;
    await this.pg.close();
  }
}
