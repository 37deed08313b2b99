import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup';
import { copyDatabase, seedDatabase, type SeededDb } from './seed';
import type { Sizes } from './types';

/** What the scenarios share: sizes, a temp folder, and one seeded database they copy from. */
export class BenchContext {
  readonly dir: string;
  private seeded?: Promise<SeededDb>;
  private readonly unregister: () => void;

  constructor(readonly sizes: Sizes) {
    this.dir = mkdtempSync(join(tmpdir(), 'backlog-studio-bench-'));
    this.unregister = onCleanup(`temp folder ${this.dir}`, () => this.removeDir());
  }

  log(message: string): void {
    const t = new Date().toISOString().slice(11, 19);
    console.error(`[${t}] ${message}`);
  }

  /** The seeded base file (made once, on first use). Scenarios never use it directly. */
  base(): Promise<SeededDb> {
    this.seeded ??= (async () => {
      const started = Date.now();
      const db = await seedDatabase(join(this.dir, 'base.sqlite'), this.sizes.items, this.sizes.relatedItems);
      this.log(`seeded ${db.items} items (${db.relatedItems} with goals/parents/dependencies) in ${Date.now() - started} ms`);
      return db;
    })();
    return this.seeded;
  }

  /** A private copy of the seeded database, named after its user. */
  async copy(name: string): Promise<SeededDb> {
    return copyDatabase(await this.base(), join(this.dir, `${name}.sqlite`));
  }

  dispose(): void {
    this.removeDir();
    this.unregister();
  }

  private removeDir(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
