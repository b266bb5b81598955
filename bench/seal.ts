// Electronic seals and licence verification:
//  1. in process — CMS signatures of a prepared PDF per second (the seal's cryptography alone),
//     whole sealed notices per second (Chinese text layout + font subset + seal + signature),
//     SM2 licence-code signatures and verifications per second;
//  2. off the request thread — p50/p99 of /api/ping of a running server while its PDF worker
//     thread seals notices back to back (and, for contrast, while the same sealing runs on the
//     request thread); sealed notices per second through the worker;
//  3. over HTTP — p99 of the public /api/verify/licence under load (wrk), by signed QR code
//     (checked once, then remembered), by a forged code (an SM2 check on every request), and
//     by typed licence number, beside the bare /api/ping of the same server; with the server
//     process's CPU time per request (from /proc), which the machine's other load disturbs less.
// Usage: npm run bench:seal  [BENCH_SECONDS=10] [BENCH_CONNECTIONS=50]
//   [BENCH_DATABASE_URL=postgres://… — part 3 also on that PostgreSQL database: an empty one
//   (the server migrates it; its seal keys are sealed with the run's fresh DATA_DIR key)]. Needs wrk. Writes bench/README.md.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { selfSignedSeal } from '../server/modules/documents/seals/certificate.ts';
import { demoSealPdf } from '../server/modules/documents/seals/demo-seal-image.ts';
import { createPdfWorkerPool } from '../server/modules/documents/pdf-worker/pool.ts';
import { signPlaceholderPdf } from '../server/modules/documents/seals/pdf-signer.ts';
import { buildSealedPdf, type SealRequest } from '../server/modules/documents/seals/sealed-pdf.ts';
import { sealAndSign } from '../server/modules/documents/seals/seal-pdf.ts';
import { startBenchServer, wrkMs } from './server.ts';
import { generateSm2KeyPair, signLicenceCode, verifyLicenceCode } from '../server/modules/documents/licences/signed-code.ts';
import { noticeContent } from '../server/modules/documents/templates/notices.ts';
import { renderNotice } from '../server/modules/documents/templates/render-notice.ts';
import { browserless, login } from '../test/support/browserless-login.ts';
import { listeningApp } from '../test/support/listening-app.ts';
import { labAnimalUseForm } from '../test/support/application-forms.ts';
import { DEMO_EXPERTS, drawAndAnswer } from '../test/support/expert-panels.ts';
import { provideRequiredMaterials } from '../test/support/materials.ts';
import { pingLatencies, pingRow } from './ping-latency.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PING_SECONDS = Number(process.env.BENCH_PING_SECONDS ?? 8);
const exec = promisify(execFile);

async function timeIt(n: number, fn: () => Promise<unknown> | unknown) {
  for (let i = 0; i < Math.min(5, n); i++) await fn(); // warm-up
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return { perSec: (n * 1000) / total, median: times[Math.floor(n / 2)]!, p99: times[Math.min(n - 1, Math.floor(n * 0.99))]! };
}

