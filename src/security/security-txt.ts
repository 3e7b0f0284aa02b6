/** /.well-known/security.txt (RFC 9116), valid for a year from the build. */
export function securityTxt({ siteUrl, contactEmail, now }: { siteUrl: string; contactEmail: string; now: Date }): string {
  const expires = new Date(now);
  expires.setUTCFullYear(expires.getUTCFullYear() + 1);
  return [
    '# Säkerhetskontakt för Umgängeshandboken',
    `Contact: mailto:${contactEmail}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: sv, en',
    `Canonical: ${new URL('/.well-known/security.txt', siteUrl).href}`,
    '',
  ].join('\n');
}
