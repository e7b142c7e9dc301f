// Readability.js (linkedom DOM) over every .html.gz in a folder, single-threaded, in the same process run as
// the Wirecheck extraction bench. Prints one JSON line: pages, bytes, seconds, cpuSeconds, pagesPerSecond, mbPerSecond, peakRssMb.
// Usage: node run.mjs DIR [ROUNDS]
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 3);
const pages = readdirSync(dir).filter(f => f.endsWith('.html.gz')).sort()
  .map(f => gunzipSync(readFileSync(join(dir, f))).toString('utf8'));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
let chars = 0;
const extract = html => {
  const { document } = parseHTML(html);
  const article = new Readability(document).parse();
  return article?.textContent ?? '';
};
for (const p of pages) chars += extract(p).length; // warm-up
let peak = process.memoryUsage().rss;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++)
  for (const p of pages) { extract(p); peak = Math.max(peak, process.memoryUsage().rss); }
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cu = process.cpuUsage(c0);
const cpuSeconds = (cu.user + cu.system) / 1e6;
const n = pages.length * rounds;
console.log(JSON.stringify({ pages: n, bytes: bytes * rounds, seconds, cpuSeconds, pagesPerSecond: n / seconds,
  mbPerSecond: bytes * rounds / 1e6 / seconds, peakRssMb: peak / 1e6, warmupChars: chars }));
