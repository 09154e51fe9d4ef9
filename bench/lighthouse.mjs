// Lighthouse (default mobile profile: simulated slow 4G and 4x CPU) on the
// shipped page, the same page without its snapshot, and the plain-JS
// baseline (bench/plain/), each RUNS times in a fresh Chromium; reports the
// medians. Used by bench/run.mjs when LIGHTHOUSE=1; on its own:
//   node bench/lighthouse.mjs          (LH_RUNS=3, LIGHTHOUSE_BIN=…)
// Lighthouse comes from `npx lighthouse@<LIGHTHOUSE_VERSION>` unless
// LIGHTHOUSE_BIN names an installed one; Chromium from CHROME_PATH.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startBenchServer } from './server.mjs';
import { CHROMIUM } from '../tests/common/browser.mjs';

// The newest Lighthouse that runs on Node 20 (13.x needs Node ≥ 22.19).
export const LIGHTHOUSE_VERSION = '12.8.2';
const run = promisify(execFile);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export const PAGES = [
  { name: 'dist/index.html (snapshot)', path: '/dist/index.html' },
  { name: 'dist/index.html without the snapshot', path: '/dist/no-snapshot.html' },
  { name: 'plain-JS baseline (bench/plain/)', path: '/dist/plain/index.html' },
];

/** One Lighthouse run; the report as an object. */
async function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'recap-lighthouse-'));
  const out = join(dir, 'report.json');
  const flags = [url, '--output=json', `--output-path=${out}`, '--quiet',
    '--chrome-flags=--headless --no-sandbox --disable-gpu'];
  const [command, args] = process.env.LIGHTHOUSE_BIN
    ? [process.env.LIGHTHOUSE_BIN, flags]
    : ['npx', ['--yes', `lighthouse@${LIGHTHOUSE_VERSION}`, ...flags]];
  try {
    await run(command, args, {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM },
      maxBuffer: 64 << 20,
    });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures of one report, and the audits of the four categories that do not pass. */
function figures(report) {
  const audit = (id) => report.audits[id];
  const lcpElement = audit('largest-contentful-paint-element')?.details?.items?.[0]?.items?.[0]?.node;
  const failing = [];
  for (const [category, { auditRefs }] of Object.entries(report.categories)) {
    for (const { id, weight } of auditRefs) {
      const a = audit(id);
      if (!a || a.score === null || a.score >= 1 || !['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode)) continue;
      const items = (Array.isArray(a.details?.items) ? a.details.items : []).slice(0, 5)
        .map((item) => item.node?.snippet ?? item.node?.selector ?? item.url ?? item.source?.url ?? JSON.stringify(item).slice(0, 160));
      failing.push({ category, id, weight, score: a.score, title: a.title, value: a.displayValue ?? '', items });
    }
  }
  const metrics = audit('metrics').details.items[0];
  return {
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    bestPractices: Math.round(report.categories['best-practices'].score * 100),
    seo: Math.round(report.categories.seo.score * 100),
    lcp: audit('largest-contentful-paint').numericValue,
    fcp: audit('first-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    si: audit('speed-index').numericValue,
    observedLcp: metrics.observedLargestContentfulPaint,
    lcpElement: lcpElement ? `${lcpElement.selector} ("${(lcpElement.nodeLabel ?? '').slice(0, 40)}…")` : 'none',
    failing,
    version: report.lighthouseVersion,
  };
}

/**
 * Runs Lighthouse `runs` times on every page, served plain (as the end-to-end
 * server serves: no compression) and brotli-compressed (as a host would).
 */
export async function measureLighthouse({ runs = Number(process.env.LH_RUNS ?? 3), log = console.log } = {}) {
  const results = [];
  for (const brotli of [false, true]) {
    const server = await startBenchServer({ brotli });
    try {
      if (brotli) {
        // Every file compressed once before the first measured request (quality 11 takes a while).
        const assets = await (await fetch(`${server.origin}/dist/recap-assets.json`)).json();
        for (const file of ['index.html', 'no-snapshot.html', 'plain/index.html', 'plain/plain.js', 'embed.js', 'page.css', 'recap.json', assets.glue, assets.wasm, assets.stylesheet]) {
          await (await fetch(`${server.origin}/dist/${file}`, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
        }
      }
      for (const page of PAGES) {
        const samples = [];
        for (let i = 0; i < runs; i += 1) {
          samples.push(figures(await lighthouse(server.origin + page.path)));
          const s = samples.at(-1);
          log(`lighthouse ${brotli ? 'brotli' : 'plain '} ${page.name}: perf ${s.performance} LCP ${s.lcp.toFixed(0)} FCP ${s.fcp.toFixed(0)} TBT ${s.tbt.toFixed(0)} CLS ${s.cls.toFixed(3)} a11y ${s.accessibility} bp ${s.bestPractices} seo ${s.seo}; LCP element ${s.lcpElement}`);
        }
        const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'fcp', 'tbt', 'cls', 'si', 'observedLcp'];
        results.push({
          page: page.name, brotli, runs,
          ...Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))])),
          lcpElements: [...new Set(samples.map((s) => s.lcpElement))],
          failing: samples.flatMap((s) => s.failing.map((f) => JSON.stringify(f))).filter((f, i, all) => all.indexOf(f) === i).map((f) => JSON.parse(f)),
          version: samples[0].version,
        });
      }
    } finally {
      await server.close();
    }
  }
  return results;
}

