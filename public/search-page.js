// The search page's interface (src/pages/search.astro). A file of its own, not inline: the
// Content-Security-Policy lets only the site's own files run.
// The index exists only after `npm run build`; under `npm run dev` say how to get one.
const box = document.getElementById('search');
const order = document.getElementById('search-sort');
let ui;
// A page is also found by other names it does not print ("Mr Shai", "Nur-Sultan"), indexed as
// one hidden list joined by " · ". When the match is there, the excerpt would be that list:
// show the page's own summary instead.
function withReadableExcerpt(result) {
  const { summary, ...shown } = result.meta;
  const listed = result.excerpt.split(' · ').length > 3;
  if (listed && summary) {
    const text = document.createElement('p');
    text.textContent = summary;
    result.excerpt = text.innerHTML;
  } else {
    // Pagefind marks the whole word as the page wrote it, "Astana," with its comma: mark the word.
    result.excerpt = result.excerpt.replace(/([,.;:!?)”’"']+)<\/mark>/g, '</mark>$1');
  }
  // Pagefind's interface shows every other field as a tag under the result.
  return { ...result, meta: shown };
}
// The index comes in parts (meetings, then articles by year) so a rebuild redoes only the parts
// that changed; the list of them is written with the index.
let bundles = [];
function mount() {
  const term = box.querySelector('input')?.value ?? new URLSearchParams(location.search).get('q') ?? '';
  box.replaceChildren();
  ui = new window.PagefindUI({
    element: '#search',
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map((bundlePath) => ({ bundlePath })),
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    processResult: withReadableExcerpt,
    ...(order.value ? { sort: { date: order.value } } : {}),
  });
  if (term) ui.triggerSearch(term);
}
function unavailable() {
  box.textContent = 'The search index is built by npm run build; run it, then npm run preview.';
  order.disabled = true;
}
if (window.PagefindUI) {
  fetch('/search-parts.json')
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))))
    .then((parts) => {
      bundles = parts.bundles;
      order.addEventListener('change', mount);
      mount();
    })
    .catch(unavailable);
} else {
  unavailable();
}
