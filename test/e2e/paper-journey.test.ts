// Paper intake in a real Chromium (J2 高新技术企业认定): after initial review the enterprise
// finds its stamped application on the case page ("生成中", then 下载打印); the printout's QR
// code (read from the rendered PDF) is typed into the desk's field by the receiving unit's
// clerk (as a USB scanner does), who sees the case's key data; then the same printout is shown
// to the desk's camera (摄像头扫码: Chromium's fake camera filming the rendered page, from a Y4M
// file made here) and receipt is confirmed. The camera is off once the code is read or the
// clerk closes it; no camera and a refused permission give clear messages.
// Screenshots are kept in test/e2e/artifacts/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highTechForm } from '../support/application-forms.ts';
import { fakeCameraArgs, launchChromium } from '../support/browser.ts';
import { browserless, login, signInClients, type Client } from '../support/browserless-login.ts';
import { ARTIFACTS, useBrowserJourney } from '../support/e2e.ts';
import { provideRequiredMaterials } from '../support/materials.ts';
import { qrOnPage } from '../support/qr.ts';
import { writeY4m } from '../support/y4m.ts';

const ITEM = '高新技术企业认定';

/** The bottom-right corner of page `n` (where the QR code is printed) as a 640 × 480 camera picture, written as a Y4M video. */
function cameraVideoOf(pdf: Uint8Array, n: number, dir: string): string {
  const file = path.join(dir, 'printout.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '200', '-f', String(n), '-l', String(n), '-png', '-singlefile', file, path.join(dir, 'printout')]);
  const page = PNG.sync.read(readFileSync(path.join(dir, 'printout.png')));
  const [w, h] = [640, 480];
  const shot = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) page.data.copy(shot.data, y * w * 4, ((page.height - h + y) * page.width + page.width - w) * 4, ((page.height - h + y) * page.width + page.width) * 4);
  const video = path.join(dir, 'camera.y4m');
  writeY4m(video, shot);
  return video;
}

/** Keeps every camera stream the page opens, to check later that its tracks were stopped. */
const RECORD_STREAMS = `(() => {
  const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  window.__streams = [];
  navigator.mediaDevices.getUserMedia = async (c) => { const s = await open(c); window.__streams.push(s); return s; };
})();`;
const liveTracks = (page: Page) =>
  page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length);
const openedStreams = (page: Page) => page.evaluate(() => (window as unknown as { __streams: MediaStream[] }).__streams.length);

