/*
 * "Lämna sidan": one click, or Escape twice within a second and a half, replaces this page with a
 * neutral site. location.replace() takes this page's place in the tab's history, so the back button
 * does not bring it back. The page is hidden first, so that it does not stay on screen while a slow
 * connection loads the other site. The link's own address is the same site, so it leaves without
 * scripts too.
 */
import { NEUTRAL_SITE } from './quick-exit-target.ts';

const ESCAPE_WINDOW_MS = 1500;

export function leavePage(doc: Document = document) {
  doc.documentElement.style.visibility = 'hidden';
  doc.defaultView!.location.replace(NEUTRAL_SITE);
}

/** True when this Escape press is the second one within the window, given the time of the one before. */
export function isSecondEscape(previous: number | undefined, now: number): boolean {
  return previous !== undefined && now - previous <= ESCAPE_WINDOW_MS;
}

/** Escape also closes the search and leaves a text field; those presses do not count towards leaving. */
function countsTowardsLeaving(event: KeyboardEvent): boolean {
  if (event.key !== 'Escape' || event.repeat) return false;
  if (document.querySelector('dialog[open]')) return false;
  const target = event.target as HTMLElement | null;
  return !target?.closest('input, textarea, select, [contenteditable="true"]');
}

const link = document.querySelector<HTMLAnchorElement>('[data-quick-exit]');
if (link) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leavePage();
  });
  let previous: number | undefined;
  document.addEventListener('keydown', (event) => {
    if (!countsTowardsLeaving(event)) return;
    if (isSecondEscape(previous, event.timeStamp)) leavePage();
    previous = event.timeStamp;
  });
}
