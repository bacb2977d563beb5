// Progressive enhancement for every page: htmx for partial updates. Pages work without it.
import htmx from 'htmx.org';

window.htmx = htmx;

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