describe('paper intake journey in Chromium', () => {
  const journey = useBrowserJourney({ name: 'paper' });
  const { newPage, signIn } = journey;
  let base: string;
  const cameraBrowsers: Browser[] = [];
  let cameraDir: string;
  const api: Record<string, Client> = {};
  const post = async (u: string, p: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await api[u]!.b.fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': api[u]!.csrf, ...headers }, body: JSON.stringify(body) });
    if (res.status >= 300) throw new Error(`${u} POST ${p}: ${res.status} ${await res.text()}`);
    return res.json();
  };

  beforeAll(async () => {
    base = journey.base;
    Object.assign(api, await signInClients(base, ['ah-tech', 'item-manager']));
    cameraDir = await fs.mkdtemp(path.join(os.tmpdir(), 'kzt-e2e-paper-camera-'));
  }, 120_000);
  afterAll(async () => {
    for (const b of cameraBrowsers) await b.close();
    await fs.rm(cameraDir, { recursive: true, force: true });
  });

  it('the applicant downloads the stamped application; the receiving unit types its QR token, sees the case and confirms receipt', async () => {
    const items = (await (await fetch(`${base}/api/catalog/items?q=${encodeURIComponent(ITEM)}`)).json()) as { items: { code: string; name: string }[] };
    const code = items.items.find((i) => i.name === ITEM)!.code;
    const c = await post('ah-tech', '/api/cases', { itemCode: code, form: highTechForm() }, { 'idempotency-key': crypto.randomUUID() });
    await provideRequiredMaterials(api['ah-tech']!.b, api['ah-tech']!.csrf, c.id);
    await post('item-manager', `/api/cases/${c.id}/actions/pass_initial`, { expectedVersion: c.version });

    // The applicant's case page: 生成中 until the worker is done, then 下载打印.
    const applicant = await newPage();
    await applicant.goto(`${base}/me/cases/${c.id}`);
    await applicant.getByTestId('sign-in-required').click();
    await applicant.waitForURL(/\/idp\//);
    await signIn(applicant, 'ah-tech');
    await applicant.waitForURL(`${base}/me/cases/${c.id}`);
    const download = applicant.getByTestId('document-download-1');
    await download.waitFor({ timeout: 120_000 });
    const href = await download.getAttribute('href');
    const pdf = new Uint8Array(await (await api['ah-tech']!.b.fetch(href!)).arrayBuffer());
    await applicant.screenshot({ path: path.join(ARTIFACTS, 'paper-01-applicant-download.png'), fullPage: true });

    // The service point mails it in a batch (through the API: the browser part is the receiving desk).
    const sp = browserless(base);
    await login(sp, base, 'service-point');
    api.sp = { b: sp, csrf: (await (await sp.fetch('/api/me')).json()).csrfToken };
    const token = qrOnPage(pdf, 1);
    const batch = await post('sp', '/api/paper/batches', {});
    await post('sp', `/api/paper/batches/${batch.id}/items`, { code: token });
    await post('sp', `/api/paper/batches/${batch.id}/mail`, { courier: '顺丰速运', trackingNo: 'SF1234567890' });

    // The receiving unit's desk: a scanner types the token and Enter.
    const clerk = await newPage();
    await clerk.goto(`${base}/workbench`);
    await clerk.getByTestId('sign-in-required').click();
    await clerk.waitForURL(/\/idp\//);
    await signIn(clerk, 'receiving-unit');
    await clerk.getByTestId('open-paper-desk').click();
    await clerk.waitForURL(`${base}/workbench/paper`);
    await clerk.getByTestId('scan-input').fill('K1' + 'A'.repeat(48));
    await clerk.getByTestId('scan-input').press('Enter');
    await clerk.getByText('二维码无效').waitFor();
    await clerk.getByTestId('scan-input').fill(token);
    await clerk.getByTestId('scan-input').press('Enter');
    const scanned = clerk.getByTestId('scanned-case');
    await scanned.waitFor();
    const text = await scanned.innerText();
    for (const s of ['安徽某某智能科技股份有限公司', c.caseNo, ITEM, '寄送代收单位中', '第 1 版']) expect(text).toContain(s);
    expect(text).toMatch(/[0-9A-Z]{18}/); // the credit code
    await clerk.screenshot({ path: path.join(ARTIFACTS, 'paper-02-desk-scanned.png'), fullPage: true });

    // 摄像头扫码: the same clerk (same session) at a desk whose camera films the printout.
    const signedIn = await clerk.context().storageState();
    const deskWithCamera = async (args: string[]) => {
      const b = await launchChromium({ args });
      cameraBrowsers.push(b);
      const context = await b.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', storageState: signedIn });
      await context.addInitScript(RECORD_STREAMS);
      const page = await context.newPage();
      await page.goto(`${base}/workbench/paper`);
      await page.getByTestId('camera-start').click();
      return page;
    };
    const camera = await deskWithCamera(fakeCameraArgs(cameraVideoOf(pdf, 1, cameraDir)));
    const seen = camera.getByTestId('scanned-case');
    await seen.waitFor({ timeout: 60_000 });
    for (const s of [c.caseNo, ITEM, '第 1 版']) expect(await seen.innerText()).toContain(s);
    // The code was read: the camera is off.
    expect(await openedStreams(camera)).toBe(1);
    await expect.poll(() => liveTracks(camera)).toBe(0);
    expect(await camera.getByTestId('camera-video').count()).toBe(0);
    await camera.screenshot({ path: path.join(ARTIFACTS, 'paper-03-desk-camera-scanned.png'), fullPage: true });
    await camera.getByTestId('confirm-paper').click();
    await camera.getByTestId('scan-notice').filter({ hasText: '已确认收到纸质材料' }).waitFor();
    expect(await camera.getByTestId('scan-notice').innerText()).toContain('专家评审');
    await camera.screenshot({ path: path.join(ARTIFACTS, 'paper-04-desk-confirmed.png'), fullPage: true });

    // A camera that films no code (Chromium's test pattern): the clerk closes it, and it is off.
    const pattern = await deskWithCamera(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream']);
    await pattern.getByTestId('camera-video').waitFor();
    await expect.poll(() => liveTracks(pattern)).toBe(1);
    await pattern.getByTestId('camera-stop').click();
    await expect.poll(() => liveTracks(pattern)).toBe(0);
    expect(await pattern.getByTestId('camera-video').count()).toBe(0);
    expect(await pattern.getByTestId('scanned-case').count()).toBe(0);

    // No camera on the machine; the permission refused (headless Chromium answers the prompt "block").
    const none = await deskWithCamera(fakeCameraArgs(null));
    expect(await none.getByTestId('camera-problem').innerText()).toContain('没有找到可用的摄像头');
    const refused = await deskWithCamera(['--use-fake-device-for-media-stream']);
    expect(await refused.getByTestId('camera-problem').innerText()).toContain('摄像头权限被拒绝');
    await refused.screenshot({ path: path.join(ARTIFACTS, 'paper-05-desk-camera-refused.png'), fullPage: true });
    const after = await (await api['ah-tech']!.b.fetch(`/api/cases/${c.id}`)).json();
    expect(after.state).toBe('expert_review');
  }, 300_000);
});
