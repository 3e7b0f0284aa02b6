/**
 * Old address -> new address. A published address never disappears: when a page or section
 * is renamed, add its old path here; the link-contract test checks that every address still resolves.
 */
export const redirects: Record<string, string> = {};