/** The Lighthouse section of bench/RESULTS.md. */
export function lighthouseMarkdown(results, date) {
  const ms = (x) => `${Math.round(x)} ms`;
  const lines = [
    `## Lighthouse (mobile, simulated throttling)`,
    '',
    `Measured ${date} with Lighthouse ${results[0]?.version} (\`npx lighthouse@${LIGHTHOUSE_VERSION}\`), default mobile profile (simulated slow 4G, 4x CPU, 412 × 823 px), Chromium \`--headless --no-sandbox --disable-gpu\`; median of ${results[0]?.runs} runs per row, each in a fresh browser. "uncompressed" is the end-to-end server as it is (it never compresses); "brotli" serves the same files brotli-compressed (quality 11), as a production host would. Run with \`LIGHTHOUSE=1 make bench\` or \`node bench/lighthouse.mjs\`.`,
    '',
    'The pages: dist/index.html as built (with its prerendered snapshot); the same page with an empty `<recap-widget></recap-widget>`; and the plain-JS baseline, whose LCP the widget\'s must not exceed, bench/plain/: the same host page with a custom element written in plain JavaScript (no framework, no wasm) that fetches recap.json and, once the widget\'s stylesheet is in, renders the header and all speaker cards into its shadow root with the widget\'s stylesheet and classes (no filters, carousel or about boxes). All three are served by bench/server.mjs, which forwards everything but the two extra pages to the end-to-end server.',
    '',
    '| page | served | performance | LCP | FCP | TBT | CLS | Speed Index | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.page} | ${r.brotli ? 'brotli' : 'uncompressed'} | ${r.performance} | ${ms(r.lcp)} | ${ms(r.fcp)} | ${ms(r.tbt)} | ${r.cls.toFixed(3)} | ${ms(r.si)} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} |`),
    '',
    'LCP element as Lighthouse names it, and audits that did not pass in any run (performance: only those that cost score):',
    '',
  ];
  for (const r of results) {
    lines.push(`- ${r.page}, ${r.brotli ? 'brotli' : 'uncompressed'}: LCP element ${r.lcpElements.join(' / ')}; observed (unthrottled) LCP ${ms(r.observedLcp)}.`);
    for (const f of r.failing.filter((f) => f.category !== 'performance' || f.weight > 0)) {
      const items = f.items.length ? `: ${f.items.map((i) => `\`${String(i).replaceAll('`', "'")}\``).join(', ')}` : '';
      lines.push(`  - ${f.category}: \`${f.id}\` (${f.title}) score ${f.score}${f.value ? `, ${f.value}` : ''}${items}`);
    }
    const hints = r.failing.filter((f) => f.category === 'performance' && f.weight === 0);
    if (hints.length) lines.push(`  - performance hints (weight 0): ${hints.map((f) => `\`${f.id}\`${f.value ? ` (${f.value})` : ''}`).join(', ')}`);
  }
  lines.push('');
  return lines.join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const results = await measureLighthouse();
  console.log(lighthouseMarkdown(results, new Date().toISOString().slice(0, 10)));
}
