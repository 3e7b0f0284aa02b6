/** The address the site is published at: printed pages and the link contract name it. */
export const siteUrl = process.env.SITE_URL ?? 'https://umgangeshandboken.se';

/** Where readers report problems, and security researchers report vulnerabilities. Set before publishing. */
export const contactEmail = process.env.CONTACT_EMAIL ?? 'redaktionen@umgangeshandboken.se';
