import type { ChildProcess } from 'node:child_process';

/**
 * Everything the harness must undo (child processes, temp folders), also on failure and on
 * Ctrl-C. Cleanups run last-in first-out; each runs once.
 */
type Cleanup = () => Promise<unknown> | unknown;

const cleanups = new Map<number, { label: string; run: Cleanup }>();
const children = new Set<ChildProcess>();
let nextId = 1;
let installed = false;

/** Registers a cleanup; the returned function unregisters it (after a normal stop). */
export function onCleanup(label: string, run: Cleanup): () => void {
  const id = nextId++;
  cleanups.set(id, { label, run });
  return () => {
    cleanups.delete(id);
  };
}

/** A child that must not outlive the harness, even when it exits abruptly. */
export function trackChild(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

export async function runCleanups(): Promise<void> {
  const pending = [...cleanups.entries()].reverse();
  cleanups.clear();
  for (const [, { label, run }] of pending) {
    try {
      await run();
    } catch (error) {
      console.error(`cleanup "${label}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function killChildrenNow(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** Ctrl-C / SIGTERM: stop children, remove temp files, exit 130/143. A second signal exits at once. */
export function installSignalHandlers(): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    const code = signal === 'SIGINT' ? 130 : 143;
    if (stopping) {
      killChildrenNow();
      process.exit(code);
    }
    stopping = true;
    console.error(`\n${signal}: stopping child processes and removing temp files…`);
    const force = setTimeout(() => {
      killChildrenNow();
      process.exit(code);
    }, 15_000);
    force.unref();
    void runCleanups().finally(() => {
      killChildrenNow();
      process.exit(code);
    });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // Last resort (uncaught error, process.exit elsewhere): no orphan servers.
  process.on('exit', killChildrenNow);
}
