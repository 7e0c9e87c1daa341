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
  }
  // Pagefind's interface shows every other field as a tag under the result.
  return { ...result, meta: shown };
}
function mount() {
  const term = box.querySelector('input')?.value ?? new URLSearchParams(location.search).get('q') ?? '';
  box.replaceChildren();
  ui = new window.PagefindUI({
    element: '#search',
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    processResult: withReadableExcerpt,
    ...(order.value ? { sort: { date: order.value } } : {}),
  });
  if (term) ui.triggerSearch(term);
}
if (window.PagefindUI) {
  order.addEventListener('change', mount);
  mount();
} else {
  box.textContent = 'The search index is built by npm run build; run it, then npm run preview.';
  order.disabled = true;
}