async function inProcess() {
  const creds = selfSignedSeal({ commonName: '安徽省科学技术厅行政审批专用章', organization: '安徽省科学技术厅' });
  const look = { type: 'pdf' as const, bytes: await demoSealPdf({ organization: '安徽省科学技术厅', purpose: '行政审批专用章' }) };
  // A prepared PDF with its placeholder: what the signature step receives.
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('sealed', { x: 60, y: 760, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  pdflibAddPlaceholder({ pdfDoc: doc, reason: 'seal', contactInfo: '', name: 'bench', location: 'CN', signatureLength: 12_000 });
  const prepared = Buffer.from(await doc.save({ useObjectStreams: false }));
  const cms = await timeIt(200, () => signPlaceholderPdf(prepared, creds));

  const content = noticeContent('acceptance_notice', {
    caseNo: '11340000003002810A2026112300001', itemName: '实验动物生产许可证核发', applicantName: '合肥某某生物科技有限公司',
    submittedOn: '2026-11-20', opinion: null, promisedDays: 20, promisedDeadline: '2026-12-21', form: {},
  }, { date: '2026-11-23', docNo: '皖科审受〔2026〕1 号' });
  const notice = await timeIt(30, async () => {
    const spot = await renderNotice(content);
    return sealAndSign(spot.doc, spot.at, look, creds, { signerName: 'bench', reason: 'seal', signingTime: new Date() });
  });
  const sealRequest: SealRequest = { document: { kind: 'notice', content }, look, creds, info: { signerName: 'bench', reason: 'seal', signingTime: new Date() } };

  const kp = generateSm2KeyPair();
  const claims = {
    keyId: 'k1', licenceNo: 'SYXK（皖）2026-0001', kind: 'use' as const, holderName: '合肥某某生物科技有限公司', holderCode: '91340100MA2N0X0X0X',
    issueDate: '2026-11-23', validUntil: '2031-11-22', species: ['小鼠', '大鼠'], grade: '无特定病原体级（SPF）', facilityAddress: '合肥市高新区望江西路 800 号',
  };
  const code = signLicenceCode(claims, kp.privateKey, kp.publicKey);
  const sm2Sign = await timeIt(300, () => signLicenceCode(claims, kp.privateKey, kp.publicKey));
  const sm2Verify = await timeIt(300, () => verifyLicenceCode(code, () => kp.publicKey));
  return { cms, notice, sm2Sign, sm2Verify, sealRequest };
}

/** /api/ping of a running server: idle; while its PDF worker seals notices back to back; while the same runs on the request thread. */
async function pingWhileSealing(req: SealRequest) {
  const t = await listeningApp('pglite');
  const pool = createPdfWorkerPool();
  try {
    for (let i = 0; i < 3; i++) await pool.seal(req); // warm (fonts parsed in the worker)
    const idle = await pingLatencies(t.url, PING_SECONDS);
    let stop = false;
    let inWorker = 0;
    const started = performance.now();
    const background = (async () => {
      while (!stop) {
        await pool.seal(req);
        inWorker++;
      }
    })();
    const withWorker = await pingLatencies(t.url, PING_SECONDS);
    stop = true;
    await background;
    const workerPerSec = (inWorker * 1000) / (performance.now() - started);
    stop = false;
    let onThread = 0;
    const inThread = (async () => {
      while (!stop) {
        await buildSealedPdf(req);
        onThread++;
      }
    })();
    const withThread = await pingLatencies(t.url, PING_SECONDS);
    stop = true;
    await inThread;
    return { idle, withWorker, withThread, inWorker, onThread, workerPerSec };
  } finally {
    await pool.close();
    await t.close();
  }
}

/** Runs J1 to its decision over the API (valid form, expert panels drawn and answered); the demo seal seals the licence automatically. */
async function issueLicence(base: string): Promise<{ code: string; licenceNo: string }> {
  const who: Record<string, { b: ReturnType<typeof browserless>; csrf: string }> = {};
  for (const u of ['hefei-bio', 'item-manager', 'window-clerk', 'decision-maker', ...DEMO_EXPERTS.map((e) => e.username)]) {
    const b = browserless(base);
    await login(b, base, u);
    who[u] = { b, csrf: (await (await b.fetch('/api/me')).json()).csrfToken };
  }
  const post = async (u: string, p: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await who[u]!.b.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': who[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${u} POST ${p}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const items = await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent('实验动物使用许可证核发')}`)).json();
  const form = { ...labAnimalUseForm(), species: ['01', '02'], grades: ['spf'], facilityAddress: '合肥市高新区望江西路 800 号' };
  let c = await post('hefei-bio', '/api/cases', { itemCode: items.items[0].code, form }, { 'idempotency-key': crypto.randomUUID() });
  await provideRequiredMaterials(who['hefei-bio']!.b, who['hefei-bio']!.csrf, c.id);
  const steps = [['item-manager', 'pass_initial'], ['@experts'], ['item-manager', 'pass_prereview', '预审通过'], ['item-manager', 'accept_online'],
    ['window-clerk', 'confirm_paper'], ['@experts'], ['item-manager', 'finish_inspection', '现场验收合格'], ['decision-maker', 'approve']] as const;
  for (const [u, action, opinion] of steps as unknown as Array<[string, string?, string?]>) {
    if (u === '@experts') await drawAndAnswer(who, 'item-manager', c.id);
    else c = await post(u, `/api/cases/${c.id}/actions/${action}`, { opinion, expectedVersion: c.version });
  }
  for (let i = 0; i < 240; i++) {
    const mine = (await (await who['hefei-bio']!.b.fetch('/api/licences/mine')).json()).items;
    if (mine[0]) return { code: mine[0].code, licenceNo: mine[0].licenceNo };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('no licence was issued');
}

/** CPU time (user + system) a process has used so far, in ms (Linux /proc). */
async function cpuMs(pid: number): Promise<number> {
  const fields = (await fs.readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

/** A genuine code with one bit of its signature flipped: well-formed, known key, so the SM2 check runs and fails. */
function forge(code: string): string {
  const [prefix, payload, sig] = code.split('.');
  const bytes = Buffer.from(sig!, 'base64url');
  bytes[10]! ^= 1;
  return `${prefix}.${payload}.${bytes.toString('base64url')}`;
}

async function wrk(url: string, body?: unknown) {
  const args = ['-t2', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--latency'];
  let script: string | undefined;
  if (body !== undefined) {
    script = path.join(os.tmpdir(), `kzt-wrk-${process.pid}.lua`);
    await fs.writeFile(script, `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ${JSON.stringify(JSON.stringify(body))}\n`);
    args.push('-s', script);
  }
  const { stdout } = await exec('wrk', [...args, url]);
  if (script) await fs.rm(script, { force: true });
  const pick = (re: RegExp) => re.exec(stdout)?.[1] ?? '0';
  return {
    rps: Number(pick(/Requests\/sec:\s+([\d.]+)/)),
    p50: wrkMs(pick(/\s50%\s+(\S+)/)),
    p99: wrkMs(pick(/\s99%\s+(\S+)/)),
    non2xx: Number(pick(/Non-2xx or 3xx responses: (\d+)/)),
    errors: Number(pick(/Non-2xx or 3xx responses: (\d+)/)) + [...pick(/Socket errors: (.*)/).matchAll(/\d+/g)].reduce((a, m) => a + Number(m[0]), 0),
  };
}

type Measured = Awaited<ReturnType<typeof wrk>> & { cpuPerRequest: number };

/** Part 3 on one database: start the server, issue a licence through J1, load /api/verify/licence. */
async function verifyUnderLoad(databaseUrl: string | undefined): Promise<Array<[string, Measured]>> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-bench-seal-'));
  const server = await startBenchServer({ dataDir, databaseUrl });
  try {
    const licence = await issueLicence(server.url);
    const api = `${server.url}/api/verify/licence`;
    await wrk(api, { code: licence.code }); // warm-up
    const measured = async (url: string, body?: unknown): Promise<Measured> => {
      const before = await cpuMs(server.pid);
      const r = await wrk(url.replace('localhost', '127.0.0.1'), body);
      return { ...r, cpuPerRequest: (await cpuMs(server.pid) - before) / Math.max(1, r.rps * SECONDS) };
    };
    return [
      ['bare route /api/ping', await measured(`${server.url}/api/ping`)],
      ['verify by signed QR code (SM2 check on the first request, then remembered; status lookup on every request)', await measured(api, { code: licence.code })],
      ['verify by a forged code (one signature bit flipped: SM2 check on every request, refused with 422 — counted as non-2xx)', await measured(api, { code: forge(licence.code) })],
      ['verify by typed licence number (lookup)', await measured(api, { code: licence.licenceNo })],
    ];
  } finally {
    server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const loadAt = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');
  const loadStart = loadAt();
  const local = await inProcess();
  const ping = await pingWhileSealing(local.sealRequest);
  const databases: Array<[string, string | undefined]> = [['PGlite (embedded, in the server process)', undefined]];
  if (process.env.BENCH_DATABASE_URL) databases.push(['PostgreSQL', process.env.BENCH_DATABASE_URL]);
  const http: Array<[string, Array<[string, Measured]>]> = [];
  for (const [name, url] of databases) http.push([name, await verifyUnderLoad(url)]);
  const loadEnd = loadAt();
  const f = (n: number) => n.toFixed(n < 10 ? 2 : 0);
  const report = [
    `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}; ` +
      `**the machine was shared with other engineers' test runs (load average 1 / 5 / 15 min, as \`uptime\` shows it, ${loadStart} at the start and ${loadEnd} at the end, on ${os.cpus().length} cores)**, so the figures are lower bounds.`,
    '',
    '| in process | per second | median ms | p99 ms |',
    '| --- | ---: | ---: | ---: |',
    `| CMS signature of a prepared PDF (RSA-2048, SHA-256, adbe.pkcs7.detached) | ${f(local.cms.perSec)} | ${f(local.cms.median)} | ${f(local.cms.p99)} |`,
    `| whole sealed notice: Chinese layout + font subset + seal + signature | ${f(local.notice.perSec)} | ${f(local.notice.median)} | ${f(local.notice.p99)} |`,
    `| SM2/SM3 licence code, sign | ${f(local.sm2Sign.perSec)} | ${f(local.sm2Sign.median)} | ${f(local.sm2Sign.p99)} |`,
    `| SM2/SM3 licence code, verify | ${f(local.sm2Verify.perSec)} | ${f(local.sm2Verify.median)} | ${f(local.sm2Verify.p99)} |`,
    `| whole sealed notices through the PDF worker thread, one after another (while /api/ping is loaded) | ${f(ping.workerPerSec)} | | |`,
    '',
    `GET /api/ping of a running server (10 concurrent clients, ${PING_SECONDS} s each):`,
    '',
    '| while | requests | p50 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    pingRow('idle', ping.idle),
    pingRow(`the PDF worker thread seals notices back to back (${ping.inWorker} sealed)`, ping.withWorker),
    pingRow(`the same sealing runs on the request thread (${ping.onThread} sealed; for contrast, not how the server does it)`, ping.withThread),
    ...http.flatMap(([database, rows]) => [
      '',
      `| HTTP on ${database}, ${CONNECTIONS} connections × ${SECONDS} s (wrk) | req/s | p50 ms | p99 ms | server CPU ms / request | non-2xx | errors |`,
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(([name, r]) => `| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.cpuPerRequest.toFixed(3)} | ${r.non2xx} | ${r.errors - r.non2xx} |`),
    ]),
  ].join('\n');
  const file = path.join(ROOT, 'bench/README.md');
  const doc = await fs.readFile(file, 'utf8');
  await fs.writeFile(file, doc.replace(/(<!-- RESULTS:SEAL:START -->)[\s\S]*?(<!-- RESULTS:SEAL:END -->)/, `$1\n${report}\n$2`));
  console.log(`\n${report}\n\nwritten to bench/README.md`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
