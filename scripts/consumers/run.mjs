// @ts-check
/**
 * Child processes of the consumer test (npm, the fixtures' builds, Node imports): each in its own
 * process group, with a timeout, and ended by `stopRunning` if the run is cut short.
 */
import { spawn } from 'node:child_process';

/** Process groups of the commands still running. */
const running = new Set();

/** Ends every command still running (and what it started). */
export function stopRunning() {
  for (const pid of running) try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ }
}

/**
 * The environment for child processes: without the `npm run` variables that point at this repo,
 * and without Astro's telemetry (a request home, and a file in the user's home folder).
 */
const childEnv = Object.fromEntries(Object.entries({ ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', ASTRO_TELEMETRY_DISABLED: '1' })
  .filter(([key]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/.test(key)));

/** The part of a tool's output that says what went wrong: from the first error line, without colours or stack frames. */
export function excerpt(/** @type {string} */ output) {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim() && !/^\s*(\d+: |at |Stack backtrace:)/.test(line));
  const first = lines.findIndex((line) => /error|failed|✗/i.test(line));
  return (first < 0 ? lines.slice(-15) : lines.slice(first, first + 15)).join('\n');
}

/** Runs a command; resolves with its stdout, rejects with what went wrong on failure or timeout. @returns {Promise<string>} */
export function run(/** @type {string[]} */ [file, ...args], /** @type {{ cwd: string, timeout?: number }} */ { cwd, timeout = 180_000 }) {
  const what = `\`${[file, ...args].join(' ')}\``;
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout ends npm and what npm started.
    const child = spawn(file, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    running.add(child.pid);
    let stdout = '', output = '';
    child.stdout.on('data', (chunk) => ((stdout += chunk), (output += chunk)));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      try { process.kill(-(child.pid ?? 0), 'SIGKILL'); } catch { /* already gone */ }
      reject(new Error(`${what} timed out after ${timeout / 1000} s:\n${excerpt(output)}`));
    }, timeout);
    child.on('error', (error) => (clearTimeout(timer), reject(error)));
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child.pid);
      if (code === 0) resolve(stdout);
      else reject(new Error(`${what} exited with ${code}:\n${excerpt(output)}`));
    });
  });
}
