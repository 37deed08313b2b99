// `npm run dev`: the API in watch mode on :3000 and Vite's dev server on :5173 (proxying
// /graphql to the API), side by side. Ctrl+C stops both, with everything they started.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const tasks = [
  { name: 'api', color: 36, args: ['run', 'dev', '-w', '@backlog-studio/api'] },
  { name: 'web', color: 35, args: ['run', 'dev', '-w', '@backlog-studio/web'] },
];

const children = tasks.map((task) => {
  // Each in its own process group, so stopping it also stops what it started (tsc --watch, node).
  const child = spawn(npm, task.args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
  const prefix = `\x1b[${task.color}m[${task.name}]\x1b[0m `;
  const pipe = (stream, out) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) out.write(prefix + line + '\n');
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the other one`);
      stop(code ?? 1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try {
      if (process.platform === 'win32') child.kill();
      else process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  setTimeout(() => process.exit(code), 500).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
console.log('Backlog Studio dev: API on http://localhost:3000 (GraphQL), web client on http://localhost:5173 — Ctrl+C stops both');
