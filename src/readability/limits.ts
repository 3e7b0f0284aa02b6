/**
 * LIX ceilings by section: professional text at 45, easy-to-read (lättläst) and pages for young people
 * (13–17) at 30, pages for children (7–12) at 25.
 */
export function lixLimitFor(file: string): number | undefined {
  const path = file.replaceAll('\\', '/');
  if (path.includes('/docs/barn/')) return 25;
  if (path.includes('/docs/unga/') || path.includes('/docs/lattlast/')) return 30;
  if (path.includes('/docs/handboken/') || path.includes('/docs/manualer/')) return 45;
  return undefined;
}
