/*
 * Starlight's anchor link beside each heading in the content also copies the section's full
 * address, so trainers get a link for their course material from one tab stop per heading. The
 * link still moves to the section; a live region tells screen readers that the address was copied.
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

for (const link of document.querySelectorAll<HTMLAnchorElement>('.sl-markdown-content .sl-heading-wrapper > a.sl-anchor-link')) {
  const heading = link.parentElement?.querySelector<HTMLElement>('h2, h3, h4, h5, h6');
  if (!heading?.id) continue;
  const title = heading.textContent?.trim() ?? '';
  const label = link.querySelector('.sr-only');
  if (label) label.textContent = `Kopiera länk till avsnittet ${title}`;
  link.title = 'Kopiera länk till avsnittet';
  link.addEventListener('click', async () => {
    const address = new URL(`#${heading.id}`, window.location.href).href;
    const copied = await copy(address);
    announcer.textContent = copied ? `Länken till avsnittet ${title} är kopierad.` : `Länken kunde inte kopieras. Adressen är ${address}`;
    link.classList.toggle('is-copied', copied);
    window.setTimeout(() => link.classList.remove('is-copied'), 2500);
  });
}
