// Progressive enhancement for every page: htmx for partial updates. Pages work without it.
import htmx from 'htmx.org';

window.htmx = htmx;

// The header's menus are <details> elements and work without JavaScript. With it, they behave
// as menus do: one open at a time, Escape closes the innermost one and gives its button the
// focus back, and a click or the focus elsewhere closes a menu that floats over the page.
const disclosures = [...document.querySelectorAll('details[data-disclosure]')];
const floats = (d) => {
  const panel = d.querySelector(':scope > :not(summary)');
  return panel !== null && getComputedStyle(panel).position === 'absolute';
};
const close = (d, { focus = false } = {}) => {
  d.open = false;
  const button = d.querySelector(':scope > summary');
  if (focus && button.getClientRects().length > 0) button.focus();
};
for (const d of disclosures) {
  d.addEventListener('toggle', () => {
    if (!d.open) return;
    for (const other of disclosures)
      if (other !== d && other.open && !other.contains(d) && !d.contains(other)) close(other);
  });
  d.addEventListener('focusout', (event) => {
    if (d.open && floats(d) && event.relatedTarget && !d.contains(event.relatedTarget)) close(d);
  });
}
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = disclosures.filter((d) => d.open);
  const holding = open.filter((d) => d.contains(document.activeElement));
  // The innermost menu holding the focus is the last of them in document order.
  const innermost = holding[holding.length - 1];
  if (innermost) {
    close(innermost, { focus: true });
    event.preventDefault();
  } else if (open.length > 0) {
    open.forEach((d) => close(d));
  }
});
document.addEventListener('click', (event) => {
  for (const d of disclosures)
    if (d.open && floats(d) && !d.contains(event.target)) close(d);
});

// After an in-place update, tell screen-reader users how many results there are now and
// keep keyboard focus where it was.
document.addEventListener('htmx:afterSwap', (event) => {
  const count = event.target.querySelector?.('.result-count');
  if (count) count.setAttribute('tabindex', '-1');
});

// The page of an import running on the server: ask for its progress every second and show
// it; reload once it is over, for the report. Without JavaScript the page reloads itself.
const job = document.querySelector('[data-import-job]');
if (job) {
  const bar = job.querySelector('progress');
  const step = job.querySelector('#import-step');
  const poll = async () => {
    try {
      const res = await fetch(job.dataset.importJob, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
      if (res.ok) {
        const status = await res.json();
        bar.value = status.percent;
        bar.textContent = `${status.percent} %`;
        if (step.textContent !== status.step) step.textContent = status.step;
        if (status.state === 'finished') {
          window.location.reload();
          return;
        }
      }
    } catch {
      // A missed answer is asked again at the next tick.
    }
    setTimeout(poll, 1000);
  };
  setTimeout(poll, 1000);
}
