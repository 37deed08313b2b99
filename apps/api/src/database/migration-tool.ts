/**
 * Migrations tooling, run from the compiled API:
 *   node apps/api/dist/database/migration-tool.js generate <Name>   writes a migration for the current engine
 *   node apps/api/dist/database/migration-tool.js check             exits 1 when the entities need a migration that is missing
 * The engine is chosen by DATABASE_URL, as for the server.
 */
import 'reflect-metadata';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';

async function pendingQueries(): Promise<{ up: string[]; down: string[]; engine: string }> {
  const config = loadConfig();
  const dataSource = createDataSource(config.database, { runMigrations: true });
  await dataSource.initialize();
  try {
    const log = await dataSource.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
      engine: config.database.engine,
    };
  } finally {
    await dataSource.destroy();
  }
}

const quote = (sql: string): string => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'check') {
    const { up, engine } = await pendingQueries();
    if (up.length) {
      console.error(`${engine}: the entities need a migration that is missing:\n${up.join(';\n')}`);
      process.exit(1);
    }
    console.log(`${engine}: schema matches the entities; no migration missing`);
    return;
  }
  if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
    const { up, down, engine } = await pendingQueries();
    if (!up.length) {
      console.log(`${engine}: nothing to generate`);
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const dir = join(__dirname, '../../src/database/migrations', engine);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${timestamp}-${name}.ts`);
    const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }
}
`;
    writeFileSync(file, body);
    console.log(`wrote ${file}`);
    return;
  }
  console.error('usage: migration-tool check | generate <PascalCaseName>');
  process.exit(2);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
