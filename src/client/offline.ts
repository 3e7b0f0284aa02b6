/*
 * Use without a network. The service worker (built by Workbox, see src/offline/service-worker.ts) keeps
 * the handbook on the device, but only once the reader has asked for it on the page about using the
 * handbook offline: nothing is stored by a mere visit. Once it is kept, this script keeps the reader informed:
 * - without a network, the page says so and names the edition it comes from;
 * - when the network returns, it asks for the newest edition at once; when one has arrived, the page
 *   offers to reload. It does not reload by itself, so that nothing typed into a form is lost.
 */
import type { Workbox } from 'workbox-window';

const offlineNotice = document.querySelector<HTMLElement>('[data-offline-notice]');
const updateNotice = document.querySelector<HTMLElement>('[data-update-notice]');
const controls = document.querySelector<HTMLElement>('[data-offline-controls]');
const status = document.querySelector<HTMLElement>('[data-offline-status]');
const supported = 'serviceWorker' in navigator && 'caches' in window && import.meta.env.PROD;

let workbox: Workbox | undefined;

// workbox-window loads only where the handbook is kept or is about to be: a first visit fetches none of it.

function showNetworkState(kept: boolean) {
  if (offlineNotice) offlineNotice.hidden = !kept || navigator.onLine;
}

async function keep(): Promise<Workbox> {
  if (workbox) return workbox;
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate && updateNotice) updateNotice.hidden = false;
  });
  window.addEventListener('online', () => void workbox?.update());
  void workbox.register();
  return workbox;
}

async function save() {
  if (status) status.textContent = 'Sparar handboken … Det kan ta en stund. Stäng inte sidan.';
  await keep();
  await navigator.serviceWorker.ready;
  if (status) status.textContent = 'Klart. Handboken fungerar nu utan nätverk i den här webbläsaren.';
  showNetworkState(true);
}

async function remove() {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  for (const name of await caches.keys()) await caches.delete(name);
  workbox = undefined;
  if (status) status.textContent = 'Kopian är borttagen. Handboken sparas inte längre i den här webbläsaren.';
  showNetworkState(false);
}

if (supported) {
  updateNotice?.querySelector('[data-reload]')?.addEventListener('click', () => window.location.reload());
  const kept = (await navigator.serviceWorker.getRegistration()) !== undefined;
  if (kept) await keep();
  showNetworkState(kept);
  window.addEventListener('offline', () => showNetworkState(workbox !== undefined));
  window.addEventListener('online', () => showNetworkState(workbox !== undefined));
  if (controls) {
    controls.hidden = false;
    controls.querySelector('[data-offline-save]')?.addEventListener('click', () => void save());
    controls.querySelector('[data-offline-remove]')?.addEventListener('click', () => void remove());
  }
}
