/**
 * Backlog Studio benchmarks: `npm run bench` (full) or
 *   node --import tsx test/bench/run.ts [--quick] [--json FILE] [--only a,b]
 * One line per scenario: `<scenario>  value=<x>  reference=<y>  ratio=<x/y>  target=<op><t>  PASS|FAIL`.
 * The ratio is rounded to 4 decimals and the target is checked on that printed value.
 * Every ratio is measured side by side in one run (alternating rounds, median of the
 * per-round ratios); nothing asserts absolute times. Progress goes to stderr.
 * Exit code: 1 when a scenario crashes; in full mode also when a target fails.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { installSignalHandlers, runCleanups } from './lib/cleanup';
import { BenchContext } from './lib/context';
import { formatTarget, FULL, QUICK, type ScenarioResult } from './lib/types';
import { deepPageScenario } from './scenarios/deep-page';
import { listScenario } from './scenarios/list-100k';
import { statementsScenario } from './scenarios/statements-per-page';
import { updateOccScenario } from './scenarios/update-occ';

const SCENARIOS: Record<string, (ctx: BenchContext) => Promise<ScenarioResult>> = {
  'list-100k': listScenario,
  'deep-page': deepPageScenario,
  'update-occ': updateOccScenario,
  'statements-per-page': statementsScenario,
};

interface Cli {
  quick: boolean;
  json?: string;
  only: string[];
}

function usage(message: string): never {
  console.error(`${message}\nusage: node --import tsx test/bench/run.ts [--quick] [--json FILE] [--only ${Object.keys(SCENARIOS).join(',')}]`);
  process.exit(2);
}

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { quick: false, only: Object.keys(SCENARIOS) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--quick') cli.quick = true;
    else if (flag === '--json') cli.json = resolve(value());
    else if (flag === '--only') {
      cli.only = value().split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = cli.only.filter((s) => !(s in SCENARIOS));
      if (unknown.length || cli.only.length === 0) usage(`unknown scenario(s): ${unknown.join(', ') || '(none given)'}`);
    } else if (flag === '--help' || flag === '-h') usage('Backlog Studio benchmarks');
    else usage(`unknown argument ${arg}`);
  }
  return cli;
}

function line(r: ScenarioResult): string {
  const digits = r.decimals ?? 1;
  return [
    r.scenario,
    `value=${r.value.toFixed(digits)}`,
    `reference=${r.reference.toFixed(digits)}`,
    `ratio=${r.ratio.toFixed(4)}`,
    `target=${formatTarget(r.target)}`,
    r.pass ? 'PASS' : 'FAIL',
    ...(r.extra ?? []),
  ].join('  ');
}

interface JsonRow {
  scenario: string;
  metric: string;
  value: number | null;
  reference: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
  [extra: string]: unknown;
}

function jsonRow(r: ScenarioResult): JsonRow {
  return { scenario: r.scenario, metric: r.metric, value: r.value, reference: r.reference, ratio: r.ratio, target: formatTarget(r.target), pass: r.pass, ...r.details };
}

async function main(): Promise<number> {
  const cli = parseArgs(process.argv.slice(2));
  const sizes = cli.quick ? QUICK : FULL;
  installSignalHandlers();
  console.log(
    `# Backlog Studio bench (${sizes.mode}): SQLite, ${sizes.items} items, node ${process.version}, ${cpus().length} CPUs. ` +
      'Every request sends Authorization: Bearer <token> of the product owner; the bare reference verifies it the same way and runs the same membership SELECT.',
  );
  const rows: JsonRow[] = [];
  let failed = 0;
  let crashed = 0;
  const started = Date.now();
  const ctx = new BenchContext(sizes);
  try {
    for (const name of cli.only) {
      const t0 = Date.now();
      ctx.log(`${name}: start`);
      try {
        const result = await SCENARIOS[name](ctx);
        console.log(line(result));
        rows.push(jsonRow(result));
        if (!result.pass) failed++;
      } catch (error) {
        crashed++;
        const message = error instanceof Error ? error.stack ?? error.message : String(error);
        console.log(`${name}  ERROR  ${message.split('\n')[0]}`);
        console.error(message);
        rows.push({ scenario: name, metric: '', value: null, reference: null, ratio: null, target: '', pass: false, error: message });
      }
      ctx.log(`${name}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    await runCleanups();
    ctx.dispose();
  }
  if (cli.json) {
    writeFileSync(cli.json, `${JSON.stringify(rows, null, 2)}\n`);
    ctx.log(`wrote ${cli.json}`);
  }
  ctx.log(`${rows.length} scenario(s) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${failed} failed, ${crashed} crashed`);
  if (crashed > 0) return 1;
  return failed > 0 && !cli.quick ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    console.error(error);
    await runCleanups();
    process.exitCode = 1;
  },
);
