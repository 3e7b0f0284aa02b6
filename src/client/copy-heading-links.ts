/*
 * A "Kopiera länk" button beside each heading in the content: it copies the section's full
 * address to the clipboard and says so to screen readers through a live region.
 */
const announcer = document.createElement('p');
announcer.className = 'sr-only';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = Object.assign(document.createElement('textarea'), { value: text });
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}

for (const wrapper of document.querySelectorAll<HTMLElement>('.sl-markdown-content .sl-heading-wrapper')) {
  const heading = wrapper.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
  if (!heading?.id) continue;
  const title = heading.textContent?.trim() ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'heading-link-copy';
  button.textContent = 'Kopiera länk';
  button.setAttribute('aria-label', `Kopiera länk till avsnittet ${title}`);
  button.addEventListener('click', async () => {
    const address = new URL(`#${heading.id}`, window.location.href).href;
    const copied = await copy(address);
    announcer.textContent = copied ? `Länken till avsnittet ${title} är kopierad.` : `Länken kunde inte kopieras. Adressen är ${address}`;
    button.textContent = copied ? 'Kopierad' : 'Kopiera länk';
    window.setTimeout(() => (button.textContent = 'Kopiera länk'), 2500);
  });
  wrapper.append(button);
}
