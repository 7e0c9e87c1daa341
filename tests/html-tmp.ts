import { readHtml } from '../src/lib/ingest/read-html.ts';
const html = `<!doctype html><html><head><title>Putin and Xi meet | Example</title>
<meta property="article:published_time" content="2024-07-03T21:40:00+05:00">
<meta property="og:url" content="https://www.example.com/world/putin-xi-astana">
<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Doe"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Putin and Xi meet in Astana</h1><p class="byline">By Jane Doe</p>
<figure><img src="a.jpg"><figcaption>Putin and Xi shake hands. Photo by Sputnik</figcaption></figure>
<p>Russian President Vladimir Putin met Chinese President Xi Jinping on Wednesday on the sidelines of the Shanghai Cooperation Organization summit in Astana, Kazakhstan. The two leaders talked for hours about trade and security.</p>
<h2>Best period in history</h2>
<p>Putin said relations were "going through the best period in their history", according to the Kremlin transcript of the talks in the Kazakh capital.</p>
<blockquote><p>Our cooperation is not directed against anyone.</p></blockquote>
<ul><li>Energy deals</li><li>Trade in yuan</li></ul>
</article></main><footer>© Example News. Subscribe</footer></body></html>`;
const r = readHtml(html);
console.log(r.text);
console.log(r.facts);
