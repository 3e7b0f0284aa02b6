import { z } from 'astro/zod';

/*
 * Zod compiles fast parsers with `new Function` unless told not to, and first probes whether it
 * may. The site's Content-Security-Policy has no 'unsafe-eval', so the probe alone is reported as
 * a violation. The drafts are small; parsing them without compiled code costs nothing noticeable.
 */
z.config({ jitless: true });
