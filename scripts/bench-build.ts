/**
 * Runs `astro build` in the current folder and prints, on its last line, where the time went:
 * wall and CPU time (user + system, all threads and child processes such as Pagefind) per
 * phase of the build and per integration hook. Started by scripts/bench.ts in a child process,
 * one per build, so that measurements do not share a process.
 */
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { build } from 'astro';

export const RESULT_MARK = 'UMG_BENCH_RESULT ';

export interface Timing {
  wall: number;
  cpu: number;
}

export interface BuildResult {
  total: Timing;
  phases: Record<string, Timing>;
  hooks: Record<string, Timing>;
}

/** CPU seconds of this process and its waited-for children, from /proc where there is one. */
function cpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // utime, stime, cutime, cstime are fields 14 to 17 of the line, counted in 1/100 s on Linux.
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
  } catch {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e6;
  }
}

const REAP_PAUSE_MS = 250;
/** Seconds the bench itself has paused (see REAP_PAUSE_MS), not counted as the build's wall time. */
let paused = 0;
const now = (): Timing => ({ wall: performance.now() / 1000 - paused, cpu: cpuSeconds() });
const since = (start: Timing): Timing => {
  const end = now();
  return { wall: end.wall - start.wall, cpu: end.cpu - start.cpu };
};

function timer(result: BuildResult, start: Timing) {
  let mark = start;
  const phase = (name: string) => {
    result.phases[name] = since(mark);
    mark = now();
  };
  const hooks: AstroIntegration['hooks'] = {
    // The last config:setup to run: every other integration, Starlight's own included, is listed by now.
    'astro:config:setup': ({ config, updateConfig }) => {
      phase('start, config and config:setup hooks');
      // Vite runs this after every environment is bundled and before Astro's own post step renders the pages.
      const buildApp = { order: 'post' as const, handler: async () => phase('bundling (Vite; MDX compiled)') };
      updateConfig({ vite: { plugins: [{ name: 'umgangeshandboken:bench-timer', buildApp }] } });
      for (const integration of config.integrations) {
        if (integration.name === 'umgangeshandboken:bench-timer') continue;
        for (const [name, hook] of Object.entries(integration.hooks)) {
          if (typeof hook !== 'function' || name === 'astro:config:setup') continue;
          (integration.hooks as Record<string, unknown>)[name] = async (...args: unknown[]) => {
            const start = now();
            try {
              return await (hook as (...args: unknown[]) => unknown)(...args);
            } finally {
              const wall = since(start).wall;
              // Let Node reap child processes the hook ended (Pagefind), so their CPU time counts here.
              // The pause is the bench's own and is left out of every wall time it prints.
              if (name === 'astro:build:done') {
                await new Promise((resolve) => setTimeout(resolve, REAP_PAUSE_MS));
                paused += REAP_PAUSE_MS / 1000;
              }
              const key = `${integration.name} ${name.replace('astro:', '')}`;
              const sum = (result.hooks[key] ??= { wall: 0, cpu: 0 });
              sum.wall += wall;
              sum.cpu += since(start).cpu;
            }
          };
        }
      }
    },
    'astro:config:done': () => phase('config:done hooks'),
    'astro:build:start': () => phase('Vite setup and content sync'),
    'astro:build:generated': () => phase('rendering pages'),
  };
  const integration: AstroIntegration = { name: 'umgangeshandboken:bench-timer', hooks };
  return { integration, phase };
}

if (import.meta.main) {
  const start = now();
  const result: BuildResult = { total: { wall: 0, cpu: 0 }, phases: {}, hooks: {} };
  const { integration, phase } = timer(result, start);
  await build({ root: process.cwd(), integrations: [integration] });
  phase('build:done hooks (Pagefind, link check, sitemap, headers)');
  result.total = since(start);
  console.log(`${RESULT_MARK}${JSON.stringify(result)}`);
  // Vite can leave handles open; the build is done.
  process.exit(0);
}
