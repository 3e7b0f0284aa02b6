/** The address the site is published at: printed pages and the link contract name it. */
export const siteUrl = process.env.SITE_URL ?? 'https://umgangeshandboken.se';
