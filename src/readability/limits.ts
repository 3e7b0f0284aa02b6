/** LIX ceilings by section: professional text at 45, easy-to-read (lättläst) at 30. */
export function lixLimitFor(file: string): number | undefined {
  const path = file.replaceAll('\\', '/');
  if (path.includes('/docs/lattlast/')) return 30;
  if (path.includes('/docs/handboken/') || path.includes('/docs/manualer/')) return 45;
  return undefined;
}
